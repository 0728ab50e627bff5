// The per-request context: fresh DataLoaders (so batching and caching never
// leak between requests) and the counter of SQL statements the request sent.
import type { Pool } from "pg";
import type { Authenticated } from "../auth/keys";
import type { PrismaClient } from "../generated/prisma/client";
import type { RequestObservation } from "../observability/requests";
import type { ArticleLimits } from "../validation/article";
import type { ChangeFeed } from "../subscriptions/changes";
import { StatementCounter } from "../db/statements";
import { actorLoaders } from "./actor/loaders";
import { aggregateLoaders } from "./aggregate/loaders";
import { articleLoaders } from "./article/loaders";
import { claimLoaders } from "./claim/loaders";
import { curationLoaders } from "./curation/loaders";
import { eventLoaders } from "./event/loaders";
import { ingestionLoaders } from "./ingestion/loaders";
import { pagesLoader, type LoaderSettings } from "./loader";
import { searchLoaders } from "./search/loaders";
import { topicLoaders } from "./topic/loaders";

export function createLoaders(settings: LoaderSettings) {
  return {
    pages: pagesLoader(settings),
    ...articleLoaders(settings),
    ...eventLoaders(settings),
    ...actorLoaders(settings),
    ...claimLoaders(settings),
    ...topicLoaders(settings),
    ...searchLoaders(settings),
    ...curationLoaders(settings),
    ...aggregateLoaders(settings),
    ...ingestionLoaders(settings),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface GraphContext {
  prisma: PrismaClient;
  /** The pool Prisma runs on: for the job queue's statements (src/jobs). */
  pool: Pool;
  loaders: Loaders;
  /** Statements sent to Postgres for this request so far (see src/db/statements.ts). */
  statements: StatementCounter;
  /** The caller's API key, null when none was sent (src/auth). */
  auth: Authenticated | null;
  /** Limits mutation input is checked against (src/validation). */
  inputLimits: ArticleLimits;
  /** Logs and metrics of this request (src/observability), when served over HTTP. */
  observation?: RequestObservation;
  /** Rows changed by any process, for subscriptions (src/subscriptions). */
  changes?: ChangeFeed;
  /** Fresh DataLoaders: a subscription's context lives as long as it does, and each event must read current rows. */
  renewLoaders(): void;
  /** Sends the loaders' reads to this pool (a read replica, src/db/replicas.ts) instead of the primary's. */
  readFrom(pool: Pool): void;
}

/** Ingestion limits when the server does not say otherwise: 1 MB per article, 100 per batch. */
export const DEFAULT_INPUT_LIMITS: ArticleLimits = { maxArticleBytes: 1024 * 1024, maxBatch: 100 };

export interface ContextOptions {
  /** For writes (mutations, curation). */
  prisma: PrismaClient;
  /** For the loaders' reads: the pool Prisma runs on (src/db/client.ts). */
  pool: Pool;
  /** False only for benchmarks of naive resolvers (config.dataLoaders, DATALOADERS=off). */
  dataLoaders?: boolean;
  /** The counter the request runs under (countStatements); a fresh one by default. */
  statements?: StatementCounter;
  auth?: Authenticated | null;
  inputLimits?: ArticleLimits;
  observation?: RequestObservation;
  changes?: ChangeFeed;
}

export function createContext({
  prisma,
  pool,
  dataLoaders = true,
  statements = new StatementCounter(),
  auth = null,
  inputLimits = DEFAULT_INPUT_LIMITS,
  observation,
  changes,
}: ContextOptions): GraphContext {
  const settings = { pool, batching: dataLoaders };
  const context: GraphContext = {
    prisma,
    pool,
    loaders: createLoaders(settings),
    statements,
    auth,
    inputLimits,
    observation,
    changes,
    renewLoaders: () => void (context.loaders = createLoaders(settings)),
    // The loaders read settings.pool at each statement, so this applies to all reads from now on.
    readFrom: (readPool) => void (settings.pool = readPool),
  };
  return context;
}
