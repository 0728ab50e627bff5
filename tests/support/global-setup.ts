// Once per `npm test`: find a Postgres server (DATABASE_URL, else an embedded
// one in a temp folder), and build a migrated template database that each
// test file clones into a database of its own (tests/support/database.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { startEmbeddedPostgres } from "../../src/db/embedded";
import { migrate } from "../../src/db/migrate";
import { freePort } from "../../src/net";
import { databaseUrl, TEST_RUN_ENV } from "./urls";

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
