// Ingestion through the API over HTTP: the payload's article is navigable with
// everything extracted from it, and the same text twice is one article.
import { createApiKey } from "../../src/auth/keys";
import { loadConfig } from "../../src/config";
import { createServer, type ApiServer } from "../../src/server";
import { useTestDatabase } from "../support/database";
import type { Data } from "./client";

const db = useTestDatabase();
let server: ApiServer;
let url: string;
let authorization: string;

beforeAll(async () => {
  server = createServer({ config: loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" }), db: db() });
  url = await server.listen(0);
  authorization = `Bearer ${(await createApiKey(db().prisma, "ingest test", "EDITOR")).secret}`;
});

afterAll(async () => {
  await server.stop();
});

async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization },
    body: JSON.stringify({ query, variables }),
  });
  const body: Data = await response.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

const TEXT =
  "The foreign minister of Northland, Hamad al-Tamimi, met Southmark's trade envoy in Port Ardent on Monday. " +
  '"We will open the border crossings to trucks next month," al-Tamimi told reporters after the talks.';

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    article { id title source publishedAt body actors { totalCount nodes { name } } claims { totalCount nodes { text } } }
  }
}`;

test("ingestArticle stores an article whose extracted graph is navigable; the same text again duplicates nothing", async () => {
  const input = { text: TEXT, title: "Ministers meet in Port Ardent", source: "Daily Ledger", publishedAt: "2025-03-03T09:00:00Z" };
  const first = (await graphql(INGEST, { input })).ingestArticle;
  expect(first.created).toBe(true);
  expect(first.article).toMatchObject({ title: input.title, source: input.source, publishedAt: "2025-03-03T09:00:00.000Z" });
  expect(first.article.body).toContain("Port Ardent");
  expect(first.article.actors.totalCount).toBeGreaterThan(0);

  const again = (await graphql(INGEST, { input })).ingestArticle;
  expect(again.created).toBe(false);
  expect(again.article.id).toBe(first.article.id);
  expect((await graphql(`{ articles { totalCount } }`)).articles.totalCount).toBe(1);

  // The returned id is a global id like any other.
  const node = (await graphql(`query ($id: ID!) { node(id: $id) { ... on Article { title } } }`, { id: first.article.id })).node;
  expect(node).toEqual({ title: input.title });
});

test("ingestArticles reports each input by its index", async () => {
  const results = (
    await graphql(
      `mutation ($inputs: [IngestArticleInput!]!) { ingestArticles(inputs: $inputs) { index error payload { created article { title } } } }`,
      { inputs: [{ text: TEXT }, { text: "Southmark's parliament approved the budget on Tuesday.", title: "Budget approved" }] },
    )
  ).ingestArticles;
  expect(results).toEqual([
    { index: 0, error: null, payload: { created: false, article: { title: "Ministers meet in Port Ardent" } } },
    { index: 1, error: null, payload: { created: true, article: { title: "Budget approved" } } },
  ]);
});
