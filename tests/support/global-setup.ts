// Once per `npm test`: find a Postgres server (DATABASE_URL, else an embedded
// one in a temp folder), and build a migrated template database that each
// test file clones into a database of its own (tests/support/database.ts).
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { startEmbeddedPostgres } from "../../src/db/embedded";
import { migrate } from "../../src/db/migrate";
import { databaseUrl, TEST_RUN_ENV } from "./urls";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export default async function globalSetup() {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-test-pg-"));
    const embedded = await startEmbeddedPostgres(dataDir, await freePort());
    (globalThis as { embeddedTestPostgres?: unknown }).embeddedTestPostgres = { ...embedded, dataDir };
    serverUrl = embedded.url;
  }
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const template = `newsgraph_test_${runId}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();
  await migrate(databaseUrl(serverUrl, template));
  process.env[TEST_RUN_ENV.serverUrl] = serverUrl;
  process.env[TEST_RUN_ENV.template] = template;
}
