// Whole responses of anonymous queries, kept per API process and served
// without executing (RESPONSE_CACHE_ENTRIES). Any committed change to the
// graph, by any process, drops them all: Postgres notifies every process
// (ChangeFeed.onGraphChange), and a mutation through this process drops them
// at once, before its response is sent. A response computed while the graph
// changed is not kept (the generation moved on), so a kept answer never
// predates a change the process has heard of. Authenticated requests (whose
// reads may need to see their own writes) always execute.
import { createHash } from "node:crypto";
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from "@apollo/server";
import type { GraphContext } from "./graph/context";
import type { ChangeFeed } from "./subscriptions/changes";

export class ResponseCache {
  private readonly entries = new Map<string, Record<string, unknown>>();
  /** Bumped on every change of the graph; a response computed across a bump is not kept. */
  generation = 0;
  hits = 0;
  misses = 0;

  constructor(readonly maxEntries: number) {}

  get(key: string): Record<string, unknown> | undefined {
    const data = this.entries.get(key);
    if (data === undefined) return undefined;
    // Least recently used goes first: a hit moves to the end.
    this.entries.delete(key);
    this.entries.set(key, data);
    return data;
  }

  set(key: string, data: Record<string, unknown>, generation: number): void {
    if (generation !== this.generation) return;
    this.entries.set(key, data);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

function cacheKey({ request }: GraphQLRequestContext<GraphContext>): string {
  return createHash("sha256")
    .update(JSON.stringify([request.query ?? "", request.operationName ?? null, request.variables ?? {}]))
    .digest("hex");
}

/** Serves and stores anonymous queries' responses; drops them on changes (see above). */
export function responseCachePlugin(cache: ResponseCache, changes: ChangeFeed): ApolloServerPlugin<GraphContext> {
  changes.onGraphChange(() => cache.invalidate());
  return {
    async requestDidStart() {
      let stored: { key: string; generation: number } | undefined;
      return {
        async responseForOperation(requestContext) {
          if (requestContext.operation?.operation !== "query" || requestContext.contextValue.auth) return null;
          const key = cacheKey(requestContext);
          const data = cache.get(key);
          if (data) {
            cache.hits++;
            // Responses are serialised, never changed, after execution: the kept object is sent as is.
            return { http: { status: undefined, headers: new HeaderMap([["x-response-cache", "hit"]]) }, body: { kind: "single", singleResult: { data } } };
          }
          cache.misses++;
          stored = { key, generation: cache.generation };
          return null;
        },
        async willSendResponse({ operation, response }) {
          if (operation?.operation === "mutation") cache.invalidate();
          if (!stored || response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          response.http.headers.set("x-response-cache", "miss");
          if (data && !errors?.length) cache.set(stored.key, data, stored.generation);
        },
      };
    },
  };
}
