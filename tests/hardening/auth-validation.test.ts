// Over real HTTP: who may call what, and that rejected input writes nothing.
import { createApiKey, revokeApiKey } from "../../src/auth/keys";
import { useTestDatabase } from "../support/database";
import { bearer, codes, startTestServer, type TestServer } from "./server";

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`;
const INGEST_MANY = `mutation ($inputs: [IngestArticleInput!]!) { ingestArticles(inputs: $inputs) { index error } }`;

describe("API keys over HTTP", () => {
  const db = useTestDatabase();
  let server: TestServer;
  let editor: string;
  beforeAll(async () => {
    server = await startTestServer(db().url, { MAX_ARTICLE_BYTES: "2000" });
    editor = (await createApiKey(db().prisma, "editor", "EDITOR")).secret;
  });
  afterAll(() => server.stop());
  const articleCount = async () => Number((await db().pool.query("SELECT count(*) FROM article")).rows[0].count);

  it("leaves queries open and closes mutations to callers without a key", async () => {
    const query = await server.gql(`{ articles { totalCount } }`);
    expect(query.status).toBe(200);
    const mutation = await server.gql(INGEST, { input: { text: "Anything at all." } });
    expect(mutation.status).toBe(401);
    expect(codes(mutation.body)).toEqual(["UNAUTHENTICATED"]);
    expect(await articleCount()).toBe(0);
  });

  it("refuses an unknown or revoked key outright, even for queries", async () => {
    const { apiKey, secret } = await createApiKey(db().prisma, "short-lived", "ADMIN");
    await revokeApiKey(db().prisma, String(apiKey.id));
    for (const header of [bearer(secret), bearer("ngk_made-up"), { authorization: "Basic dXNlcjpwYXNz" }]) {
      const response = await server.gql(`{ articles { totalCount } }`, undefined, header);
      expect(response.status).toBe(401);
      expect(codes(response.body)).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("says when the Authorization header uses another scheme than Bearer", async () => {
    const basic = await server.gql(`{ articles { totalCount } }`, undefined, { authorization: "Basic dXNlcjpwYXNz" });
    expect(basic.body.errors[0].message).toBe(`the Authorization header must use the Bearer scheme ("Authorization: Bearer <key>"), got "Basic"`);
    const revoked = await server.gql(`{ articles { totalCount } }`, undefined, bearer("ngk_made-up"));
    expect(revoked.body.errors[0].message).toBe("the API key is unknown or revoked");
  });

  it("closes queries too when REQUIRE_KEY_FOR_QUERIES is set", async () => {
    const closed = await startTestServer(db().url, { REQUIRE_KEY_FOR_QUERIES: "true" });
    try {
      expect(codes((await closed.gql(`{ articles { totalCount } }`)).body)).toEqual(["UNAUTHENTICATED"]);
      expect((await closed.gql(`{ articles { totalCount } }`, undefined, bearer(editor))).body.data.articles.totalCount).toBe(0);
    } finally {
      await closed.stop();
    }
  });

  it.each([
    ["empty text", { text: "   " }, "input.text"],
    ["text over MAX_ARTICLE_BYTES", { text: "x".repeat(2001) }, "input.text"],
    ["NUL byte", { text: "News\u0000story" }, "input.text"],
    ["binary control bytes", { text: "News \u001b[31mstory\u0007" }, "input.text"],
    ["javascript: URL", { text: "News.", url: "javascript:alert(1)" }, "input.url"],
    ["publishedAt next year", { text: "News.", publishedAt: new Date(Date.now() + 366 * 86400e3).toISOString() }, "input.publishedAt"],
    ["language that is not a code", { text: "News.", language: "'; DROP TABLE article; --" }, "input.language"],
  ])("rejects %s with BAD_USER_INPUT naming the field, writing nothing", async (_name, input, field) => {
    const response = await server.gql(INGEST, { input }, bearer(editor));
    expect(codes(response.body)).toEqual(["BAD_USER_INPUT"]);
    expect(response.body.errors[0].extensions.field).toBe(field);
    expect(await articleCount()).toBe(0);
  });

  it("rejects a whole batch when one input is invalid, naming its index", async () => {
    const response = await server.gql(INGEST_MANY, { inputs: [{ text: "A fine article." }, { text: "" }] }, bearer(editor));
    expect(codes(response.body)).toEqual(["BAD_USER_INPUT"]);
    expect(response.body.errors[0].extensions.field).toBe("inputs[1].text");
    expect(await articleCount()).toBe(0);
  });

  it("rejects unknown enum values and ids of another type", async () => {
    const enumResponse = await server.gql(`{ actors(filter: { kind: WIZARD }) { totalCount } }`);
    expect(codes(enumResponse.body)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    const enumVariable = await server.gql(`query ($k: [ActorKind!]) { actors(filter: { kind: $k }) { totalCount } }`, { k: ["WIZARD"] });
    expect(codes(enumVariable.body)).toEqual(["BAD_USER_INPUT"]);
    const articleId = Buffer.from("Article:1").toString("base64");
    const wrongType = await server.gql(`mutation ($id: ID!) { addAlias(actorId: $id, alias: "X") { id } }`, { id: articleId }, bearer(editor));
    expect(codes(wrongType.body)).toEqual(["BAD_USER_INPUT"]);
    expect(wrongType.body.errors[0].extensions.field).toBe("actorId");
  });
});
