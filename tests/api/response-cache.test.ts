// The response cache (RESPONSE_CACHE_ENTRIES) over HTTP: anonymous queries are
// answered from it until the graph changes, whether the change comes through
// this process (dropped before the mutation's response) or from another
// process (dropped on Postgres's notification); authenticated reads always run.
import { createApiKey } from "../../src/auth/keys";
import { ingestArticle } from "../../src/ingest/ingest";
import { useTestDatabase } from "../support/database";
import { startTestServer, type HttpResult, type TestServer } from "../hardening/server";

const db = useTestDatabase();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(db().url, { RESPONSE_CACHE_ENTRIES: "100" });
});
afterAll(() => server.stop());

const COUNT = "{ articles(first: 1) { totalCount } }";
const cacheState = (result: HttpResult) => result.headers?.get("x-response-cache") ?? null;
const text = (n: number) => `The foreign minister of Northland, Hamad al-Tamimi, met the envoy of Southmark on Monday, number ${n}.`;

/** Asks until `accept` holds (a notification from another process arrives within milliseconds, not at once). */
async function askUntil(accept: (result: HttpResult) => boolean): Promise<HttpResult> {
  for (let i = 0; ; i++) {
    const result = await server.gql(COUNT);
    if (accept(result) || i === 100) return result;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test("answers a repeated anonymous query from the cache, and runs it again after another process writes", async () => {
  await ingestArticle(db().prisma, { text: text(1) });
  const first = await server.gql(COUNT);
  expect(cacheState(first)).toBe("miss");
  const again = await server.gql(COUNT);
  expect(cacheState(again)).toBe("hit");
  expect(again.body.data).toEqual(first.body.data);
  // Served without touching the database (debug detail is on in tests).
  expect([first.body.extensions.sqlStatements, again.body.extensions.sqlStatements]).toEqual([1, 0]);

  // Another writer: this test's own connection, not the server's.
  await ingestArticle(db().prisma, { text: text(2) });
  const after = await askUntil((result) => result.body.data.articles.totalCount === 2);
  expect(after.body.data.articles.totalCount).toBe(2);
  expect(cacheState(await server.gql(COUNT))).toBe("hit");
});

test("a mutation through the server drops the cache before its response; authenticated reads are never cached", async () => {
  const authorization = `Bearer ${(await createApiKey(db().prisma, "cache test", "EDITOR")).secret}`;
  const before = await askUntil((result) => cacheState(result) === "hit");
  const count = before.body.data.articles.totalCount;
  const mutation = await server.gql(`mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`, { input: { text: text(3) } }, { authorization });
  expect(mutation.body.data.ingestArticle.created).toBe(true);
  const next = await server.gql(COUNT);
  expect(cacheState(next)).toBe("miss");
  expect(next.body.data.articles.totalCount).toBe(count + 1);

  const authenticated = await server.gql(COUNT, undefined, { authorization });
  expect(cacheState(authenticated)).toBeNull();
  expect(authenticated.body.data.articles.totalCount).toBe(count + 1);
});
