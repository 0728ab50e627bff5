// `npm run bench:determinism -- [--articles 200] [--workers 3] [--database-url URL]`:
// the same generated articles ingested (a) serially in one process, in order,
// and (b) through N queue workers in parallel, in shuffled order, each into a
// scratch database; prints how far the two graphs' canonical dumps
// (src/jobs/canonical.ts) are apart, part by part, and exits 1 if they differ.
// tests/jobs/determinism.test.ts runs compareIngestOrders() on a smaller corpus.
import { createDb } from "../src/db/client";
import { scratchDatabase } from "../src/eval/run";
import { ingestArticles } from "../src/ingest/ingest";
import { canonicalDump } from "../src/jobs/canonical";
import { enqueueArticles, startWorker } from "../src/jobs/queue";
import { option, parseArgs } from "./args";
import { generateArticleTexts } from "./generate";
import { createRandom } from "./random";

export interface PartDifference {
  part: string;
  lines: number;
  onlySerial: string[];
  onlyParallel: string[];
}

export interface DeterminismRun {
  serialSeconds: number;
  parallelSeconds: number;
  parts: PartDifference[];
}

/** Ingests `count` generated articles both ways and compares the graphs. */
export async function compareIngestOrders(options: { count: number; workers: number; serverUrl?: string }): Promise<DeterminismRun> {
  const { count, workers } = options;
  const articles = generateArticleTexts(count, 7);
  // Fisher–Yates, seeded: the same shuffle every run.
  const random = createRandom(11);
  const shuffled = [...articles];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const run = `${Date.now().toString(36)}_${process.pid}`;
  const serialDb = await scratchDatabase(options.serverUrl, `newsgraph_serial_${run}`);
  const parallelDb = await scratchDatabase(options.serverUrl, `newsgraph_parallel_${run}`);
  try {
    const serial = createDb(serialDb.url);
    let started = Date.now();
    await ingestArticles(serial.prisma, articles);
    const serialSeconds = (Date.now() - started) / 1000;
    const expected = await canonicalDump(serial.pool);
    await serial.close();

    const handles = Array.from({ length: workers + 1 }, () => createDb(parallelDb.url, { poolSize: 3 }));
    const [queue, ...workerDbs] = handles;
    started = Date.now();
    const batchId = await enqueueArticles(queue!.pool, shuffled);
    const runners = await Promise.all(workerDbs.map((handle) => startWorker({ pool: handle.pool, db: handle.prisma, concurrency: 1 })));
    for (;;) {
      const { rows } = await queue!.pool.query<{ open: number }>(
        `SELECT count(*) FILTER (WHERE status IN ('QUEUED', 'RUNNING'))::int AS open FROM ingestion_job WHERE batch_id = $1`,
        [batchId],
      );
      if (rows[0]!.open === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const parallelSeconds = (Date.now() - started) / 1000;
    await Promise.all(runners.map((runner) => runner.stop()));
    const actual = await canonicalDump(queue!.pool);
    await Promise.all(handles.map((handle) => handle.close()));

    const parts = Object.keys(expected).map((part) => {
      const [a, b] = [new Set(expected[part]), new Set(actual[part])];
      return { part, lines: a.size, onlySerial: [...a].filter((line) => !b.has(line)), onlyParallel: [...b].filter((line) => !a.has(line)) };
    });
    return { serialSeconds, parallelSeconds, parts };
  } finally {
    await serialDb.drop();
    await parallelDb.drop();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const count = option(args, "articles", 200);
  const workers = option(args, "workers", 3);
  const serverUrl = typeof args["database-url"] === "string" ? args["database-url"] : process.env.DATABASE_URL;
  const result = await compareIngestOrders({ count, workers, serverUrl });
  console.log(`serial: ${count} articles in ${result.serialSeconds.toFixed(1)} s`);
  console.log(`${workers} workers, shuffled: ${count} articles in ${result.parallelSeconds.toFixed(1)} s`);
  let differing = 0;
  for (const { part, lines, onlySerial, onlyParallel } of result.parts) {
    differing += onlySerial.length + onlyParallel.length;
    console.log(`  ${part.padEnd(14)} ${String(lines).padStart(6)} lines; only serial ${onlySerial.length}, only parallel ${onlyParallel.length}`);
    // A few of each side, to see what differs.
    for (const [side, sample] of [["serial", onlySerial], ["parallel", onlyParallel]] as const) {
      for (const line of sample.slice(0, 3)) console.log(`    ${side}: ${line.slice(0, 300)}`);
    }
  }
  console.log(differing === 0 ? "the graphs are identical" : `the graphs differ in ${differing} lines`);
  process.exitCode = differing === 0 ? 0 : 1;
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(2);
  });
}
