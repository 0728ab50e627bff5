// `npm run faults -- [--duration 60] [--articles 200]`
// The fault figures, measured against a Postgres of the script's own (an
// embedded one on a free port, never the shared server):
// 1. Postgres restarted under a mixed load: a fast shutdown a third of the way
//    in, a kill -9 of the postmaster two thirds in. Requests failed, seconds
//    until answers succeed again, whether /ready turned not-ready and back,
//    whether the server process survived.
// 2. `npm run ingest` killed with SIGKILL in the middle of a batch: articles
//    stored without all their rows, and whether a rerun completes with no duplicates.
// 3. Ten different articles about the same new meeting, sent at once: actors
//    per person and events at the end.
// Every loop is bounded in time; only loopback addresses are used.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { generateArticleTexts, sameMeetingReports } from "../bench/generate";
import { createApiKey } from "../src/auth/keys";
import { createDb, type DbHandle } from "../src/db/client";
import { migrate } from "../src/db/migrate";
import {
  articleShapes,
  countRows,
  eventually,
  freePort,
  runTsx,
  sleep,
  startPostgresProcess,
  writeGeneratedCorpus,
  type PostgresProcess,
} from "../tests/faults/support";

const { values } = parseArgs({ options: { duration: { type: "string", default: "60" }, articles: { type: "string", default: "200" } } });
const DURATION_MS = Number(values.duration) * 1000;
const KILLED_BATCH = Number(values.articles);

const READ = `query Nested { events(first: 5) { nodes { title participants(first: 5) { nodes { role actor { name claims(first: 3) { nodes { text } } } } } } } }`;
const INGEST = `mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withDb<T>(url: string, use: (db: DbHandle) => Promise<T>): Promise<T> {
  await migrate(url);
  const db = createDb(url, { poolSize: 2 });
  try {
    return await use(db);
  } finally {
    await db.close();
  }
}

interface Answer {
  at: number;
  ok: boolean;
  code: string;
}

/** 1: restarts under load. Returns the lines of the report. */
async function restartsUnderLoad(dataDir: string, pgPort: number, postgres: PostgresProcess): Promise<{ lines: string[]; postgres: PostgresProcess }> {
  const url = await createDatabase(postgres.url, "faults_restart");
  const editorKey = await withDb(url, async (db) => (await createApiKey(db.prisma, "faults", "EDITOR")).secret);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = runTsx("src/main.ts", [], { DATABASE_URL: url, PORT: String(port), SEED_DEMO: "true", NODE_ENV: "production", LOG_LEVEL: process.env.FAULTS_SERVER_LOG ? "warn" : "error" });
  if (!(await eventually(async () => (await fetch(`${base}/ready`)).status === 200, 60_000))) throw new Error(`server did not start:\n${server.output()}`);

  const started = Date.now();
  const now = () => Date.now() - started;
  const answers: Answer[] = [];
  const readiness: { at: number; ready: boolean }[] = [];
  const texts = generateArticleTexts(2000, 11);
  let sent = 0;
  let running = true;

  const client = async (id: number) => {
    for (let i = 0; running; i++) {
      const ingest = (i + id) % 5 === 0;
      const body = ingest ? { query: INGEST, variables: { input: { text: texts[sent++ % texts.length]!.text } } } : { query: READ };
      try {
        const response = await fetch(`${base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(ingest ? { authorization: `Bearer ${editorKey}` } : {}) },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(10_000),
        });
        const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        const code = json.errors?.[0]?.extensions?.code ?? (response.ok ? "" : `HTTP ${response.status}`);
        answers.push({ at: now(), ok: response.ok && !json.errors, code });
      } catch {
        answers.push({ at: now(), ok: false, code: "NO_RESPONSE" });
      }
    }
  };
  const watchReady = async () => {
    while (running) {
      const ready = await fetch(`${base}/ready`, { signal: AbortSignal.timeout(3000) }).then((r) => r.status === 200, () => false);
      if (readiness.at(-1)?.ready !== ready) readiness.push({ at: now(), ready });
      await sleep(100);
    }
  };
  const load = [...Array.from({ length: 4 }, (_, i) => client(i)), watchReady()];

  const outages: { name: string; down: number; back: number }[] = [];
  let current = postgres;
  for (const [name, at] of [["fast shutdown", DURATION_MS / 3], ["kill -9 of the postmaster", (2 * DURATION_MS) / 3]] as const) {
    await sleep(Math.max(0, at - now()));
    const down = now();
    if (name === "fast shutdown") await current.stop();
    else await current.crash();
    await sleep(2000);
    // After a crash the old backends may still hold shared memory for a moment: retry the start.
    for (let attempt = 0; ; attempt++) {
      try {
        current = await startPostgresProcess(dataDir, pgPort);
        break;
      } catch (error) {
        if (attempt > 20) throw error;
        await sleep(500);
      }
    }
    outages.push({ name, down, back: now() });
  }
  await sleep(Math.max(0, DURATION_MS - now()));
  running = false;
  await Promise.all(load);
  const crashed = server.child.exitCode !== null;
  server.child.kill("SIGTERM");
  await server.exited;
  // FAULTS_SERVER_LOG=<file>: the server's own log, to see what failed.
  if (process.env.FAULTS_SERVER_LOG) fs.writeFileSync(process.env.FAULTS_SERVER_LOG, server.output());

  const lines = [`1. Postgres restarted under a mixed load (${seconds(DURATION_MS)}, 4 clients: 4 nested reads to 1 ingest), on its own embedded Postgres`];
  outages.forEach(({ name, down, back }, i) => {
    const until = outages[i + 1]?.down ?? Infinity;
    const window = answers.filter((a) => a.at >= down && a.at < until);
    const failed = window.filter((a) => !a.ok);
    const firstOk = window.find((a) => a.ok && a.at >= back);
    const byCode = new Map<string, number>();
    for (const answer of failed) byCode.set(answer.code, (byCode.get(answer.code) ?? 0) + 1);
    const codes = [...byCode].map(([code, n]) => `${code} ${n}`).join(", ") || "none";
    const notReady = readiness.find((r) => !r.ready && r.at >= down && r.at < until);
    const readyAgain = notReady && readiness.find((r) => r.ready && r.at > notReady.at && r.at < until);
    lines.push(
      `   ${name} at ${seconds(down)}: Postgres down ${seconds(back - down)}; ${failed.length} requests failed (${codes}); ` +
        `answers succeed again ${firstOk ? `${seconds(firstOk.at - back)} after Postgres is back (${seconds(firstOk.at - down)} after it went down)` : "never"}; ` +
        `/ready ${notReady ? `not ready at +${seconds(notReady.at - down)}, ready again ${readyAgain ? `at +${seconds(readyAgain.at - down)}` : "never"}` : "stayed ready"}`,
    );
  });
  const failed = answers.filter((a) => !a.ok).length;
  lines.push(`   requests: ${answers.length} answered, ${failed} failed; server process ${crashed ? "EXITED (crash)" : "kept running (no crash)"}`);
  return { lines, postgres: current };
}

/** 2: `npm run ingest` killed with SIGKILL mid-batch, then rerun. */
async function ingestKilled(serverUrl: string): Promise<string[]> {
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-faults-corpus-"));
  try {
    writeGeneratedCorpus(corpus, KILLED_BATCH, 7);
    const [referenceUrl, victimUrl] = [await createDatabase(serverUrl, "faults_reference"), await createDatabase(serverUrl, "faults_victim")];
    const ingest = (url: string) => runTsx("src/cli/ingest.ts", [corpus], { DATABASE_URL: url });
    if ((await ingest(referenceUrl).exited) !== 0) throw new Error("the uninterrupted ingest failed");
    return await withDb(referenceUrl, (reference) =>
      withDb(victimUrl, async (victim) => {
        const expected = await articleShapes(reference.pool);
        const killed = ingest(victimUrl);
        await eventually(async () => (await countRows(victim.pool, "article")) >= KILLED_BATCH / 2 || killed.child.exitCode !== null, 300_000, 20);
        killed.child.kill("SIGKILL");
        await killed.exited;
        const stored = await articleShapes(victim.pool);
        const incomplete = [...stored].filter(([hash, shape]) => expected.get(hash) !== shape).length;
        const rerun = ingest(victimUrl);
        await rerun.exited;
        const summary = /(\d+) new, (\d+) skipped/.exec(rerun.output())?.[0] ?? "no summary";
        const tables = ["article", "actor", "actor_alias", "claim", "event", "article_actor", "article_event"];
        const differing: string[] = [];
        for (const table of tables) if ((await countRows(victim.pool, table)) !== (await countRows(reference.pool, table))) differing.push(table);
        const same = JSON.stringify([...(await articleShapes(victim.pool))].sort()) === JSON.stringify([...expected].sort());
        return [
          `2. npm run ingest killed with SIGKILL in a ${KILLED_BATCH}-article batch`,
          `   ${stored.size} articles stored when killed, ${incomplete} of them without all their mentions/claims/events/topics`,
          `   rerun: ${summary}; graph ${same && differing.length === 0 ? "identical to an uninterrupted run (no duplicates)" : `DIFFERS in ${differing.join(", ") || "article shapes"}`}`,
        ];
      }),
    );
  } finally {
    fs.rmSync(corpus, { recursive: true, force: true });
  }
}

/** 3: ten reports of one new meeting sent at once through the API. */
async function concurrentIngest(serverUrl: string): Promise<string[]> {
  const url = await createDatabase(serverUrl, "faults_concurrent");
  const secret = await withDb(url, async (db) => (await createApiKey(db.prisma, "faults", "EDITOR")).secret);
  const port = await freePort();
  const server = runTsx("src/main.ts", [], { DATABASE_URL: url, PORT: String(port), SEED_DEMO: "false", NODE_ENV: "production", LOG_LEVEL: "error" });
  try {
    const base = `http://127.0.0.1:${port}`;
    if (!(await eventually(async () => (await fetch(`${base}/ready`)).status === 200, 60_000))) throw new Error("server did not start");
    const reports = sameMeetingReports(10);
    const answers = await Promise.all(
      reports.map((report) =>
        fetch(`${base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
          body: JSON.stringify({ query: INGEST, variables: { input: { ...report, publishedAt: report.publishedAt.toISOString() } } }),
        }).then((r) => r.json() as Promise<{ data?: { ingestArticle: { created: boolean } } }>),
      ),
    );
    return await withDb(url, async (db) => {
      const people = await db.pool.query(`SELECT name, count(*)::int AS n FROM actor WHERE kind = 'PERSON' GROUP BY name ORDER BY name`);
      const events = await db.pool.query(`SELECT count(DISTINCT event_id)::int AS events, count(*)::int AS links FROM article_event`);
      return [
        `3. ${reports.length} different articles about the same new meeting, sent at once: ${answers.filter((a) => a.data?.ingestArticle.created).length} stored`,
        `   actors: ${people.rows.map((row) => `${row.name} ×${row.n}`).join(", ")}; events: ${events.rows[0].events} (linked to ${events.rows[0].links} articles)`,
      ];
    });
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
  }
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-faults-pg-"));
  const pgPort = await freePort();
  let postgres = await startPostgresProcess(dataDir, pgPort);
  try {
    const restarts = await restartsUnderLoad(dataDir, pgPort, postgres);
    postgres = restarts.postgres;
    for (const line of restarts.lines) console.log(line);
    for (const line of await ingestKilled(postgres.url)) console.log(line);
    for (const line of await concurrentIngest(postgres.url)) console.log(line);
  } finally {
    await postgres.stop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
