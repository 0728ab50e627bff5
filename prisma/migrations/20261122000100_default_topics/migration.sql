-- The default topic taxonomy. Extend it with further migrations or rows;
-- the pipeline's topic lexicon (src/ingest/lexicons/topics.json) is keyed by slug.
INSERT INTO "topic" ("slug", "name", "description") VALUES
    ('diplomacy', 'Diplomacy', 'Bilateral and multilateral relations, visits, talks'),
    ('energy', 'Energy', 'Oil, gas, electricity and the energy sector'),
    ('defense', 'Defense', 'Armed forces, military cooperation, arms'),
    ('economy-trade', 'Economy and trade', 'Economic cooperation, trade, investment flows'),
    ('reconstruction', 'Reconstruction', 'Rebuilding, infrastructure, investment projects'),
    ('humanitarian-aid', 'Humanitarian aid', 'Food, medicine, relief and aid deliveries'),
    ('security', 'Security', 'Stability, terrorism, regional security'),
    ('sanctions', 'Sanctions', 'International sanctions and their lifting'),
    ('transitional-justice', 'Transitional justice', 'Accountability, extradition, trials'),
    ('elections', 'Elections', 'Votes, parliaments, electoral systems'),
    ('education-culture', 'Education and culture', 'Students, universities, cultural exchange')
ON CONFLICT ("slug") DO NOTHING;

INSERT INTO "topic" ("slug", "name", "description", "parent_id")
SELECT 'military-bases', 'Military bases', 'Foreign military bases and their status', "id" FROM "topic" WHERE "slug" = 'defense'
ON CONFLICT ("slug") DO NOTHING;

INSERT INTO "topic" ("slug", "name", "description", "parent_id")
SELECT 'israel-strikes', 'Israel strikes', 'Israeli airstrikes and military operations', "id" FROM "topic" WHERE "slug" = 'security'
ON CONFLICT ("slug") DO NOTHING;
