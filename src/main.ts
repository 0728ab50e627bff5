// `npm start`: database (DATABASE_URL, else embedded Postgres under .data/),
// migrations, demo corpus on an empty database, then the GraphQL server and an
// ingestion worker (WORKER_CONCURRENCY=0 leaves the queue to `npm run worker`).
// Ctrl-C stops the server (finishing in-flight requests) and then Postgres.
import { loadConfig } from "./config";
import { createDb } from "./db/client";
import { provideDatabase } from "./db/database";
import { handleTerminationSignalsYourself } from "./db/embedded";
import { loadDemoCorpusIfEmpty } from "./demo";
import { startWorker } from "./jobs/queue";
import { createServer } from "./server";

async function main() {
  const config = loadConfig();
  const database = await provideDatabase(config);
  console.log(database.embedded ? `Embedded Postgres running, data in ${config.dataDir}` : "Using DATABASE_URL");
  if (database.applied.length) console.log(`Applied migrations: ${database.applied.join(", ")}`);

  const db = createDb(database.url, { poolSize: config.dbPoolSize, statementTimeoutMs: config.statementTimeoutMs, replicaUrls: config.databaseReplicaUrls });
  if (config.seedDemo) {
    const loaded = await loadDemoCorpusIfEmpty(db.prisma);
    if (loaded) console.log(`Loaded the demo corpus: ${loaded} articles`);
  }

  const server = createServer({ config, db });
  const url = await server.listen(config.port);
  console.log(`GraphQL API ready at ${url}`);
  // One worker in this process by default, so the two-command start also ingests submitted batches.
  const worker = config.workerConcurrency > 0 ? await startWorker({ pool: db.pool, db: db.prisma, concurrency: config.workerConcurrency }) : null;
  if (worker) console.log(`Ingestion worker running (${config.workerConcurrency} at once)`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) process.exit(1); // a second Ctrl-C does not wait
    stopping = true;
    console.log(`${signal} received, shutting down`);
    await worker?.stop();
    await server.stop();
    await db.close();
    await database.stop();
    process.exit(0);
  };
  handleTerminationSignalsYourself();
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
