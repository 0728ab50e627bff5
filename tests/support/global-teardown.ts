// Drops every database this run made and stops the embedded Postgres, if any.
import fs from "node:fs";
import { Client } from "pg";
import { TEST_RUN_ENV } from "./urls";

export default async function globalTeardown() {
  const serverUrl = process.env[TEST_RUN_ENV.serverUrl];
  const template = process.env[TEST_RUN_ENV.template];
  if (serverUrl && template) {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${template}%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  }
  const embedded = (globalThis as { embeddedTestPostgres?: { stop(): Promise<void>; dataDir: string } }).embeddedTestPostgres;
  if (embedded) {
    await embedded.stop();
    fs.rmSync(embedded.dataDir, { recursive: true, force: true });
  }
}
