// Environment, read and validated once. Everything else takes a Config.
import path from "node:path";

export interface Config {
  /** "production" hides error details; anything else is development. */
  env: "development" | "production" | "test";
  port: number;
  /** External Postgres; when absent an embedded Postgres is started under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  dbPoolSize: number;
  /** Allowed CORS origins; ["*"] allows any. */
  corsOrigins: string[];
  /** Load the bundled demo corpus when the database has no articles. */
  seedDemo: boolean;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? "development";
  if (!["development", "production", "test"].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnv}"`);
  }
  return {
    env: nodeEnv as Config["env"],
    port: integer(env, "PORT", 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? ".data"),
    embeddedPostgresPort: integer(env, "EMBEDDED_PG_PORT", 54329, 1),
    dbPoolSize: integer(env, "DB_POOL_SIZE", 10, 1),
    corsOrigins: (env.CORS_ORIGINS ?? "*").split(",").map((o) => o.trim()).filter(Boolean),
    seedDemo: flag(env, "SEED_DEMO", true),
  };
}
