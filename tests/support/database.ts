// A database of its own for each test file, cloned from the run's migrated
// template, so files run in parallel without seeing each other's rows.
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { createDb, type DbHandle } from "../../src/db/client";
import { databaseUrl, TEST_RUN_ENV } from "./urls";

export interface TestDatabase extends DbHandle {
  url: string;
  /** Empties every table except the seeded topic taxonomy and the migrations log. */
  reset(): Promise<void>;
}

function runSettings() {
  const serverUrl = process.env[TEST_RUN_ENV.serverUrl];
  const template = process.env[TEST_RUN_ENV.template];
  if (!serverUrl || !template) throw new Error("tests/support/global-setup.ts did not run");
  return { serverUrl, template };
}

/** Creates an empty, migrated database; the caller closes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { serverUrl, template } = runSettings();
  const name = `${template}_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(serverUrl, name);
  const handle = createDb(url, { poolSize: 5 });
  return {
    ...handle,
    url,
    async reset() {
      const { rows } = await handle.pool.query<{ tablename: string }>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'topic')`,
      );
      await handle.pool.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
    },
  };
}

/** Jest hooks: a fresh database for this file, closed after it. */
export function useTestDatabase(): () => TestDatabase {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });
  return () => {
    if (!db) throw new Error("useTestDatabase(): the database is ready only inside tests");
    return db;
  };
}
