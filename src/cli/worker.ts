// `npm run worker`: one ingestion worker (src/jobs) on DATABASE_URL, taking
// jobs until Ctrl-C / SIGTERM, when it finishes the jobs in hand. Stateless:
// start as many as the machine holds, on as many machines as reach the database.
import { loadConfig } from "../config";
import { createDb } from "../db/client";
import { provideDatabase } from "../db/database";
import { handleTerminationSignalsYourself } from "../db/embedded";
import { startWorker } from "../jobs/queue";

async function main() {
  const config = loadConfig();
  const database = await provideDatabase(config);
  const db = createDb(database.url, { poolSize: config.dbPoolSize });
  const concurrency = Math.max(config.workerConcurrency, 1);
  const worker = await startWorker({ pool: db.pool, db: db.prisma, concurrency });
  console.log(`Ingestion worker running (${concurrency} at once)`);
  const stop = async () => {
    await worker.stop();
    await db.close();
    await database.stop();
    process.exit(0);
  };
  handleTerminationSignalsYourself();
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error(`worker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
