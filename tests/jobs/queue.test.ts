// Ingestion through the job queue: submitArticles returns at once, workers ingest,
// ingestionBatch reports progress; transient faults are retried, permanent ones
// fail the article with its reason; an article is never applied twice.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Runner } from "graphile-worker";
import { createApiKey } from "../../src/auth/keys";
import { ingestArticle } from "../../src/ingest/ingest";
import { startWorker } from "../../src/jobs/queue";
import { useTestDatabase } from "../support/database";
import { bearer, codes, startTestServer, type TestServer } from "../hardening/server";

const db = useTestDatabase();
const root = path.resolve(__dirname, "../..");
const seeds = path.resolve(root, "../shared/corpus/seeds");
const SLOW_TEST_MS = 120_000;
let server: TestServer;
let editor: Record<string, string>;
let worker: Runner | undefined;

beforeAll(async () => {
  server = await startTestServer(db().url, { WORKER_CONCURRENCY: "0" });
  editor = bearer((await createApiKey(db().prisma, "queue", "EDITOR")).secret);
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});

afterAll(async () => {
  await server.stop();
});

const seedTexts = () => fs.readdirSync(seeds).filter((file) => file.endsWith(".txt")).sort().map((file) => fs.readFileSync(path.join(seeds, file), "utf8"));

const BATCH = "id total queued running done failed finished failures { index reason attempts } articles { id }";

async function submit(texts: string[]) {
  const { body } = await server.gql(`mutation ($inputs: [IngestArticleInput!]!) { submitArticles(inputs: $inputs) { ${BATCH} } }`, { inputs: texts.map((text) => ({ text, source: "Queue Wire" })) }, editor);
  expect(body.errors).toBeUndefined();
  return body.data.submitArticles;
}

/** Polls ingestionBatch, as a client would, until nothing is queued or running. */
async function finished(id: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await server.gql(`query ($id: ID!) { ingestionBatch(id: $id) { ${BATCH} } }`, { id });
    if (body.data.ingestionBatch.finished) return body.data.ingestionBatch;
    if (Date.now() > deadline) throw new Error(`batch not finished: ${JSON.stringify(body.data.ingestionBatch)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test("a submitted batch returns at once, queued, and workers ingest it; a repeated text is applied once", async () => {
  const texts = seedTexts();
  const batch = await submit([...texts, texts[0]!]);
  expect(batch).toMatchObject({ total: texts.length + 1, queued: texts.length + 1, done: 0, finished: false });
  worker = await startWorker({ pool: db().pool, db: db().prisma, concurrency: 2 });
  const done = await finished(batch.id);
  expect(done).toMatchObject({ total: texts.length + 1, done: texts.length + 1, failed: 0, failures: [] });
  // The repeat points at the article already stored: one article per distinct text.
  expect(new Set(done.articles.map((article: { id: string }) => article.id)).size).toBe(texts.length);
  expect(await db().prisma.article.count({ where: { source: "Queue Wire" } })).toBe(texts.length);
}, SLOW_TEST_MS);

test("a transient fault is retried with back-off; a permanent one fails the article with its reason", async () => {
  const seen = new Map<string, number>();
  worker = await startWorker({
    pool: db().pool,
    db: db().prisma,
    ingest: {
      ingest: async (database, input, options) => {
        const tries = (seen.get(input.text) ?? 0) + 1;
        seen.set(input.text, tries);
        if (input.text.includes("serialization") && tries === 1) throw Object.assign(new Error("could not serialize access"), { code: "40001" });
        if (input.text.includes("broken")) throw new Error("the extractor choked on this text");
        return ingestArticle(database, input, options);
      },
    },
  });
  const batch = await submit(["A serialization conflict, then fine.\n\nThe court ruled on Monday.", "A broken text.\n\nNothing to see."]);
  const done = await finished(batch.id);
  expect(done).toMatchObject({ done: 1, failed: 1, failures: [{ index: 1, reason: "the extractor choked on this text", attempts: 1 }] });
  expect(seen.get("A serialization conflict, then fine.\n\nThe court ruled on Monday.")).toBe(2);
}, SLOW_TEST_MS);

test("submitting needs an EDITOR key; a malformed input rejects the batch with nothing queued", async () => {
  const anonymous = await server.gql(`mutation { submitArticles(inputs: [{ text: "x" }]) { id } }`);
  expect(codes(anonymous.body)).toEqual(["UNAUTHENTICATED"]);
  const malformed = await server.gql(`mutation { submitArticles(inputs: [{ text: "fine" }, { text: "" }]) { id } }`, undefined, editor);
  expect(codes(malformed.body)).toEqual(["BAD_USER_INPUT"]);
  expect(malformed.body.errors[0].message).toMatch(/inputs\[1\]/);
});

test("npm run ingest -- --queue enqueues a folder as one batch for the workers", async () => {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "src/cli/ingest.ts"), "--queue", seeds], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: db().url, NODE_OPTIONS: "" },
    encoding: "utf8",
  });
  expect(result.status).toBe(0);
  const id = /queued \d+ articles as batch (\S+)/.exec(result.stdout)?.[1];
  expect(id).toBeDefined();
  worker = await startWorker({ pool: db().pool, db: db().prisma });
  // The seeds were stored by the first test: every job finds its text already there.
  expect(await finished(id!)).toMatchObject({ done: seedTexts().length, failed: 0 });
}, SLOW_TEST_MS);
