// Over real HTTP: query limits, the per-statement time budget, production
// error masking, metrics, and a shutdown that lets in-flight requests finish.
import { Client } from "pg";
import { createTestDatabase, useTestDatabase } from "../support/database";
import { createApiKey } from "../../src/auth/keys";
import { bearer, codes, startTestServer, type TestServer } from "./server";

/** Holds an exclusive lock on a table until released: reads of it wait (and count against statement_timeout). */
async function lockTable(url: string, table: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query("BEGIN");
  await client.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  return async () => {
    await client.query("ROLLBACK");
    await client.end();
  };
}

/** Resolves once some backend is waiting on a lock: the request is in flight. */
async function untilWaitingOnLock(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 200; attempt++) {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`);
      if (rows[0].n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("no request started waiting on the lock");
  } finally {
    await client.end();
  }
}

describe("query limits", () => {
  const db = useTestDatabase();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(db().url, { QUERY_MAX_DEPTH: "6", QUERY_MAX_ALIASES: "5", QUERY_MAX_TOKENS: "400", QUERY_MAX_DIRECTIVES: "3", QUERY_MAX_COST: "1000" });
  });
  afterAll(() => server.stop());

  const nested = (depth: number) => `{ articles(first: 1) { nodes { ${"actors(first: 1) { nodes { articles(first: 1) { nodes { ".repeat(depth)}title${" } } } }".repeat(depth)} } } }`;

  it.each([
    ["depth", nested(3), 6],
    ["aliases", `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: articles(first: 1) { totalCount }`).join(" ")} }`, 5],
    ["directives", `{ articles(first: 1) @skip(if: false) { totalCount @include(if: true) pageInfo @include(if: true) { hasNextPage @skip(if: false) } } }`, 3],
    ["tokens", `{ articles(first: 1) { ${"totalCount ".repeat(400)} } }`, 400],
    ["cost", `{ articles(first: 100) { nodes { actors(first: 10) { nodes { name } } } } }`, 1000],
  ])("rejects a query over the %s limit before execution, naming the limit and its value", async (limit, query, max) => {
    const response = await server.gql(query);
    expect(response.status).toBe(400);
    expect(codes(response.body)).toContain("QUERY_LIMIT_EXCEEDED");
    const error = response.body.errors.find((e: { extensions: { code: string } }) => e.extensions.code === "QUERY_LIMIT_EXCEEDED");
    expect(error.extensions).toMatchObject({ limit, max });
    expect(error.message).toContain(String(max));
    expect(response.body.extensions?.sqlStatements ?? 0).toBe(0);
  });

  it("runs queries within every limit", async () => {
    const response = await server.gql(`{ articles(first: 10) { nodes { actors(first: 5) { nodes { name } } } } }`);
    expect(response.body.errors).toBeUndefined();
  });
});

describe("default query limits admit what front-ends ask", () => {
  const db = useTestDatabase();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(db().url);
  });
  afterAll(() => server.stop());

  const edges = (field: string, inner: string) => `${field}(first: 2) { edges { cursor node { id ${inner} } } pageInfo { hasNextPage endCursor } }`;

  it("runs a 6-relation Relay query written with edges { node }", async () => {
    const query = `{ ${edges("articles", edges("events", edges("participants", `actor { ${edges("claims", `article { ${edges("topics", "slug")} }`)} }`)))} }`;
    const response = await server.gql(query);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.articles.edges).toEqual([]);
  });

  it("refuses a cyclic 20-relation query, naming the hops found", async () => {
    const query = `{ actors(first: 1) { nodes { ${"coActors(first: 1) { nodes { actor { ".repeat(9)}name${" } } }".repeat(9)} } } }`;
    const response = await server.gql(query);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "depth", max: 10 });
    expect(response.body.errors[0].message).toBe("Query depth limit of 10 relationship hops exceeded, found 19.");
  });

  it("runs a 50-item page with two nested 20-item lists", async () => {
    const page = `{ articles(first: 50) { nodes { actors(first: 20) { nodes { id } } claims(first: 20) { nodes { id speaker { id } } } } } }`;
    expect((await server.gql(page)).body.errors).toBeUndefined();
    const network = `{ actors(first: 100) { nodes { coActors(first: 20) { nodes { sharedEvents actor { id } } } } } }`;
    expect((await server.gql(network)).body.errors).toBeUndefined();
  });

  it("says which limit a thousand-field query hit, instead of graphql-js's bare \"Validation aborted.\"", async () => {
    for (const query of [`{ ${"__typename ".repeat(1000)}}`, `{ articles { nodes { ${"title ".repeat(600)}} } }`]) {
      const response = await server.gql(query);
      expect(response.status).toBe(400);
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors[0]).toMatchObject({
        message: expect.stringMatching(/^Query field limit of 500 exceeded, found \d+\.$/),
        extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "fields", max: 500 },
      });
    }
  });

  it("says the cost, the limit and the field that contributes most when refusing", async () => {
    const response = await server.gql(`{ articles(first: 100) { nodes { id claims(first: 100) { nodes { id topics(first: 5) { nodes { slug } } } } } } }`);
    expect(response.status).toBe(400);
    const [error] = response.body.errors;
    expect(error.extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "cost", max: 20000, cost: 60100, heaviestField: "articles.claims.topics" });
    expect(error.message).toBe("Query cost limit of 20000 rows exceeded, found 60100. `articles.claims.topics` contributes most (50000 rows).");
  });
});

describe("statement timeout", () => {
  const db = useTestDatabase();

  it("cancels a statement over budget with QUERY_TIMEOUT and keeps serving", async () => {
    const server = await startTestServer(db().url, { STATEMENT_TIMEOUT_MS: "300" });
    const release = await lockTable(db().url, "article");
    try {
      const slow = await server.gql(`{ articles(first: 1) { totalCount } }`);
      expect(codes(slow.body)).toEqual(["QUERY_TIMEOUT"]);
      expect(slow.body.errors[0].message).toMatch(/took longer than the server allows/);
    } finally {
      await release();
    }
    const after = await server.gql(`{ articles(first: 1) { totalCount } }`);
    expect(after.body.data.articles.totalCount).toBe(0);
    expect((await fetch(`${server.base}/ready`)).status).toBe(200);
    await server.stop();
  });
});

describe("production mode", () => {
  it("never sends stack traces or SQL", async () => {
    // A database whose table lost a column: every read of it fails inside Postgres.
    const broken = await createTestDatabase();
    await broken.pool.query(`ALTER TABLE topic RENAME COLUMN name TO renamed`);
    const production = await startTestServer(broken.url, { NODE_ENV: "production" });
    const development = await startTestServer(broken.url);
    try {
      const query = `{ topics(first: 1) { nodes { name } } }`;
      const hidden = await production.gql(query);
      expect(hidden.body.errors).toEqual([{ message: "Internal server error", locations: expect.any(Array), path: ["topics"], extensions: { code: "INTERNAL_SERVER_ERROR" } }]);
      expect(JSON.stringify(hidden.body)).not.toMatch(/renamed|SELECT|does not exist|\.ts:\d/);
      const shown = await development.gql(query);
      expect(JSON.stringify(shown.body)).toMatch(/stacktrace/);
      // Typos do not reveal field names in production.
      const typo = await production.gql(`{ topics(first: 1) { nodes { nam } } }`);
      expect(JSON.stringify(typo.body)).not.toContain("Did you mean");
      expect((await fetch(production.url, { method: "POST" })).headers.get("x-powered-by")).toBeNull();
    } finally {
      await production.stop();
      await development.stop();
      await broken.close();
    }
  });
});

describe("debugging detail and introspection", () => {
  const db = useTestDatabase();
  const failing = `{ articles(first: 1000) { totalCount } }`;

  it("production sends no stack traces, no sqlStatements and no introspection unless asked", async () => {
    const production = await startTestServer(db().url, { NODE_ENV: "production" });
    const asked = await startTestServer(db().url, { NODE_ENV: "production", DEBUG_RESPONSES: "true", INTROSPECTION: "true" });
    try {
      const plain = await production.gql(failing);
      expect(codes(plain.body)).toEqual(["BAD_USER_INPUT"]);
      expect(plain.body.errors[0].extensions.stacktrace).toBeUndefined();
      expect(plain.body.extensions?.sqlStatements).toBeUndefined();
      expect(codes((await production.gql(`{ __schema { queryType { name } } }`)).body)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);

      // An ADMIN key asks for the detail per request.
      const { secret } = await createApiKey(db().prisma, "ops", "ADMIN");
      const admin = await production.gql(failing, undefined, bearer(secret));
      expect(admin.body.errors[0].extensions.stacktrace).toEqual(expect.any(Array));
      expect(admin.body.extensions.sqlStatements).toEqual(expect.any(Number));
      const editor = await production.gql(failing, undefined, bearer((await createApiKey(db().prisma, "desk", "EDITOR")).secret));
      expect(editor.body.errors[0].extensions.stacktrace).toBeUndefined();

      // The settings ask for it for everyone.
      expect((await asked.gql(failing)).body.errors[0].extensions.stacktrace).toEqual(expect.any(Array));
      expect((await asked.gql(`{ __schema { queryType { name } } }`)).body.data.__schema.queryType.name).toBe("Query");
    } finally {
      await production.stop();
      await asked.stop();
    }
  });

  it("development reports the statements a request sent", async () => {
    const development = await startTestServer(db().url, { NODE_ENV: "development" });
    try {
      expect((await development.gql(`{ articles(first: 1) { totalCount } }`)).body.extensions.sqlStatements).toBe(1);
    } finally {
      await development.stop();
    }
  });
});

describe("metrics and shutdown", () => {
  const db = useTestDatabase();

  it("exports request, SQL-statement and DataLoader metrics by operation", async () => {
    const server = await startTestServer(db().url);
    try {
      await db().pool.query(`INSERT INTO article (body, raw_text, language, content_hash) VALUES ('b', 'b', 'en', 'h1'), ('c', 'c', 'en', 'h2')`);
      await server.gql(`query LatestWithText { articles(first: 5) { nodes { title rawText } } }`);
      const metrics = await (await fetch(`${server.base}/metrics`)).text();
      expect(metrics).toMatch(/http_requests_total\{route="\/graphql",operation="LatestWithText",status="200"\} 1/);
      expect(metrics).toMatch(/http_request_duration_seconds_count\{route="\/graphql",operation="LatestWithText"\} 1/);
      expect(metrics).toMatch(/graphql_sql_statements_per_request_sum\{operation="LatestWithText"\} 2/);
      expect(metrics).toMatch(/dataloader_batch_size_bucket\{le="2"\} [1-9]/);
    } finally {
      await server.stop();
    }
  });

  it("finishes in-flight requests on stop() and refuses new ones", async () => {
    const server = await startTestServer(db().url, { STATEMENT_TIMEOUT_MS: "30000" });
    const release = await lockTable(db().url, "article");
    const inFlight = server.gql(`{ articles(first: 1) { totalCount } }`);
    await untilWaitingOnLock(db().url);
    const stopped = server.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(fetch(`${server.base}/health`)).rejects.toThrow();
    await release();
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(answered.body.data.articles.totalCount).toBeGreaterThanOrEqual(0);
    await stopped;
  });
});
