// A real HTTP server on a free port over a test database, and a small client for it.
import { loadConfig } from "../../src/config";
import { createDb } from "../../src/db/client";
import { createServer } from "../../src/server";

export interface HttpResult {
  status: number;
  /** Absent on results made up in tests. */
  headers?: Headers;
  // Response bodies are checked field by field in tests.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface TestServer {
  url: string;
  /** http://host:port, for /health, /ready and /metrics. */
  base: string;
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<HttpResult>;
  /** Any POST to /graphql, body sent as given. */
  post(body: string, headers?: Record<string, string>): Promise<HttpResult>;
  stop(): Promise<void>;
}

export async function startTestServer(databaseUrl: string, env: Record<string, string> = {}): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: databaseUrl, ...env });
  const db = createDb(databaseUrl, { poolSize: 5, statementTimeoutMs: config.statementTimeoutMs, replicaUrls: config.databaseReplicaUrls });
  const server = createServer({ config, db });
  const url = (await server.listen(0)).replace("localhost", "127.0.0.1");
  const post = async (body: string, headers: Record<string, string> = {}): Promise<HttpResult> => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: kept as text for the assertion to show.
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };
  return {
    url,
    base: url.replace(/\/graphql$/, ""),
    post,
    gql: (query, variables, headers) => post(JSON.stringify({ query, variables }), headers),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** extensions.code of each error in a GraphQL response body. */
export const codes = (body: { errors?: { extensions?: { code?: string } }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);

export const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
