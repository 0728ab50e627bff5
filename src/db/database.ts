// Where the database comes from: DATABASE_URL when set, otherwise an embedded
// Postgres under the data folder. Either way it is migrated before use.
import type { Config } from "../config";
import { startEmbeddedPostgres } from "./embedded";
import { migrate } from "./migrate";

export interface ProvidedDatabase {
  url: string;
  embedded: boolean;
  /** Migrations applied by this call. */
  applied: string[];
  /** Stops the embedded Postgres; a no-op for an external database. */
  stop(): Promise<void>;
}

/** Where a database is, for people: its URL without the password, and whether it is the embedded one. */
export function describeDatabase(database: ProvidedDatabase, config: Config): string {
  const url = new URL(database.url);
  if (url.password) url.password = "***";
  return database.embedded ? `the embedded Postgres in ${config.dataDir} (${url})` : `${url} (DATABASE_URL)`;
}

export async function provideDatabase(config: Config): Promise<ProvidedDatabase> {
  if (config.databaseUrl) {
    const applied = await migrate(config.databaseUrl);
    return { url: config.databaseUrl, embedded: false, applied, stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort);
  try {
    const applied = await migrate(embedded.url);
    return { url: embedded.url, embedded: true, applied, stop: embedded.stop };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
