// Subscriptions over graphql-ws with a real client, fed through Postgres
// LISTEN/NOTIFY: an article stored by the CLI in another process reaches the
// server's subscribers; keys and query limits apply as to queries.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { createApiKey } from "../../src/auth/keys";
import { useTestDatabase } from "../support/database";
import { startTestServer, type TestServer } from "../hardening/server";

const db = useTestDatabase();
const root = path.resolve(__dirname, "../..");
const SLOW_TEST_MS = 120_000;
let server: TestServer;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startTestServer(db().url);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await server.stop();
});

function client(connectionParams?: Record<string, unknown>, url = server.url.replace(/^http/, "ws")): Client {
  const created = createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
  clients.push(created);
  return created;
}

/** The first `count` results of a subscription (or its error), with a timeout. */
function results(subscriber: Client, query: string, count = 1, timeoutMs = 60_000): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const received: unknown[] = [];
    const timer = setTimeout(() => reject(new Error(`timed out with ${received.length} of ${count} results`)), timeoutMs);
    const stop = subscriber.subscribe(
      { query },
      {
        next: (result) => {
          received.push(result);
          if (received.length === count) {
            clearTimeout(timer);
            stop();
            resolve(received);
          }
        },
        error: (error) => {
          clearTimeout(timer);
          reject(error);
        },
        complete: () => undefined,
      },
    );
  });
}

/** `npm run ingest` in a child process: a writer other than the server. */
function ingestWithCli(files: { name: string; text: string; source: string }[]): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-subscription-"));
  for (const file of files) fs.writeFileSync(path.join(dir, file.name), file.text);
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ articles: files.map(({ name, source }) => ({ file: name, source, publishedAt: "2025-09-09T10:00:00Z" })) }));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "src/cli/ingest.ts"), dir], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db().url, NODE_OPTIONS: "" },
      stdio: "ignore",
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

const MEETING = "DAMASCUS — Foreign Minister Asaad al-Shaibani met Turkish Foreign Minister Hakan Fidan in Damascus on Tuesday. Fidan said the talks were constructive.";

test("an article the CLI stores in another process reaches a filtered subscription; others do not", async () => {
  const subscriber = client();
  const wanted = results(subscriber, `subscription { articleIngested(filter: { source: "Wire A" }) { title source events { nodes { id title } } } }`);
  // Let the subscription register before the writer starts.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const exit = await ingestWithCli([
    { name: "b.txt", text: `Ministers meet\n\n${MEETING.replace("Tuesday", "Monday")}`, source: "Wire B" },
    { name: "a.txt", text: `Shaibani and Fidan meet\n\n${MEETING}`, source: "Wire A" },
  ]);
  expect(exit).toBe(0);
  const [result] = (await wanted) as { data: { articleIngested: { source: string; events: { nodes: { id: string }[] } } } }[];
  expect(result!.data.articleIngested.source).toBe("Wire A");
  // The article arrives whole: NOTIFY is delivered at commit, after its events were linked.
  expect(result!.data.articleIngested.events.nodes.length).toBeGreaterThan(0);
}, SLOW_TEST_MS);

test("eventUpdated fires when another article reports the event", async () => {
  const { body } = await server.gql(`{ events(filter: { kind: [MEETING] }, first: 1) { nodes { id } } }`);
  const eventId = body.data.events.nodes[0].id;
  const updates = results(client(), `subscription { eventUpdated(id: "${eventId}") { id articles { totalCount } } }`);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await ingestWithCli([{ name: "c.txt", text: `Talks in Damascus\n\n${MEETING} Shaibani said ties would grow.`, source: "Wire C" }])).toBe(0);
  const [update] = (await updates) as { data: { eventUpdated: { id: string; articles: { totalCount: number } } } }[];
  expect(update!.data.eventUpdated.id).toBe(eventId);
}, SLOW_TEST_MS);

test("the same limits as queries: a too deep subscription is refused before it runs", async () => {
  const deep = `subscription { articleIngested { actors { nodes { coActors { nodes { actor { coActors { nodes { actor { coActors { nodes { actor {
    coActors { nodes { actor { coActors { nodes { actor { coActors { nodes { actor { name } } } } } } } } } } } } } } } } } } } } } }`;
  await expect(results(client(), deep)).rejects.toEqual([expect.objectContaining({ message: expect.stringMatching(/depth limit/), extensions: expect.objectContaining({ code: "QUERY_LIMIT_EXCEEDED" }) })]);
});

test("with REQUIRE_KEY_FOR_QUERIES a subscription needs a valid key, sent in connectionParams", async () => {
  const guarded = await startTestServer(db().url, { REQUIRE_KEY_FOR_QUERIES: "true" });
  try {
    const url = guarded.url.replace(/^http/, "ws");
    const query = `subscription { articleIngested { id } }`;
    await expect(results(client(undefined, url), query)).rejects.toMatchObject({ code: 4403 });
    await expect(results(client({ Authorization: "Bearer nope" }, url), query)).rejects.toMatchObject({ code: 4403 });
    const { secret } = await createApiKey(db().prisma, "subscriber", "EDITOR");
    const keyed = client({ Authorization: `Bearer ${secret}` }, url);
    const arriving = results(keyed, query);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await ingestWithCli([{ name: "d.txt", text: "A court ruling\n\nThe court ruled on Monday.", source: "Wire D" }])).toBe(0);
    expect(await arriving).toHaveLength(1);
  } finally {
    await guarded.stop();
  }
}, SLOW_TEST_MS);
