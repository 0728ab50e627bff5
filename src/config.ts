// Environment, read and validated once. Everything else takes a Config.
import path from "node:path";

export interface Config {
  /** "production" hides error details; anything else is development. */
  env: "development" | "production" | "test";
  port: number;
  /** External Postgres; when absent an embedded Postgres is started under dataDir. */
  databaseUrl: string | undefined;
  /** Streaming replicas of DATABASE_URL (comma-separated): queries read there, mutations and read-your-writes on the primary. */
  databaseReplicaUrls: string[];
  dataDir: string;
  embeddedPostgresPort: number;
  dbPoolSize: number;
  /** Allowed CORS origins; ["*"] allows any. */
  corsOrigins: string[];
  /** Load the bundled demo corpus when the database has no articles. */
  seedDemo: boolean;
  /** Queries are open unless this is set; mutations always need a key. */
  requireKeyForQueries: boolean;
  /** Largest article text accepted by ingestion, in UTF-8 bytes. */
  maxArticleBytes: number;
  /** Postgres statement_timeout for every statement the server runs. */
  statementTimeoutMs: number;
  /** Rejected before execution when exceeded (src/limits). */
  queryLimits: QueryLimits;
  logLevel: string;
  /** Schema introspection (and so Sandbox/GraphiQL's schema view); off by default in production. */
  introspection: boolean;
  /** Stack traces in errors and extensions.sqlStatements for every request; off by default in production (an ADMIN key still gets them). */
  debugResponses: boolean;
  /** Batch and cache database reads per request (DataLoader). Off only to benchmark naive resolvers. */
  dataLoaders: boolean;
  /**
   * A JSON file of trusted documents ({ "<sha256>": "<document>" }, as GraphQL Code Generator's
   * client preset writes it): when set, only those operations run (src/persisted-queries.ts).
   */
  trustedDocuments: string | undefined;
  /** Ingestion jobs this process works on at once (src/jobs); 0: none, leave them to `npm run worker` processes. */
  workerConcurrency: number;
  /**
   * Anonymous queries' responses kept per process, dropped on any committed change to the graph
   * (src/response-cache.ts); 0 (the default): no cache. Off while DATABASE_REPLICA_URLS is set.
   */
  responseCacheEntries: number;
}

export interface QueryLimits {
  /** Relationship hops (Relay wrappers do not count). */
  maxDepth: number;
  /** Rows the query can read: per field, the product of the page sizes on its path, summed. */
  maxCost: number;
  maxAliases: number;
  /** Field selections in the document, checked before validation. */
  maxFields: number;
  maxTokens: number;
  maxDirectives: number;
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
    databaseReplicaUrls: (env.DATABASE_REPLICA_URLS ?? "").split(",").map((url) => url.trim()).filter(Boolean),
    dataDir: path.resolve(env.DATA_DIR ?? ".data"),
    embeddedPostgresPort: integer(env, "EMBEDDED_PG_PORT", 54329, 1),
    dbPoolSize: integer(env, "DB_POOL_SIZE", 10, 1),
    corsOrigins: (env.CORS_ORIGINS ?? "*").split(",").map((o) => o.trim()).filter(Boolean),
    seedDemo: flag(env, "SEED_DEMO", true),
    requireKeyForQueries: flag(env, "REQUIRE_KEY_FOR_QUERIES", false),
    maxArticleBytes: integer(env, "MAX_ARTICLE_BYTES", 1024 * 1024, 1),
    statementTimeoutMs: integer(env, "STATEMENT_TIMEOUT_MS", 5000, 1),
    queryLimits: {
      maxDepth: integer(env, "QUERY_MAX_DEPTH", 10, 1),
      maxCost: integer(env, "QUERY_MAX_COST", 20000, 1),
      maxAliases: integer(env, "QUERY_MAX_ALIASES", 30, 1),
      maxFields: integer(env, "QUERY_MAX_FIELDS", 500, 1),
      maxTokens: integer(env, "QUERY_MAX_TOKENS", 2000, 1),
      maxDirectives: integer(env, "QUERY_MAX_DIRECTIVES", 20, 1),
    },
    logLevel: env.LOG_LEVEL ?? (nodeEnv === "test" ? "silent" : "info"),
    introspection: flag(env, "INTROSPECTION", nodeEnv !== "production"),
    debugResponses: flag(env, "DEBUG_RESPONSES", nodeEnv !== "production"),
    dataLoaders: flag(env, "DATALOADERS", true),
    trustedDocuments: env.TRUSTED_DOCUMENTS ? path.resolve(env.TRUSTED_DOCUMENTS) : undefined,
    workerConcurrency: integer(env, "WORKER_CONCURRENCY", 2, 0),
    responseCacheEntries: integer(env, "RESPONSE_CACHE_ENTRIES", 0, 0),
  };
}
