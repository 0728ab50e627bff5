// Relay pagination: forward and backward with cursors, totalCount, per-parent
// pages in nested connections, the default and the cap on page size.
import { seedNestedGraph } from "./scenarios";
import { errorCodes, graphqlClient, ok, type Data } from "./client";
import { useTestDatabase } from "../support/database";

const db = useTestDatabase();
const query = graphqlClient(db);
const ARTICLES = 7;

beforeAll(async () => {
  await seedNestedGraph(db().prisma, ARTICLES);
});

const PAGE = `query ($first: Int, $after: String, $last: Int, $before: String) {
  articles(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { title } }
  }
}`;

async function page(args: Record<string, unknown>): Promise<Data> {
  return ok(await query(PAGE, args)).articles;
}
const titles = (connection: Data): string[] => connection.edges.map((e: Data) => e.node.title);
/** Titles newest first, as PUBLISHED_AT_DESC orders them. */
const newestFirst = Array.from({ length: ARTICLES }, (_, i) => `Nested article ${ARTICLES - 1 - i}`);

test("forward: first/after walks every article once, newest first, with exact page info", async () => {
  const one = await page({ first: 3 });
  expect(one.totalCount).toBe(ARTICLES);
  expect(titles(one)).toEqual(newestFirst.slice(0, 3));
  expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  expect(one.pageInfo.startCursor).toBe(one.edges[0].cursor);
  expect(one.pageInfo.endCursor).toBe(one.edges[2].cursor);

  const two = await page({ first: 3, after: one.pageInfo.endCursor });
  expect(titles(two)).toEqual(newestFirst.slice(3, 6));
  expect(two.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  expect(two.totalCount).toBe(ARTICLES);

  const three = await page({ first: 3, after: two.pageInfo.endCursor });
  expect(titles(three)).toEqual(newestFirst.slice(6));
  expect(three.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

  const beyond = await page({ first: 3, after: three.pageInfo.endCursor });
  expect(beyond).toMatchObject({ totalCount: ARTICLES, edges: [], pageInfo: { hasNextPage: false, startCursor: null } });
});

test("backward: last/before walks the same articles from the other end", async () => {
  const one = await page({ last: 3 });
  expect(titles(one)).toEqual(newestFirst.slice(4));
  expect(one.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });

  const two = await page({ last: 3, before: one.pageInfo.startCursor });
  expect(titles(two)).toEqual(newestFirst.slice(1, 4));
  expect(two.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });

  const three = await page({ last: 3, before: two.pageInfo.startCursor });
  expect(titles(three)).toEqual(newestFirst.slice(0, 1));
  expect(three.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
});

test("after and before together bound a window", async () => {
  const all = await page({ first: ARTICLES });
  const window = await page({ first: 10, after: all.edges[1].cursor, before: all.edges[5].cursor });
  expect(titles(window)).toEqual(newestFirst.slice(2, 5));
});

test("nested connections page each parent on its own, in the parent's statement", async () => {
  const first = await query(`{ articles(first: 3) { nodes { claims(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { text } } } } }`);
  const articles = ok(first).articles.nodes;
  expect(first.statements).toBe(1);
  for (const article of articles) {
    // Each article states 8 claims (4 delegates × 2), in text order.
    expect(article.claims.totalCount).toBe(8);
    expect(article.claims.nodes).toHaveLength(3);
    expect(article.claims.pageInfo.hasNextPage).toBe(true);
  }
  // Another article's cursor continues this article's list from the same position.
  const cursor = articles[0].claims.pageInfo.endCursor;
  const next = ok(await query(`query ($after: String) { articles(first: 2) { nodes { claims(first: 10, after: $after) { nodes { text } pageInfo { hasNextPage hasPreviousPage } } } } }`, { after: cursor }));
  for (const article of next.articles.nodes) {
    expect(article.claims.nodes).toHaveLength(5);
    expect(article.claims.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  }
});

test("the page size defaults to 20 and is capped at 100", async () => {
  // 4 delegates per article plus the shared one: 29 actors.
  const all = ok(await query(`{ actors { totalCount edges { cursor } pageInfo { hasNextPage } } }`)).actors;
  expect(all.totalCount).toBe(ARTICLES * 4 + 1);
  expect(all.edges).toHaveLength(20);
  expect(all.pageInfo.hasNextPage).toBe(true);

  const tooMany = await query(`{ articles(first: 101) { totalCount } }`);
  expect(errorCodes(tooMany)).toEqual(["BAD_USER_INPUT"]);
  expect(tooMany.errors?.[0]?.message).toContain("100");
  const nestedTooMany = await query(`{ articles(first: 1) { nodes { events(last: 500) { totalCount } } } }`);
  expect(errorCodes(nestedTooMany)).toEqual(["BAD_USER_INPUT"]);
  expect(ok(await query(`{ articles(first: 100) { totalCount } }`)).articles.totalCount).toBe(ARTICLES);
});

test("malformed pagination arguments are BAD_USER_INPUT", async () => {
  const events = ok(await query(`{ events(first: 1) { pageInfo { endCursor } } }`)).events;
  const cases = [
    `{ articles(first: 1, last: 1) { totalCount } }`,
    `{ articles(first: -1) { totalCount } }`,
    `{ articles(after: "not-a-cursor") { totalCount } }`,
    // A cursor from another ordering.
    `{ articles(after: "${events.pageInfo.endCursor}") { totalCount } }`,
    `{ articles(orderBy: PUBLISHED_AT_ASC, after: "${Buffer.from('["published-asc","x","1"]').toString("base64url")}") { totalCount } }`,
  ];
  for (const text of cases) expect(errorCodes(await query(text))).toEqual(["BAD_USER_INPUT"]);
});
