// Persisted queries as clients use them over HTTP: APQ registered through one
// server process is known to another (the store is Postgres), and with
// TRUSTED_DOCUMENTS only the manifest's operations run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { documentHash } from "../../src/persisted-queries";
import { useTestDatabase } from "../support/database";
import { codes, startTestServer, type TestServer } from "../hardening/server";

const db = useTestDatabase();
const servers: TestServer[] = [];

async function server(env: Record<string, string> = {}) {
  const started = await startTestServer(db().url, env);
  servers.push(started);
  return started;
}

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

const byHash = (query: string, withDocument = false) =>
  JSON.stringify({ ...(withDocument ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(query) } } });

test("a document registered through one process runs by its hash alone on another", async () => {
  const [first, second] = [await server(), await server()];
  const query = "{ topics(first: 2) { totalCount } }";
  const unknown = await second.post(byHash(query));
  expect(codes(unknown.body)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  const registered = await first.post(byHash(query, true));
  expect(registered.body.data.topics.totalCount).toBeGreaterThan(0);
  // The registration is written after the response: wait for the row.
  for (let i = 0; i < 50 && (await db().pool.query("SELECT 1 FROM persisted_query WHERE hash = $1", [documentHash(query)])).rowCount === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const recalled = await second.post(byHash(query));
  expect(recalled.status).toBe(200);
  expect(recalled.body.data).toEqual(registered.body.data);
});

test("with trusted documents only the manifest's operations run, in full or by hash", async () => {
  const trustedQuery = "query Topics { topics(first: 1) { nodes { slug } } }";
  const manifest = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-trusted-")), "persisted-documents.json");
  fs.writeFileSync(manifest, JSON.stringify({ [documentHash(trustedQuery)]: trustedQuery }));
  const guarded = await server({ TRUSTED_DOCUMENTS: manifest });
  expect((await guarded.gql(trustedQuery)).body.data.topics.nodes).toHaveLength(1);
  expect((await guarded.post(byHash(trustedQuery))).body.data.topics.nodes).toHaveLength(1);
  const other = await guarded.gql("{ topics(first: 2) { totalCount } }");
  expect(other.status).toBe(400);
  expect(codes(other.body)).toEqual(["PERSISTED_QUERY_NOT_ALLOWED"]);
  // Nor can a client register one through APQ.
  const registering = await guarded.post(byHash("{ __typename }", true));
  expect(codes(registering.body)).toEqual(["PERSISTED_QUERY_NOT_ALLOWED"]);
});

test("a manifest entry that is not its document's sha256 stops the server from starting", async () => {
  const manifest = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-trusted-")), "bad.json");
  fs.writeFileSync(manifest, JSON.stringify({ ["0".repeat(64)]: "{ __typename }" }));
  await expect(startTestServer(db().url, { TRUSTED_DOCUMENTS: manifest })).rejects.toThrow(/not a document under its sha256/);
});
