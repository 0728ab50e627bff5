// `npm run bench:read-under-ingest -- [--seconds 15] [--connections 10] [--articles 3000] [--database-url URL]`:
// read throughput of 1 and 2 API processes on the nested scenario, alone and
// while 2 queue workers ingest generated articles into the same graph. Runs
// on a copy of the benchmark database (bench:data), dropped afterwards, so
// the benchmark graph itself is not changed. Writes bench/results/read-under-ingest.md.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createDb } from "../src/db/client";
import { enqueueArticles } from "../src/jobs/queue";
import { option, parseArgs } from "./args";
import { copyOfDatabase, DEFAULT_BENCH_DATABASE_URL } from "./data";
import { generateArticleTexts } from "./generate";
import { runLoad, type LoadResult } from "./load";
import { buildScenarios } from "./scenarios";
import { startSystem, type RunningSystem } from "./systems";

function startWorkerProcess(databaseUrl: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "../src/cli/worker.ts")], {
    env: { ...process.env, DATABASE_URL: databaseUrl, WORKER_CONCURRENCY: "1", LOG_LEVEL: "warn", DB_POOL_SIZE: "3" },
    stdio: "ignore",
  });
}

interface Row {
  apis: number;
  workers: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
  ingestedPerSecond: number;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const seconds = option(args, "seconds", 15);
  const connections = option(args, "connections", 10);
  const articles = option(args, "articles", 3000);
  const source = String(args["database-url"] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL);
  console.log(`copying ${source}`);
  const copy = await copyOfDatabase(source, "ingest");
  const db = createDb(copy.url, { poolSize: 2 });
  const rows: Row[] = [];
  let title = "";
  try {
    const { rows: max } = await db.pool.query<{ id: number }>("SELECT max(id)::int AS id FROM article");
    const nested = buildScenarios({ maxArticleId: max[0]!.id, runId: "ingest" }).find((s) => s.name === "nestedEvents")!;
    title = nested.title;
    for (const apis of [1, 2]) {
      const servers: RunningSystem[] = [];
      for (let i = 0; i < apis; i++) servers.push(await startSystem("ours", { databaseUrl: copy.url, poolSize: 10 }));
      try {
        for (const workers of [0, 2]) {
          const processes = workers > 0 ? Array.from({ length: workers }, () => startWorkerProcess(copy.url)) : [];
          if (workers > 0) {
            // New texts each phase: repeats would be skipped by their content hash.
            await enqueueArticles(db.pool, generateArticleTexts(articles, 99 + apis));
            await new Promise((resolve) => setTimeout(resolve, 3000)); // workers up and taking jobs
          }
          const startedDone = await doneCount(db.pool);
          const split = Math.max(1, Math.floor(connections / apis));
          const results: LoadResult[] = await Promise.all(servers.map((server) => runLoad(server, nested, seconds, split)));
          const ingested = (await doneCount(db.pool)) - startedDone;
          for (const child of processes) child.kill("SIGTERM");
          await Promise.all(processes.map((child) => new Promise((resolve) => child.once("exit", resolve))));
          // Jobs the workers left are dropped, so the next phase starts from an idle queue.
          await db.pool.query("DELETE FROM graphile_worker._private_jobs").catch(() => undefined);
          const row: Row = {
            apis,
            workers,
            requestsPerSecond: results.reduce((sum, r) => sum + r.requestsPerSecond, 0),
            p50Ms: Math.max(...results.map((r) => r.p50Ms)),
            p99Ms: Math.max(...results.map((r) => r.p99Ms)),
            failures: results.reduce((sum, r) => sum + r.failures, 0),
            ingestedPerSecond: ingested / seconds,
          };
          rows.push(row);
          console.log(
            `${apis} API, ${workers} workers: ${row.requestsPerSecond.toFixed(0)} req/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, ` +
              `${row.failures} failed; ${row.ingestedPerSecond.toFixed(1)} articles/s ingested`,
          );
        }
      } finally {
        await Promise.all(servers.map((server) => server.stop()));
      }
    }
  } finally {
    await db.close();
    await copy.drop();
  }
  const table = [
    `Nested scenario (${title}), ${connections} connections split over the API processes, ${seconds} s per cell, on a copy of the benchmark graph.`,
    "",
    "| API processes | ingest workers | reads/s | p50 ms | p99 ms | failed | articles/s ingested |",
    "|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.apis} | ${r.workers} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50Ms} | ${r.p99Ms} | ${r.failures} | ${r.ingestedPerSecond.toFixed(1)} |`),
  ].join("\n");
  fs.writeFileSync(path.join(__dirname, "results/read-under-ingest.md"), `${table}\n`);
  console.log(`\n${table}`);
}

async function doneCount(pool: import("pg").Pool): Promise<number> {
  const { rows } = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM ingestion_job WHERE status = 'DONE'");
  return rows[0]!.n;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
