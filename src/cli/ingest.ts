// `npm run ingest -- [--queue] <files or folders>`: ingests .txt articles
// (metadata from a manifest.json beside them) into DATABASE_URL or the embedded
// Postgres, then prints what was added; with --queue, enqueues them as one
// batch for the workers and prints its id. Exits non-zero only when it could not run.
import { loadConfig } from "../config";
import { createDb } from "../db/client";
import { provideDatabase } from "../db/database";
import { toGlobalId } from "../graph/ids";
import { ingestCorpus, readCorpus, type CorpusSummary } from "../ingest/corpus";
import { enqueueArticles } from "../jobs/queue";
import { progressReporter } from "./progress";

function formatSummary(summary: CorpusSummary): string {
  const lines = [
    `articles: ${summary.articlesNew} new, ${summary.articlesSkipped} skipped (already stored), ${summary.failures.length} failed`,
    `actors:   ${summary.actorsCreated} created, ${summary.actorsMerged} merged into existing`,
    `claims:   ${summary.claimsCreated} created`,
    `events:   ${summary.eventsCreated} created, ${summary.eventsMerged} merged into existing`,
    ...summary.failures.map((failure) => `failed:   ${failure.file}: ${failure.reason}`),
  ];
  return lines.join("\n");
}

async function main(args: string[]) {
  const queue = args.includes("--queue");
  const paths = args.filter((arg) => arg !== "--queue");
  if (paths.length === 0) {
    console.error("usage: npm run ingest -- [--queue] <files or folders of .txt articles>");
    process.exit(2);
  }
  const files = readCorpus(paths);
  const database = await provideDatabase(loadConfig());
  const db = createDb(database.url);
  try {
    if (queue) {
      // Workers (npm start's, or npm run worker) ingest them; ingestionBatch(id) reports progress.
      const batchId = await enqueueArticles(db.pool, files.map((file) => file.input));
      console.log(`queued ${files.length} articles as batch ${toGlobalId("IngestionBatch", batchId)}`);
      return;
    }
    const summary = await ingestCorpus(db.prisma, files, progressReporter("ingesting"));
    console.log(formatSummary(summary));
  } finally {
    await db.close();
    await database.stop();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
