// Helpers for fault tests and `npm run faults`: free ports, processes of their own
// (a server, an ingest, a Postgres), bounded polling, and what an ingest left behind.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Pool } from "pg";
import { generateArticleTexts } from "../../bench/generate";

export const ROOT = path.resolve(__dirname, "../..");

export { freePort } from "../../src/net";
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns true or `withinMs` passes; returns whether it did. */
export async function eventually(check: () => Promise<boolean>, withinMs: number, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await sleep(everyMs);
  }
  return false;
}

export interface ChildRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs a TypeScript entry point with tsx in its own process. */
export function runTsx(entry: string, args: string[], env: Record<string, string>): ChildRun {
  let output = "";
  // `node --import tsx`, not the tsx CLI: the CLI runs the script in a grandchild that SIGKILL would orphan.
  const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export async function postJson(url: string, body: unknown) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

export interface PostgresProcess {
  url: string;
  /** Stops Postgres (fast shutdown: open connections are cut) and waits for it to exit. */
  stop(): Promise<void>;
  /** kill -9 of the postmaster, as a crash would: no shutdown, its backends left to notice. */
  crash(): Promise<void>;
}

/** An embedded Postgres in a process of its own (tests/faults/postgres-process.ts). */
export async function startPostgresProcess(dataDir: string, port: number): Promise<PostgresProcess> {
  const run = runTsx("tests/faults/postgres-process.ts", [dataDir, String(port)], {});
  const started = await eventually(async () => /ready /.test(run.output()) || run.child.exitCode !== null, 60_000, 50);
  const url = /ready (\S+)/.exec(run.output())?.[1];
  if (!started || !url) throw new Error(`embedded Postgres did not start:\n${run.output()}`);
  return {
    url,
    async stop() {
      if (run.child.exitCode === null) run.child.kill("SIGTERM");
      await run.exited;
    },
    async crash() {
      const pid = Number(fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
      process.kill(pid, "SIGKILL");
      // The wrapper would wait for a clean stop that never comes.
      run.child.kill("SIGKILL");
      await run.exited;
    },
  };
}

/** Per article (by content hash): its body's hash and how many rows of each kind hang off it. */
export async function articleShapes(pool: Pool): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ content_hash: string; shape: string }>(`
    SELECT a.content_hash,
           concat_ws(' ', md5(a.body),
             (SELECT count(*) FROM article_actor x WHERE x.article_id = a.id) || ' mentions',
             (SELECT count(*) FROM claim x WHERE x.article_id = a.id) || ' claims',
             (SELECT count(*) FROM article_event x WHERE x.article_id = a.id) || ' events',
             (SELECT count(*) FROM article_topic x WHERE x.article_id = a.id) || ' topics') AS shape
      FROM article a`);
  return new Map(rows.map((row) => [row.content_hash, row.shape]));
}

export const countRows = async (pool: Pool, table: string) => Number((await pool.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

/** A corpus folder of generated articles with its manifest, as `npm run ingest` reads it. */
export function writeGeneratedCorpus(folder: string, count: number, seed: number): void {
  const articles = generateArticleTexts(count, seed);
  articles.forEach((article, i) => fs.writeFileSync(path.join(folder, `${String(i).padStart(3, "0")}.txt`), article.text));
  const manifest = articles.map((article, i) => ({
    file: `${String(i).padStart(3, "0")}.txt`,
    title: article.title,
    source: article.source,
    publishedAt: article.publishedAt.toISOString(),
  }));
  fs.writeFileSync(path.join(folder, "manifest.json"), JSON.stringify({ articles: manifest }));
}
