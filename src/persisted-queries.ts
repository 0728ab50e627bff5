// Persisted queries. Automatic persisted queries (APQ: a client sends the
// sha256 of its document, and the document itself only the first time) are
// stored in Postgres, so a document registered through one API process is known
// to all of them; a small LRU in front spares the lookup for hot documents.
// With TRUSTED_DOCUMENTS set, only the documents of that manifest run (a
// production allow-list built from the front-end's operations); they can be
// sent by hash alone, and nothing else is registered.
import { createHash } from "node:crypto";
import fs from "node:fs";
import type { ApolloServerPlugin } from "@apollo/server";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { GraphQLError } from "graphql";
import type { Pool } from "pg";

// Apollo prefixes the keys it passes to an APQ cache.
const APQ_PREFIX = "apq:";
const HOT_DOCUMENTS = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A document's key: the sha256 Apollo and the client preset compute, in hex. */
export function documentHash(document: string): string {
  return createHash("sha256").update(document).digest("hex");
}

/** The trusted documents of a manifest, by sha256; each entry's hash is checked against its document. */
export function loadTrustedDocuments(file: string): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(manifest)) {
    if (typeof document !== "string" || documentHash(document) !== hash) {
      throw new Error(`${file}: the entry ${hash.slice(0, 12)}… is not a document under its sha256`);
    }
    documents.set(hash, document);
  }
  return documents;
}

/** The document hash behind an APQ cache key. */
function hashOf(key: string): string {
  return key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key;
}

/** APQ documents in the persisted_query table, or only the trusted ones. */
export class PersistedQueryStore implements KeyValueCache<string> {
  private readonly hot = new Map<string, string>();

  constructor(
    private readonly pool: Pool,
    private readonly trusted: Map<string, string> | null,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const hash = hashOf(key);
    if (this.trusted) return this.trusted.get(hash);
    const cached = this.hot.get(hash);
    if (cached !== undefined) {
      // Most recently used last: the first entry is the one to drop.
      this.hot.delete(hash);
      this.hot.set(hash, cached);
      return cached;
    }
    const { rows } = await this.pool.query<{ query: string; used_at: Date }>("SELECT query, used_at FROM persisted_query WHERE hash = $1", [hash]);
    const row = rows[0];
    if (!row) return undefined;
    // Marked used at most daily, so that stale documents can be pruned without a write per request.
    if (Date.now() - row.used_at.getTime() > DAY_MS) void this.pool.query("UPDATE persisted_query SET used_at = now() WHERE hash = $1", [hash]).catch(() => undefined);
    this.remember(hash, row.query);
    return row.query;
  }

  async set(key: string, query: string): Promise<void> {
    if (this.trusted) return;
    const hash = hashOf(key);
    await this.pool.query("INSERT INTO persisted_query (hash, query) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING", [hash, query]);
    this.remember(hash, query);
  }

  async delete(key: string): Promise<boolean> {
    const hash = hashOf(key);
    this.hot.delete(hash);
    const { rowCount } = await this.pool.query("DELETE FROM persisted_query WHERE hash = $1", [hash]);
    return (rowCount ?? 0) > 0;
  }

  private remember(hash: string, query: string): void {
    this.hot.set(hash, query);
    if (this.hot.size > HOT_DOCUMENTS) this.hot.delete(this.hot.keys().next().value!);
  }
}

/** Refuses every operation whose document is not in the manifest, before it runs. */
export function trustedDocumentsOnly(trusted: Map<string, string>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (trusted.has(queryHash)) return;
          throw new GraphQLError("this server runs trusted documents only: send a document of its manifest (or its sha256 as a persisted query)", {
            extensions: { code: "PERSISTED_QUERY_NOT_ALLOWED", http: { status: 400 } },
          });
        },
      };
    },
  };
}
