// npm run db:migrate — applies pending SQL migrations to DATABASE_URL (or the embedded Postgres).
import { loadConfig } from "../config";
import { provideDatabase } from "../db/database";

async function main() {
  const database = await provideDatabase(loadConfig());
  console.log(database.applied.length ? `applied ${database.applied.join(", ")}` : "database is up to date");
  await database.stop();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
