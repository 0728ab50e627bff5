-- General news topics beside the default (regional diplomacy) taxonomy, so that
-- courts, companies, sport, climate, health and domestic politics have a home,
-- and `other` for an article no topic fits (the pipeline's fallback, see
-- src/ingest/lexicons/topics.json). `elections` already exists.
INSERT INTO "topic" ("slug", "name", "description") VALUES
    ('politics', 'Politics', 'Governments, parliaments, parties, appointments'),
    ('business', 'Business', 'Companies, earnings, markets, shares'),
    ('law-courts', 'Law and courts', 'Trials, verdicts, appeals, prosecutions'),
    ('sport', 'Sport', 'Competitions, clubs, athletes and sports bodies'),
    ('climate', 'Climate', 'Climate change, emissions, climate finance, COP'),
    ('health', 'Health', 'Public health, disease, hospitals, vaccines'),
    ('other', 'Other', 'An article no topic fits')
ON CONFLICT ("slug") DO NOTHING;
