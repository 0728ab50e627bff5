// The statements a nested query sends do not grow with the number of parents.
// Connections nested in connections are one statement in all (the lookahead,
// src/graph/plan.ts); below a to-one relation the DataLoaders take over, with
// one statement per level.
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

// Connections below a to-one relation (Claim.speaker): articles with their claims,
// then the speakers by id, then the speakers' events with their participants.
const THROUGH_SPEAKER = `query ($first: Int!) {
  articles(first: $first) {
    nodes { claims(first: 2) { nodes { speaker { name events(first: 2) { totalCount nodes { title participants(first: 5) { totalCount } } } } } } }
  }
}`;
const THROUGH_SPEAKER_LEVELS = 3;

async function seeded(parents: number) {
  await db().reset();
  await seedNestedGraph(db().prisma, parents);
}

async function nestedQueryOver(parents: number, dataLoaders = true) {
  await seeded(parents);
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

test("a 4-level nested query of connections is one statement, for 50 parents as for 5", async () => {
  const forFive = await nestedQueryOver(5);
  const forFifty = await nestedQueryOver(50);
  console.log(`SQL statements for the nested query: 5 parents → ${forFive}, 50 parents → ${forFifty}`);
  expect(forFive).toBe(1);
  expect(forFifty).toBe(1);
});

// The same five levels, each connection filtered and ordered as a front-end asks.
const NESTED_FILTERED = `query ($first: Int!) {
  articles(first: $first, filter: { sources: ["Nested Wire"] }) {
    nodes { events(filter: { kind: [MEETING] }, orderBy: START_DATE_ASC) {
      nodes { participants(filter: { kind: [PERSON] }, orderBy: MENTIONS_DESC) {
        nodes { actor { claims(filter: { quoted: false }, orderBy: CLAIMED_AT_ASC, first: 1) { totalCount } } }
      } }
    } }
  }
}`;

test("nested filters and orderings stay one statement, for 50 parents as for 5", async () => {
  for (const parents of [5, 50]) {
    await seeded(parents);
    const result = await graphqlClient(db)(NESTED_FILTERED, { first: parents });
    expect(ok(result).articles.nodes).toHaveLength(parents);
    expect(result.data.articles.nodes[0].events.nodes[0].participants.nodes).toHaveLength(3);
    expect(result.statements).toBe(1);
  }
});

test("the count is of statements really sent: without DataLoaders the same query sends one per parent", async () => {
  const batched = await nestedQueryOver(5);
  const naive = await nestedQueryOver(5, false);
  // 1 root + 5 articles' events + 10 events' participants + 30 participants' claims.
  expect(naive).toBe(1 + 5 + 10 + 30);
  expect(batched).toBe(1);
});

test("below a to-one relation, DataLoaders send one statement per level whatever the number of parents", async () => {
  for (const parents of [5, 50]) {
    await seeded(parents);
    const result = await graphqlClient(db)(THROUGH_SPEAKER, { first: parents });
    const claims = ok(result).articles.nodes.flatMap((article: { claims: { nodes: unknown[] } }) => article.claims.nodes);
    expect(claims).toHaveLength(2 * parents);
    for (const { speaker } of claims as { speaker: { events: { totalCount: number; nodes: { participants: { totalCount: number } }[] } } }[]) {
      expect(speaker.events.totalCount).toBe(1);
      expect(speaker.events.nodes[0]!.participants.totalCount).toBe(3);
    }
    expect(result.statements).toBe(THROUGH_SPEAKER_LEVELS);
  }
});

test("concurrent requests sharing one connection each count only their own statements", async () => {
  await seeded(5);
  // One connection: requests queue for it, and pg-pool hands it over from another request's callback.
  const narrow = createDb(db().url, { poolSize: 1 });
  try {
    const query = graphqlClient(() => narrow);
    const results = await Promise.all([
      query(THROUGH_SPEAKER, { first: 5 }),
      query(NESTED, { first: 5 }),
      query(THROUGH_SPEAKER, { first: 5 }),
      query(NESTED, { first: 5 }),
      query(THROUGH_SPEAKER, { first: 5 }),
    ]);
    expect(results.map((result) => result.statements)).toEqual([3, 1, 3, 1, 3]);
  } finally {
    await narrow.close();
  }
});
