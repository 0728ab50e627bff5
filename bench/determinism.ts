// `npm run bench:determinism -- [--articles 200] [--workers 3] [--database-url URL]`:
// the same generated articles ingested (a) serially in one process, in order,
// and (b) through N queue workers in parallel, in shuffled order, each into a
// scratch database; prints how far the two graphs' canonical dumps
// (src/jobs/canonical.ts) are apart, part by part, and exits 1 if they differ.
import { createDb } from "../src/db/client";
import { scratchDatabase } from "../src/eval/run";
import { ingestArticles } from "../src/ingest/ingest";
import { canonicalDump } from "../src/jobs/canonical";
import { enqueueArticles, startWorker } from "../src/jobs/queue";
import { option, parseArgs } from "./args";
import { generateArticleTexts } from "./generate";
import { createRandom } from "./random";

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const count = option(args, "articles", 200);
  const workers = option(args, "workers", 3);
  const serverUrl = typeof args["database-url"] === "string" ? args["database-url"] : process.env.DATABASE_URL;
  const articles = generateArticleTexts(count, 7);
  // Fisher–Yates, seeded: the same shuffle every run.
  const random = createRandom(11);
  const shuffled = [...articles];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const run = Date.now().toString(36);
  const [serialDb, parallelDb] = [await scratchDatabase(serverUrl, `newsgraph_serial_${run}`), await scratchDatabase(serverUrl, `newsgraph_parallel_${run}`)];
  try {
    const serial = createDb(serialDb.url);
    let started = Date.now();
    await ingestArticles(serial.prisma, articles);
    console.log(`serial: ${count} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const expected = await canonicalDump(serial.pool);
    await serial.close();

    const handles = Array.from({ length: workers + 1 }, () => createDb(parallelDb.url, { poolSize: 3 }));
    const [queue, ...workerDbs] = handles;
    started = Date.now();
    const batchId = await enqueueArticles(queue!.pool, shuffled);
    const runners = await Promise.all(workerDbs.map((handle) => startWorker({ pool: handle.pool, db: handle.prisma, concurrency: 1 })));
    for (;;) {
      const { rows } = await queue!.pool.query<{ open: number }>(`SELECT count(*) FILTER (WHERE status IN ('QUEUED', 'RUNNING'))::int AS open FROM ingestion_job WHERE batch_id = $1`, [batchId]);
      if (rows[0]!.open === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    console.log(`${workers} workers, shuffled: ${count} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await Promise.all(runners.map((runner) => runner.stop()));
    const actual = await canonicalDump(queue!.pool);
    await Promise.all(handles.map((handle) => handle.close()));

    let differing = 0;
    for (const part of Object.keys(expected)) {
      const [a, b] = [new Set(expected[part]), new Set(actual[part])];
      const onlySerial = [...a].filter((line) => !b.has(line)).length;
      const onlyParallel = [...b].filter((line) => !a.has(line)).length;
      differing += onlySerial + onlyParallel;
      console.log(`  ${part.padEnd(14)} ${String(a.size).padStart(6)} lines; only serial ${onlySerial}, only parallel ${onlyParallel}`);
    }
    console.log(differing === 0 ? "the graphs are identical" : `the graphs differ in ${differing} lines`);
    process.exitCode = differing === 0 ? 0 : 1;
  } finally {
    await serialDb.drop();
    await parallelDb.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
