// Counts the SQL statements actually sent to Postgres for one unit of work
// (a GraphQL request), so the cost of a query is measured, not inferred.
// The unit of work runs inside `countStatements(counter, work)`; every statement
// the pool sends while that async scope is current adds one to its counter.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Pool, PoolClient } from "pg";

export class StatementCounter {
  count = 0;
}

const scope = new AsyncLocalStorage<StatementCounter>();

/** Runs work with every statement it sends counted on counter. */
export function countStatements<T>(counter: StatementCounter, work: () => T): T {
  return scope.run(counter, work);
}

function countOne(): void {
  const counter = scope.getStore();
  if (counter) counter.count += 1;
}

/**
 * Instruments a pool. Statements go out two ways: `pool.query` (Prisma's
 * adapter outside transactions) is counted at the call, in the caller's async
 * scope (pg-pool may run the inner client.query from another request's scope
 * when clients are scarce); clients checked out with `pool.connect()`
 * (transactions) count their own statements until released.
 */
export function instrumentPool(pool: Pool): void {
  const poolQuery = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => {
    countOne();
    return poolQuery(...args);
  }) as Pool["query"];

  const checkedOut = new WeakSet<PoolClient>();
  pool.on("connect", (client: PoolClient) => {
    const clientQuery = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      if (checkedOut.has(client)) countOne();
      return clientQuery(...args);
    }) as PoolClient["query"];
  });
  // pool.query checks clients out with a callback; only promise-style checkouts are the caller's own.
  const poolConnect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  pool.connect = ((...args: unknown[]) => {
    if (args.length > 0) return poolConnect(...args);
    return (poolConnect() as Promise<PoolClient>).then((client) => {
      checkedOut.add(client);
      const release = client.release;
      client.release = (err?: Error | boolean) => {
        checkedOut.delete(client);
        return release.call(client, err);
      };
      return client;
    });
  }) as Pool["connect"];
}
