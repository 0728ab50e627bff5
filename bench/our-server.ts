// Systems (a) and (b): our server as `npm start` runs it, minus the demo
// corpus, in a process of its own so its memory can be read. The runner sets
// DATALOADERS=off for (b); everything else comes from the usual environment.
import { loadConfig } from "../src/config";
import { createDb } from "../src/db/client";
import { migrate } from "../src/db/migrate";
import { createServer } from "../src/server";
import { READY_LINE, childSettings } from "./child";

async function main() {
  const { databaseUrl } = childSettings();
  const config = loadConfig(process.env);
  await migrate(databaseUrl);
  const db = createDb(databaseUrl, { poolSize: config.dbPoolSize, statementTimeoutMs: config.statementTimeoutMs });
  const server = createServer({ config, db });
  const url = await server.listen(0);
  console.log(`${READY_LINE} ${new URL(url).port}`);
  process.on("SIGTERM", async () => {
    await server.stop();
    await db.close();
    process.exit(0);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
