// The one place a Prisma client is made. Prisma 7 talks to Postgres through
// the pg driver adapter; we own the pg Pool so its size is configurable and
// raw windowed queries (src/graph/connection.ts) share the same connections.
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { instrumentPool } from "./statements";

export type Db = PrismaClient;

export interface DbHandle {
  prisma: PrismaClient;
  pool: Pool;
  /** Pools on read replicas (DATABASE_REPLICA_URLS), empty without: read-only operations may run there. */
  replicaPools: Pool[];
  close(): Promise<void>;
}

export interface DbOptions {
  poolSize?: number;
  /** Streaming replicas of the database, for reads that may lag a little behind it. */
  replicaUrls?: string[];
  /** Postgres cancels any statement running longer (error 57014); unset means no limit. */
  statementTimeoutMs?: number;
}

export function createDb(url: string, options: DbOptions = {}): DbHandle {
  const pool = new Pool({ connectionString: url, max: options.poolSize ?? 10, statement_timeout: options.statementTimeoutMs });
  // A client losing its connection (Postgres restarted) must not crash the process: the pool
  // reports idle clients' errors here, and a client checked out for a transaction emits its own,
  // unheard unless it has a listener. The statement in flight still fails, and is answered.
  pool.on("error", () => undefined);
  pool.on("connect", (client) => client.on("error", () => undefined));
  // Per-request statement counts (GraphQL context, metrics, benchmarks).
  instrumentPool(pool);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const replicaPools = (options.replicaUrls ?? []).map((replicaUrl) => {
    const replica = new Pool({ connectionString: replicaUrl, max: options.poolSize ?? 10, statement_timeout: options.statementTimeoutMs });
    replica.on("error", () => undefined);
    replica.on("connect", (client) => client.on("error", () => undefined));
    instrumentPool(replica);
    return replica;
  });
  return {
    prisma,
    pool,
    replicaPools,
    async close() {
      await prisma.$disconnect();
      await Promise.all([pool, ...replicaPools].map((each) => each.end().catch(() => undefined)));
    },
  };
}
