// The per-request context: fresh DataLoaders (so batching and caching never
// leak between requests) and the counter of SQL statements the request sent.
import type { PrismaClient } from "../generated/prisma/client";
import { StatementCounter } from "../db/statements";
import { actorLoaders } from "./actor/loaders";
import { articleLoaders } from "./article/loaders";
import { claimLoaders } from "./claim/loaders";
import { eventLoaders } from "./event/loaders";
import type { LoaderSettings } from "./loader";
import { searchLoaders } from "./search/loaders";
import { topicLoaders } from "./topic/loaders";

export function createLoaders(settings: LoaderSettings) {
  return {
    ...articleLoaders(settings),
    ...eventLoaders(settings),
    ...actorLoaders(settings),
    ...claimLoaders(settings),
    ...topicLoaders(settings),
    ...searchLoaders(settings),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface GraphContext {
  prisma: PrismaClient;
  loaders: Loaders;
  /** Statements sent to Postgres for this request so far (see src/db/statements.ts). */
  statements: StatementCounter;
}

export interface ContextOptions {
  prisma: PrismaClient;
  /** False only for benchmarks of naive resolvers (config.dataLoaders, DATALOADERS=off). */
  dataLoaders?: boolean;
  /** The counter the request runs under (countStatements); a fresh one by default. */
  statements?: StatementCounter;
}

export function createContext({ prisma, dataLoaders = true, statements = new StatementCounter() }: ContextOptions): GraphContext {
  return { prisma, loaders: createLoaders({ prisma, batching: dataLoaders }), statements };
}
