// Ten different reports of one new meeting, sent at the same moment through
// the API: the database must end with one actor per person and one event,
// linked to all ten articles, however the ingests interleave.
import { sameMeetingReports } from "../../bench/generate";
import { createApiKey } from "../../src/auth/keys";
import { useTestDatabase } from "../support/database";
import { bearer, startTestServer, type TestServer } from "../hardening/server";

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`;
const REPORTS = 10;

describe("concurrent ingestion", () => {
  const db = useTestDatabase();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(db().url);
  });
  afterAll(() => server.stop());

  it("resolves ten simultaneous reports of a new meeting to one actor per person and one event", async () => {
    const editor = bearer((await createApiKey(db().prisma, "concurrency", "EDITOR")).secret);
    const reports = sameMeetingReports(REPORTS);
    const answers = await Promise.all(reports.map((report) => server.gql(INGEST, { input: { ...report, publishedAt: report.publishedAt.toISOString() } }, editor)));
    expect(answers.map((answer) => answer.body.data?.ingestArticle.created)).toEqual(Array(REPORTS).fill(true));

    const people = await db().pool.query(`SELECT actor.name, count(DISTINCT actor.id)::int AS actors FROM actor WHERE kind = 'PERSON' GROUP BY actor.name ORDER BY actor.name`);
    expect(people.rows).toEqual([{ name: "Ilkka Saarivuo", actors: 1 }, { name: "Kaarel Tamvere", actors: 1 }]);
    const events = await db().pool.query(`SELECT event.start_date::text AS date, count(article_event.article_id)::int AS articles FROM event JOIN article_event ON article_event.event_id = event.id GROUP BY event.id`);
    expect(events.rows).toEqual([{ date: "2025-03-04", articles: REPORTS }]);
  });
});
