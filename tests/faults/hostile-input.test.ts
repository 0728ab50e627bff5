// Hostile input over real HTTP: every case gets the right status and error
// code (or a clean answer, when the input is odd but legitimate), the server
// stays healthy after each batch, and no payload reaches SQL as code.
import { createApiKey } from "../../src/auth/keys";
import { toGlobalId } from "../../src/graph/ids";
import { useTestDatabase } from "../support/database";
import { bearer, startTestServer, type HttpResult, type TestServer } from "../hardening/server";

interface Expectation {
  status: number;
  /** Error codes the response may carry (at least one error); empty means a clean answer with data. */
  codes: string[];
}
type Case = [name: string, send: () => Promise<HttpResult>, expected: Expectation];

const ok = (): Expectation => ({ status: 200, codes: [] });
const rejected = (status: number, ...codes: string[]): Expectation => ({ status, codes });

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE article; --",
  "\\'; SELECT pg_sleep(10); --",
  "%' AND 1=1 --",
  "_%_%_",
  "$1 $$ $body$",
  "<script>alert(1)</script>",
  "{{7*7}} ${7*7} #{7*7}",
  "../../../../etc/passwd",
  "\\\\x00 \\u0000",
  ") OR (1=1",
  "\" OR \"\"=\"",
];

describe("hostile input", () => {
  const db = useTestDatabase();
  let server: TestServer;
  let editor: Record<string, string>;
  let actorId: string;
  const gql = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => server.gql(query, variables, headers);
  const raw = (body: string | Buffer, contentType = "application/json") =>
    fetch(server.url, { method: "POST", headers: { "content-type": contentType }, body }).then(async (r) => {
      const text = await r.text();
      try {
        return { status: r.status, body: JSON.parse(text) };
      } catch {
        return { status: r.status, body: text };
      }
    });

  beforeAll(async () => {
    server = await startTestServer(db().url);
    editor = bearer((await createApiKey(db().prisma, "hostile-suite", "EDITOR")).secret);
    const actor = await db().prisma.actor.create({ data: { name: "Target", kind: "PERSON", aliases: { create: [{ surface: "Target", normalized: "target" }] } } });
    actorId = toGlobalId("Actor", actor.id);
  });
  afterAll(() => server.stop());

  function expectAnswer(result: HttpResult, expected: Expectation) {
    expect(result.status).toBe(expected.status);
    const codes: string[] = (result.body?.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
    if (expected.codes.length === 0) {
      expect(codes).toEqual([]);
      expect(result.body.data).toBeDefined();
    } else {
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) expect(expected.codes).toContain(code);
    }
    expect(JSON.stringify(result.body)).not.toMatch(/INTERNAL_SERVER_ERROR/);
  }

  function batch(title: string, cases: () => Case[]) {
    describe(title, () => {
      // Built lazily: cases refer to the server and ids made in beforeAll.
      const table = cases();
      it.each(table.map(([name], index) => [name, index] as const))("%s", async (_name, index) => {
        const [, send, expected] = cases()[index]!;
        expectAnswer(await send(), expected);
      });
      it("leaves the server healthy", async () => {
        expect((await fetch(`${server.base}/health`)).status).toBe(200);
        expect((await gql(`{ articles(first: 1) { totalCount } }`)).status).toBe(200);
      });
    });
  }

  const nestedConnections = (depth: number) =>
    `{ actors(first: 1) { nodes { ${"articles(first: 1) { nodes { actors(first: 1) { nodes { ".repeat(depth)}name${" } } } }".repeat(depth)} } } }`;

  /** 41 fragments, each spreading the next twice, ending in `leaf`. */
  const fanOut = (leaf: string) =>
    `{ actors(first: 1) { nodes { ...F0 } } } ${Array.from({ length: 40 }, (_, i) => `fragment F${i} on Actor { ...F${i + 1} ...F${i + 1} }`).join(" ")} fragment F40 on Actor { ${leaf} }`;

  batch("malformed JSON and HTTP", () => [
    ["unterminated object", () => raw("{"), rejected(400, "BAD_REQUEST")],
    ["missing value", () => raw(`{"query": }`), rejected(400, "BAD_REQUEST")],
    ["unterminated string", () => raw(`{"query": "{ articles { totalCount } }`), rejected(400, "BAD_REQUEST")],
    ["truncated array", () => raw("[1,2"), rejected(400, "BAD_REQUEST")],
    ["bare string", () => raw(`"just a string"`), rejected(400, "BAD_REQUEST")],
    ["null", () => raw("null"), rejected(400, "BAD_REQUEST")],
    ["invalid UTF-8 bytes", () => raw(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])), rejected(400, "BAD_REQUEST")],
    ["empty object", () => raw("{}"), rejected(400, "BAD_REQUEST")],
    ["query that is a number", () => raw(`{"query": 123}`), rejected(400, "BAD_REQUEST")],
    ["variables that are a string", () => raw(`{"query": "{ __typename }", "variables": "x"}`), rejected(400, "BAD_REQUEST")],
    ["batched operations (disabled)", () => raw(`[{"query": "{ __typename }"}, {"query": "{ __typename }"}]`), rejected(400, "BAD_REQUEST")],
    ["text/plain body (CSRF prevention)", () => raw(`{"query": "{ __typename }"}`, "text/plain"), rejected(400, "BAD_REQUEST")],
    ["a variable nested 50,000 arrays deep", () => raw(`{"query": "query($n: Int) { articles(first: $n) { totalCount } }", "variables": {"n": ${"[".repeat(50_000)}${"]".repeat(50_000)}}}`), rejected(400, "BAD_USER_INPUT")],
  ]);

  batch("invalid GraphQL", () => [
    ["lone brace", () => gql("{"), rejected(400, "GRAPHQL_PARSE_FAILED")],
    ["unterminated operation", () => gql("query {"), rejected(400, "GRAPHQL_PARSE_FAILED")],
    ["NUL byte in the document", () => gql("{ articles \u0000 { totalCount } }"), rejected(400, "GRAPHQL_PARSE_FAILED")],
    ["unknown field", () => gql("{ articles { nope } }"), rejected(400, "GRAPHQL_VALIDATION_FAILED")],
    ["unknown mutation", () => gql("mutation { nope }"), rejected(400, "GRAPHQL_VALIDATION_FAILED")],
    ["argument of the wrong type", () => gql(`{ articles(first: "ten") { totalCount } }`), rejected(400, "GRAPHQL_VALIDATION_FAILED")],
    ["subscription the schema lacks", () => gql("subscription { articles { totalCount } }"), rejected(400, "GRAPHQL_VALIDATION_FAILED")],
    ["missing required argument", () => gql("{ article { title } }"), rejected(400, "GRAPHQL_VALIDATION_FAILED")],
    ["unknown enum value", () => gql("{ actors(filter: { kind: [WIZARD] }) { totalCount } }"), rejected(400, "GRAPHQL_VALIDATION_FAILED")],
    ["variable of the wrong type", () => gql("query($n: Int) { articles(first: $n) { totalCount } }", { n: "x" }), rejected(400, "BAD_USER_INPUT")],
    ["unknown operation name", () => server.post(JSON.stringify({ query: "query A { __typename }", operationName: "B" })), rejected(400, "OPERATION_RESOLUTION_FAILURE")],
    ["mutation over GET", () =>
      fetch(`${server.url}?query=${encodeURIComponent("mutation { addAlias(actorId: \"x\", alias: \"y\") { id } }")}`, { headers: { "apollo-require-preflight": "1" } })
        .then(async (r) => ({ status: r.status, body: await r.json() })), rejected(405, "BAD_REQUEST")],
  ]);

  batch("deep nesting, alias bombs, fragment cycles, directives", () => [
    ["connections nested 20 deep", () => gql(nestedConnections(20)), rejected(400, "QUERY_LIMIT_EXCEEDED")],
    ["depth hidden in nested fragments", () =>
      gql(`{ actors(first: 1) { nodes { ...F1 } } } ${Array.from({ length: 15 }, (_, i) => `fragment F${i + 1} on Actor { affiliation { ${i < 14 ? `...F${i + 2}` : "name"} } }`).join(" ")}`),
      rejected(400, "QUERY_LIMIT_EXCEEDED")],
    ["5,000 opening braces", () => gql("{".repeat(5000)), rejected(400, "GRAPHQL_PARSE_FAILED")],
    ["5,000 nested selections", () => gql(`{ a${" { b".repeat(5000)}${" }".repeat(5000)} }`), rejected(400, "QUERY_LIMIT_EXCEEDED")],
    ["1,000 aliases", () => gql(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(" ")} }`), rejected(400, "QUERY_LIMIT_EXCEEDED")],
    ["31 aliases (one over)", () => gql(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: articles(first: 1) { totalCount }`).join(" ")} }`), rejected(400, "QUERY_LIMIT_EXCEEDED")],
    ["aliases multiplied by a fragment", () =>
      gql(`{ x: actors(first: 1) { nodes { ...A } } y: actors(first: 1) { nodes { ...A } } } fragment A on Actor { ${Array.from({ length: 20 }, (_, i) => `n${i}: name`).join(" ")} }`),
      rejected(400, "QUERY_LIMIT_EXCEEDED")],
    ["fragment cycle A -> B -> A", () => gql("{ actors { nodes { ...A } } } fragment A on Actor { affiliation { ...B } } fragment B on Actor { affiliation { ...A } }"), rejected(400, "GRAPHQL_VALIDATION_FAILED", "QUERY_LIMIT_EXCEEDED")],
    ["fragment spreading itself", () => gql("{ actors { nodes { ...A } } } fragment A on Actor { ...A }"), rejected(400, "GRAPHQL_VALIDATION_FAILED", "QUERY_LIMIT_EXCEEDED")],
    ["cycle through an inline fragment", () => gql("{ node(id: \"x\") { ...A } } fragment A on Node { ... on Actor { affiliation { ...A } } }"), rejected(400, "GRAPHQL_VALIDATION_FAILED", "QUERY_LIMIT_EXCEEDED")],
    ["fragment fan-out over scalars (2^40 paths, cheap once merged)", () => gql(fanOut("name")), ok()],
    ["fragment fan-out over objects (2^40 paths)", () => gql(fanOut("affiliation { name }")), rejected(400, "QUERY_LIMIT_EXCEEDED")],
    ["30 directives", () => gql(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: __typename @skip(if: false)`).slice(0, 29).join(" ")} }`), rejected(400, "QUERY_LIMIT_EXCEEDED")],
    ["3,000 duplicated fields", () => gql(`{ articles(first: 1) { ${"totalCount ".repeat(3000)} } }`), rejected(400, "QUERY_LIMIT_EXCEEDED")],
    ["cost bomb of nested pages", () => gql("{ articles(first: 100) { nodes { actors(first: 100) { nodes { articles(first: 100) { nodes { title } } } } } } }"), rejected(400, "QUERY_LIMIT_EXCEEDED")],
  ]);

  batch("huge lists and page sizes", () => [
    ["first: 100000", () => gql("{ articles(first: 100000) { nodes { title } } }"), rejected(400, "QUERY_LIMIT_EXCEEDED")],
    ["first: 101 (over the page cap)", () => gql("{ articles(first: 101) { totalCount } }"), rejected(200, "BAD_USER_INPUT")],
    ["first: -1", () => gql("{ articles(first: -1) { totalCount } }"), rejected(200, "BAD_USER_INPUT")],
    ["first and last together", () => gql("{ articles(first: 1, last: 1) { totalCount } }"), rejected(200, "BAD_USER_INPUT")],
    ["first: 2^31 through a variable", () => gql("query($n: Int) { articles(first: $n) { totalCount } }", { n: 2 ** 31 }), rejected(400, "BAD_USER_INPUT", "QUERY_LIMIT_EXCEEDED")],
    ["1,000 articles in one ingest batch", () => gql("mutation($i: [IngestArticleInput!]!) { ingestArticles(inputs: $i) { index } }", { i: Array.from({ length: 1000 }, () => ({ text: "x" })) }, editor), rejected(200, "BAD_USER_INPUT")],
    ["5,000 actors in one merge", () => gql("mutation($s: ID!, $m: [ID!]!) { mergeActors(survivorId: $s, mergedIds: $m) { id } }", { s: actorId, m: Array.from({ length: 5000 }, (_, i) => toGlobalId("Actor", i + 10)) }, editor), rejected(200, "BAD_USER_INPUT")],
    ["10,000 aliases in one split", () => gql("mutation($a: ID!, $l: [String!]!) { splitActor(actorId: $a, aliases: $l) { created { id } } }", { a: actorId, l: Array.from({ length: 10000 }, (_, i) => `alias ${i}`) }, editor), rejected(200, "BAD_USER_INPUT")],
    ["10,000 kinds in a filter", () => gql("query($k: [ActorKind!]) { actors(filter: { kind: $k }) { totalCount } }", { k: Array.from({ length: 10000 }, () => "PERSON") }), ok()],
    ["a cursor of 100 KB garbage", () => gql("query($c: String) { articles(after: $c) { totalCount } }", { c: "A".repeat(100_000) }), rejected(200, "BAD_USER_INPUT")],
  ]);

  const textArguments: [string, (payload: string) => Promise<HttpResult>, "ok" | "BAD_USER_INPUT"][] = [
    ["actor(name:)", (p) => gql("query($p: String!) { actor(name: $p) { id } }", { p }), "ok"],
    ["search(query:)", (p) => gql("query($p: String!) { search(query: $p) { totalCount } }", { p }), "ok"],
    ["articles(filter: text/source/topic)", (p) => gql("query($p: String) { articles(filter: { text: $p, source: $p, topic: $p }) { totalCount } }", { p }), "ok"],
    ["events(filter: text/source/topic)", (p) => gql("query($p: String) { events(filter: { text: $p, source: $p, topic: $p }) { totalCount } }", { p }), "ok"],
    ["claims(filter: text/source/topic)", (p) => gql("query($p: String) { claims(filter: { text: $p, source: $p, topic: $p }) { totalCount } }", { p }), "ok"],
    ["actors(filter: text/topic)", (p) => gql("query($p: String) { actors(filter: { text: $p, topic: $p }) { totalCount } }", { p }), "ok"],
    ["actors(filter: affiliation)", (p) => gql("query($p: ID) { actors(filter: { affiliation: $p }) { totalCount } }", { p }), "BAD_USER_INPUT"],
    ["auditLog(filter: action)", (p) => gql("query($p: String) { auditLog(filter: { action: $p }) { totalCount } }", { p }, editor), "ok"],
    ["node(id:)", (p) => gql("query($p: ID!) { node(id: $p) { id } }", { p }), "BAD_USER_INPUT"],
    ["articles(after:)", (p) => gql("query($p: String) { articles(after: $p) { totalCount } }", { p }), "BAD_USER_INPUT"],
    ["addAlias(alias:) then removeAlias(alias:)", async (p) => {
      const added = await gql("mutation($a: ID!, $p: String!) { addAlias(actorId: $a, alias: $p) { id } }", { a: actorId, p }, editor);
      if (added.body.errors) return added;
      return gql("mutation($a: ID!, $p: String!) { removeAlias(actorId: $a, alias: $p) { id } }", { a: actorId, p }, editor);
    }, "ok"],
    ["splitActor(aliases:, name:)", (p) => gql("mutation($a: ID!, $p: String!) { splitActor(actorId: $a, aliases: [$p], name: $p) { created { id } } }", { a: actorId, p }, editor), "BAD_USER_INPUT"],
    ["ingestArticle(text:)", (p) =>
      gql("mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created article { body } } }", { i: { text: `Officials said: ${p}` } }, editor), "ok"],
    ["ingestArticle(title/source/language) and url", (p) =>
      gql("mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }", { i: { text: "x", title: p, source: p, language: p, url: p } }, editor), "BAD_USER_INPUT"],
  ];

  batch("injection strings in every text argument", () =>
    textArguments.map(([argument, send, outcome]): Case => [
      `${argument} with ${INJECTIONS.length} injection payloads`,
      async () => {
        for (const payload of INJECTIONS) {
          const result = await send(payload);
          expectAnswer(result, outcome === "ok" ? ok() : rejected(200, "BAD_USER_INPUT"));
        }
        // The tables are all still there, and nothing slept.
        const { rows } = await db().pool.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
        expect(rows[0].n).toBeGreaterThanOrEqual(16);
        return { status: 200, body: { data: {} } };
      },
      ok(),
    ]),
  );

  batch("RTL, emoji and zero-width text", () => [
    ["RTL name lookup", () => gql("query($p: String!) { actor(name: $p) { id } }", { p: "بشار الأسد" }), ok()],
    ["emoji search", () => gql("query($p: String!) { search(query: $p) { totalCount } }", { p: "🚀🔥👩‍👩‍👧" }), ok()],
    ["zero-width search", () => gql("query($p: String!) { search(query: $p) { totalCount } }", { p: "\u200B\u200C\u200D" }), ok()],
    ["10,000 combining marks", () => gql("query($p: String!) { search(query: $p) { totalCount } }", { p: "a" + "\u0301".repeat(10_000) }), rejected(200, "BAD_USER_INPUT")],
    ["400 combining marks", () => gql("query($p: String!) { search(query: $p) { totalCount } }", { p: "a" + "\u0301".repeat(400) }), ok()],
    ["RTL alias with a bidi override, stored as sent", async () => {
      const alias = "\u202Eأبو محمد الجولاني\u202C";
      const added = await gql("mutation($a: ID!, $p: String!) { addAlias(actorId: $a, alias: $p) { aliases { surface } } }", { a: actorId, p: alias }, editor);
      expect(added.body.data.addAlias.aliases.map((a: { surface: string }) => a.surface)).toContain(alias);
      return added;
    }, ok()],
    ["zero-width-only alias", () => gql("mutation($a: ID!, $p: String!) { addAlias(actorId: $a, alias: $p) { id } }", { a: actorId, p: "\u200B\uFEFF" }, editor), rejected(200, "BAD_USER_INPUT")],
    ["article text mixing scripts and emoji, stored once", async () => {
      const input = { text: "👋🌍 سلام. Shalom. Привет. 🚀 Leaders met on Tuesday.", title: "שלום 👋" };
      const first = await gql("mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }", { i: input }, editor);
      const second = await gql("mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }", { i: input }, editor);
      expect([first.body.data?.ingestArticle.created, second.body.data?.ingestArticle.created]).toEqual([true, false]);
      return second;
    }, ok()],
  ]);

  batch("oversized bodies", () => [
    ["an 11 MB body", () => raw(JSON.stringify({ query: "{ __typename }", variables: { x: "y".repeat(11 * 1024 * 1024) } })), rejected(413, "PAYLOAD_TOO_LARGE")],
    ["a 1.5 MB article", () => gql("mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }", { i: { text: "word ".repeat(300_000) } }, editor), rejected(200, "BAD_USER_INPUT")],
    ["a 1 MB name lookup", () => gql("query($p: String!) { actor(name: $p) { id } }", { p: "n".repeat(1024 * 1024) }), rejected(200, "BAD_USER_INPUT")],
    ["a 64 KB header (refused by the HTTP parser)", () =>
      fetch(server.url, { method: "POST", headers: { "content-type": "application/json", "x-padding": "p".repeat(64 * 1024) }, body: `{"query":"{ __typename }"}` })
        .then((r) => ({ status: r.status, body: { errors: [{ extensions: { code: "HEADERS_TOO_LARGE" } }] } })), rejected(431, "HEADERS_TOO_LARGE")],
  ]);
});
