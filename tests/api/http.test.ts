// The API over real HTTP: createServer on a free port, requests with fetch.
import { loadConfig } from "../../src/config";
import { createServer, type ApiServer } from "../../src/server";
import { useTestDatabase } from "../support/database";
import type { Data } from "./client";
import { seedNewsroom } from "./scenarios";

const db = useTestDatabase();
const ORIGIN = "https://newsroom.example";
let server: ApiServer;
let url: string;

beforeAll(async () => {
  await seedNewsroom(db().prisma);
  const config = loadConfig({ NODE_ENV: "development", CORS_ORIGINS: ORIGIN, LOG_LEVEL: "silent" });
  server = createServer({ config, db: db() });
  url = await server.listen(0);
});

afterAll(async () => {
  await server.stop();
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

test("a nested query answers over HTTP and reports the SQL statements it sent", async () => {
  const response = await post({
    query: `{ articles(first: 2) { totalCount nodes { title events { nodes { title participants { nodes { role actor { name } } } } } } } }`,
  });
  expect(response.status).toBe(200);
  const body: Data = await response.json();
  expect(body.errors).toBeUndefined();
  expect(body.data.articles.totalCount).toBe(3);
  expect(body.data.articles.nodes[0]).toEqual({
    title: "Energy agreement signed in the capital",
    events: {
      nodes: [
        {
          title: "Energy agreement signing",
          participants: {
            nodes: [
              { role: "LEADER", actor: { name: "Hamad al-Tamimi" } },
              { role: "MEMBER", actor: { name: "Northland" } },
              { role: "LEADER", actor: { name: "Renée Müller-Ørsted" } },
              { role: "MEMBER", actor: { name: "Southmark" } },
            ],
          },
        },
      ],
    },
  });
  // articles with their events and participants (actors joined in): one statement (src/graph/plan.ts).
  expect(body.extensions.sqlStatements).toBe(1);
});

test("introspection is on, for Apollo Sandbox", async () => {
  const body: Data = await (await post({ query: `{ __schema { queryType { name } mutationType { name } } }` })).json();
  expect(body.data.__schema).toEqual({ queryType: { name: "Query" }, mutationType: { name: "Mutation" } });
});

test("the landing page (Apollo Sandbox) is served to browsers in development", async () => {
  const response = await fetch(url, { headers: { accept: "text/html" } });
  expect(response.status).toBe(200);
  expect(await response.text()).toMatch(/sandbox/i);
});

test("GraphiQL is self-hosted at /graphiql: every script and style it loads comes from this server", async () => {
  const base = url.replace(/\/graphql$/, "");
  const page = await fetch(`${base}/graphiql`);
  expect(page.status).toBe(200);
  const html = await page.text();
  const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
  expect(assets.length).toBeGreaterThanOrEqual(2);
  for (const asset of assets) {
    expect(asset).toMatch(/^\/web\/assets\//);
    const response = await fetch(`${base}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/javascript|css/);
  }
});

test("production serves no CDN landing page on /graphql, and GraphiQL still", async () => {
  const production = createServer({ config: loadConfig({ NODE_ENV: "production", LOG_LEVEL: "silent" }), db: db() });
  const productionUrl = await production.listen(0);
  try {
    const landing = await fetch(productionUrl, { headers: { accept: "text/html" } });
    expect(await landing.text()).not.toMatch(/apollographql\.com|sandbox/i);
    expect((await fetch(productionUrl.replace(/\/graphql$/, "/graphiql"))).status).toBe(200);
  } finally {
    await production.stop();
  }
});

test("CORS allows the configured origin", async () => {
  const preflight = await fetch(url, {
    method: "OPTIONS",
    headers: { origin: ORIGIN, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
  });
  expect(preflight.status).toBeLessThan(300);
  expect(preflight.headers.get("access-control-allow-origin")).toBe(ORIGIN);
  const response = await post({ query: "{ __typename }" }, { origin: ORIGIN });
  expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
});

test("CSRF prevention refuses simple POSTs that skip the JSON content type, unless a preflight header is sent", async () => {
  const body = JSON.stringify({ query: "{ __typename }" });
  for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
    const response = await fetch(url, { method: "POST", headers: { "content-type": contentType }, body });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Data).errors[0].message).toMatch(/cross-site request forgery.*apollo-require-preflight/);
  }
  const withoutType = await fetch(url, { method: "POST", body: new Uint8Array(Buffer.from(body)) });
  expect(withoutType.status).toBe(400);
  const preflighted = await fetch(url, { method: "POST", headers: { "content-type": "text/plain", "apollo-require-preflight": "1" }, body });
  // Past CSRF: the body is not JSON, so the request is refused for that instead.
  expect(((await preflighted.json()) as Data).errors[0].message).not.toMatch(/forgery/);
});

test("a GET query needs no content type or preflight header (curl, urql's preferGetMethod)", async () => {
  const response = await fetch(`${url}?query=${encodeURIComponent("{ __typename }")}`);
  expect(response.status).toBe(200);
  expect(((await response.json()) as Data).data).toEqual({ __typename: "Query" });
  const mutation = await fetch(`${url}?query=${encodeURIComponent(`mutation { addAlias(actorId: "x", alias: "y") { id } }`)}`);
  expect(mutation.status).toBe(405);
});

test("errors keep their code over HTTP", async () => {
  const body: Data = await (await post({ query: `{ articles(first: 1000) { totalCount } }` })).json();
  expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
});
