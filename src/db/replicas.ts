// Read scaling: with DATABASE_REPLICA_URLS, read-only GraphQL operations
// (queries) read from the streaming replicas, taking turns; mutations, and
// their payloads, stay on the primary. Read-your-writes: a replica may lag, so
// for a few seconds after an API key's mutation that key's queries read from
// the primary too (remembered per process: behind a load balancer, the next
// query may reach another API process, which lets a replica answer it).
import type { ApolloServerPlugin } from "@apollo/server";
import type { Pool } from "pg";
import type { GraphContext } from "../graph/context";

/** Longer than a healthy replica's lag (milliseconds on one network). */
export const READ_YOUR_WRITES_MS = 5000;

export function replicaRouting(replicas: Pool[]): ApolloServerPlugin<GraphContext> {
  let turn = 0;
  const wroteAt = new Map<number, number>();
  const recentlyWrote = (keyId: number | undefined) => keyId !== undefined && Date.now() - (wroteAt.get(keyId) ?? 0) < READ_YOUR_WRITES_MS;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const keyId = contextValue.auth?.apiKey.id;
          if (operation?.operation === "mutation" && keyId !== undefined) wroteAt.set(keyId, Date.now());
          if (operation?.operation !== "query" || replicas.length === 0 || recentlyWrote(keyId)) return;
          contextValue.readFrom(replicas[turn++ % replicas.length]!);
        },
      };
    },
  };
}
