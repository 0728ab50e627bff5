// The lookahead (src/graph/plan.ts) loads nested connections inside their
// parent's statement. Whatever the query's shape, the answer must be exactly the
// one the naive resolvers give (DATALOADERS=off: no lookahead, one statement per
// parent), and the nested connections must not send statements of their own.
import { seedNestedGraph } from "./scenarios";
import { graphqlClient, type Result } from "./client";
import { useTestDatabase } from "../support/database";

const db = useTestDatabase();
const compiled = graphqlClient(db);
const naive = graphqlClient(db, { dataLoaders: false });

beforeAll(async () => {
  await seedNestedGraph(db().prisma, 4);
});

/** Runs the query both ways and checks that data and errors are the same; returns the compiled run. */
async function sameAsNaive(query: string, variables?: Record<string, unknown>): Promise<Result> {
  const [fast, slow] = [await compiled(query, variables), await naive(query, variables)];
  expect(fast.data).toEqual(slow.data);
  expect(fast.errors).toEqual(slow.errors);
  return fast;
}

test("aliases: the same connection twice with other arguments, forward and backward", async () => {
  const result = await sameAsNaive(`{ articles(first: 3) { nodes {
    firstTwo: claims(first: 2) { nodes { text } pageInfo { hasNextPage endCursor } }
    lastTwo: claims(last: 2) { totalCount nodes { text } pageInfo { hasPreviousPage startCursor } }
  } } }`);
  expect(result.statements).toBe(1);
  expect(result.data.articles.nodes[0].lastTwo.totalCount).toBe(8);
});

test("fragments, inline fragments and an embedded object (EventParticipant.actor)", async () => {
  const result = await sameAsNaive(`
    fragment Speaker on Actor { name claims(first: 1) { totalCount edges { cursor node { text } } } }
    fragment Participant on EventParticipant { role actor { ...Speaker } }
    { articles(first: 2) { edges { node { events { nodes { ... on Event { participants { nodes { ...Participant } } } } } } } } }`);
  expect(result.statements).toBe(1);
});

test("@include and @skip with variables, and page sizes from variables", async () => {
  const query = `query ($with: Boolean!, $n: Int) { articles(first: 2) { nodes {
    claims(first: $n) @include(if: $with) { nodes { text } }
    events @skip(if: $with) { totalCount }
  } } }`;
  const included = await sameAsNaive(query, { with: true, n: 3 });
  expect(included.data.articles.nodes[0].claims.nodes).toHaveLength(3);
  const skipped = await sameAsNaive(query, { with: false, n: 3 });
  expect(skipped.data.articles.nodes[0].events.totalCount).toBe(2);
});

test("a nested cursor continues each parent's own list", async () => {
  const first = await compiled(`{ articles(first: 1) { nodes { claims(first: 3) { pageInfo { endCursor } } } } }`);
  const after = first.data.articles.nodes[0].claims.pageInfo.endCursor;
  const result = await sameAsNaive(`query ($after: String) { articles(first: 3) { nodes { claims(first: 2, after: $after) {
    nodes { text } pageInfo { hasNextPage hasPreviousPage } } } } }`, { after });
  expect(result.data.articles.nodes[0].claims.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
});

test("the same field under edges.node and nodes with other arguments answers each as asked", async () => {
  const result = await sameAsNaive(`{ articles(first: 2) {
    edges { node { claims(first: 1) { nodes { text } } } }
    nodes { claims(first: 3) { totalCount nodes { text } } }
  } }`);
  expect(result.data.articles.edges[0].node.claims.nodes).toHaveLength(1);
  expect(result.data.articles.nodes[0].claims.nodes).toHaveLength(3);
});

test("co-actors' embedded actors carry their own nested connections", async () => {
  const result = await sameAsNaive(`{ actors(first: 4) { nodes { name
    coActors(first: 3) { totalCount nodes { sharedEvents actor { name events(first: 1) { nodes { title } } } } }
  } } }`);
  expect(result.statements).toBe(1);
  expect(result.data.actors.nodes.some((actor: { coActors: { totalCount: number } }) => actor.coActors.totalCount > 0)).toBe(true);
});

test("invalid nested arguments are reported at the nested field's own path", async () => {
  for (const [field, args] of [["claims", "first: 500"], ["events", `after: "not-a-cursor"`]]) {
    const result = await sameAsNaive(`{ articles(first: 2) { nodes { title ${field}(${args}) { totalCount } } } }`);
    expect(result.errors?.[0]).toMatchObject({ path: ["articles", "nodes", 0, field], extensions: { code: "BAD_USER_INPUT" } });
  }
});

test("fields with resolvers of their own find the columns they read in a nested page's trimmed rows", async () => {
  const result = await sameAsNaive(`{ articles(first: 2) { nodes {
    claims(first: 3) { nodes { id speaker { id name } article { title } event { id } topics { nodes { slug parent { slug } } } } }
    events(first: 2) { edges { relation node { id discrepancies { field } participants { nodes { role event { title } actor { id affiliation { name } aliases { surface } } } } } } }
    actors(first: 2) { edges { mentionCount firstOffset node { id kind } } }
  } } }`);
  const claim = result.data.articles.nodes[0].claims.nodes[0];
  expect(claim.speaker.name).toMatch(/Delegate/);
  expect(claim.article.title).toMatch(/Nested article/);
  const participant = result.data.articles.nodes[0].events.edges[0].node.participants.nodes[0];
  expect(participant.event.title).toMatch(/Meeting/);
  expect(participant.actor.aliases).toBeDefined();
});

test("a nested page's rows carry only the columns its selection reads", async () => {
  const sent: string[] = [];
  const query = db().pool.query.bind(db().pool);
  const spy = jest.spyOn(db().pool, "query").mockImplementation(((config: { text?: string }, ...rest: unknown[]) => {
    if (config?.text) sent.push(config.text);
    return (query as (...args: unknown[]) => unknown)(config, ...rest);
  }) as never);
  try {
    await sameAsNaive(`{ articles(first: 2) { nodes { title claims(first: 2) { nodes { text speaker { name } } } } } }`);
  } finally {
    spy.mockRestore();
  }
  const [compiledStatement] = sent;
  expect(compiledStatement).toContain(`json_build_object('id', row1."id",'text', row1."text",'speakerId', row1."speakerId")`);
  // The root page's rows too: the article's title and id, not its body.
  expect(compiledStatement).toMatch(/page\."title"/);
  expect(compiledStatement).not.toMatch(/page\.\*/);
});

test("nested filters and orderings give the naive resolvers' answer, in one statement", async () => {
  const result = await sameAsNaive(`{ articles(first: 3, orderBy: PUBLISHED_AT_ASC) { nodes {
    events(filter: { kind: [MEETING], startDate: { from: "2025-01-02" } }, orderBy: START_DATE_DESC) { totalCount nodes { title
      participants(filter: { kind: [PERSON] }, orderBy: NAME_DESC, first: 2) { pageInfo { hasNextPage endCursor } nodes { actor { name
        claims(filter: { text: "point" }, orderBy: CLAIMED_AT_ASC, first: 1) { totalCount nodes { text } }
        busiest: coActors(filter: { text: "delegate" }, first: 2) { nodes { sharedEvents actor { name } } }
      } } }
    } }
    claims(filter: { quoted: false }, orderBy: CLAIMED_AT_DESC, first: 2) { totalCount }
    actors(orderBy: EVENTS_DESC, first: 2) { nodes { name } }
  } } }`);
  expect(result.statements).toBe(1);
  // The first article's events start on 2025-01-01: filtered out; the second's are in.
  expect(result.data.articles.nodes[0].events.totalCount).toBe(0);
  expect(result.data.articles.nodes[1].events.totalCount).toBe(2);
  expect(result.data.articles.nodes[1].events.nodes[0].participants.nodes[0].actor.name).toBe("Shared Delegate");
});
