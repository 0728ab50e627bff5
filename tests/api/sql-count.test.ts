// The statements a nested query sends do not grow with the number of parents:
// one windowed statement per relation per nesting level, paged connections included.
import { createDb } from "../../src/db/client";
import { seedNestedGraph } from "./scenarios";
import { graphqlClient, ok } from "./client";
import { useTestDatabase } from "../support/database";

const db = useTestDatabase();

// Five levels of connections below the root: articles → events → participants → actor → claims.
const NESTED = `query ($first: Int!) {
  articles(first: $first) {
    totalCount
    nodes {
      title
      events(first: 5) {
        totalCount
        edges { relation node {
          title
          participants(first: 10) {
            totalCount
            nodes { role actor {
              name
              claims(first: 1) { totalCount pageInfo { hasNextPage } nodes { text } }
            } }
          }
        } }
      }
    }
  }
}`;
/** articles, eventsByArticle, participantsByEvent (actor joined in), claimsBySpeaker. */
const LEVELS = 4;

async function nestedQueryOver(parents: number, dataLoaders = true) {
  await db().reset();
  await seedNestedGraph(db().prisma, parents);
  const result = await graphqlClient(db, { dataLoaders })(NESTED, { first: parents });
  const data = ok(result);
  // Every parent came back complete: the counts are of a real, full answer.
  expect(data.articles.totalCount).toBe(parents);
  expect(data.articles.nodes).toHaveLength(parents);
  for (const article of data.articles.nodes) {
    expect(article.events.totalCount).toBe(2);
    for (const { node: event } of article.events.edges) {
      expect(event.participants.totalCount).toBe(3);
      const speakers = event.participants.nodes.filter((p: { actor: { claims: { totalCount: number } } }) => p.actor.claims.totalCount > 0);
      expect(speakers).toHaveLength(2);
      for (const { actor } of speakers) {
        expect(actor.claims.nodes).toHaveLength(1);
        expect(actor.claims.pageInfo.hasNextPage).toBe(true);
      }
    }
  }
  return result.statements;
}

test("a 4-level nested query sends the same statements for 50 parents as for 5, one per level", async () => {
  const forFive = await nestedQueryOver(5);
  const forFifty = await nestedQueryOver(50);
  console.log(`SQL statements for the nested query: 5 parents → ${forFive}, 50 parents → ${forFifty}`);
  expect(forFifty).toBe(forFive);
  expect(forFifty).toBeLessThanOrEqual(LEVELS);
});

test("the count is of statements really sent: without DataLoaders the same query sends one per parent", async () => {
  const batched = await nestedQueryOver(5);
  const naive = await nestedQueryOver(5, false);
  // 1 root + 5 articles' events + 10 events' participants + 30 participants' claims.
  expect(naive).toBe(1 + 5 + 10 + 30);
  expect(batched).toBe(LEVELS);
});

test("concurrent requests sharing one connection each count only their own statements", async () => {
  await db().reset();
  await seedNestedGraph(db().prisma, 5);
  // One connection: requests queue for it, and pg-pool hands it over from another request's callback.
  const narrow = createDb(db().url, { poolSize: 1 });
  try {
    const query = graphqlClient(() => narrow);
    const results = await Promise.all([
      query(NESTED, { first: 5 }),
      query(`{ articles(first: 1) { totalCount } }`),
      query(NESTED, { first: 5 }),
      query(`{ articles(first: 1) { totalCount } }`),
      query(NESTED, { first: 5 }),
    ]);
    expect(results.map((result) => result.statements)).toEqual([LEVELS, 1, LEVELS, 1, LEVELS]);
  } finally {
    await narrow.close();
  }
});
