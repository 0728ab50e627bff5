// Root fields over the newsroom scenario: filters and ordering, node(id),
// actor(name:) through any alias, full-text search, and error codes.
import { toGlobalId, type NodeType } from "../../src/graph/ids";
import { errorCodes, ok, type Data } from "./client";
import { useNewsroom } from "./newsroom";

const { query, newsroom } = useNewsroom();

const actorId = (actor: { id: number }) => toGlobalId("Actor", actor.id);
const field = (connection: Data, name: string) => connection.nodes.map((node: Data) => node[name]);

describe("filters and ordering", () => {
  async function articleTitles(args: string): Promise<string[]> {
    return field(ok(await query(`{ articles${args} { nodes { title } } }`)).articles, "title");
  }

  test("articles by source, date range, actor, topic and text; newest or oldest first", async () => {
    const { early, report, rival } = newsroom().articles;
    expect(await articleTitles("")).toEqual([rival.title, report.title, early.title]);
    expect(await articleTitles("(orderBy: PUBLISHED_AT_ASC)")).toEqual([early.title, report.title, rival.title]);
    expect(await articleTitles(`(filter: { source: "Daily Ledger" })`)).toEqual([report.title, early.title]);
    expect(await articleTitles(`(filter: { published: { from: "2025-03-05T00:00:00Z", to: "2025-03-10T00:00:00Z" } })`)).toEqual([report.title]);
    expect(await articleTitles(`(filter: { actor: "${actorId(newsroom().actors.envoy)}" })`)).toEqual([report.title]);
    expect(await articleTitles(`(filter: { topic: "energy" })`)).toEqual([rival.title, report.title]);
    expect(await articleTitles(`(filter: { text: "pipeline" })`)).toEqual([report.title, early.title]);
    expect(await articleTitles(`(filter: { text: "pipeline", source: "Evening Courier" })`)).toEqual([]);
  });

  test("events by date range, kind, status, actor, topic, source and text; by start date", async () => {
    const titles = async (args: string) => field(ok(await query(`{ events${args} { nodes { title } } }`)).events, "title");
    const { visit, signing } = newsroom().events;
    expect(await titles("")).toEqual([signing.title, visit.title]);
    expect(await titles("(orderBy: START_DATE_ASC)")).toEqual([visit.title, signing.title]);
    expect(await titles(`(filter: { startDate: { from: "2025-03-09", to: "2025-03-09" } })`)).toEqual([signing.title]);
    expect(await titles(`(filter: { kind: [VISIT, SUMMIT] })`)).toEqual([visit.title]);
    expect(await titles(`(filter: { status: [PLANNED] })`)).toEqual([visit.title]);
    expect(await titles(`(filter: { actor: "${actorId(newsroom().actors.envoy)}" })`)).toEqual([signing.title]);
    expect(await titles(`(filter: { topic: "diplomacy" })`)).toEqual([visit.title]);
    expect(await titles(`(filter: { source: "Evening Courier" })`)).toEqual([signing.title]);
    expect(await titles(`(filter: { text: "port ARDENT" })`)).toEqual([signing.title]);
    expect(await titles(`(filter: { text: "100%" })`)).toEqual([]);
  });

  test("actors by kind, affiliation, topic and alias text; by name either way", async () => {
    const names = async (args: string) => field(ok(await query(`{ actors${args} { nodes { name } } }`)).actors, "name");
    expect(await names(`(filter: { kind: [STATE] })`)).toEqual(["Northland", "Southmark"]);
    expect(await names(`(filter: { kind: [STATE] }, orderBy: NAME_DESC)`)).toEqual(["Southmark", "Northland"]);
    expect(await names(`(filter: { affiliation: "${actorId(newsroom().actors.northland)}" })`)).toEqual(["Hamad al-Tamimi"]);
    expect(await names(`(filter: { topic: "diplomacy" })`)).toEqual(["Hamad al-Tamimi", "Southmark"]);
    // Alias text is compared after normalisation: no diacritics needed.
    expect(await names(`(filter: { text: "muller" })`)).toEqual(["Renée Müller-Ørsted"]);
    expect(await names(`(filter: { text: "republic of" })`)).toEqual(["Northland"]);
  });

  test("claims by speaker, date range, topic, source and text; by date, undated where Postgres sorts NULL", async () => {
    const texts = async (args: string) => field(ok(await query(`{ claims${args} { nodes { text } } }`)).claims, "text");
    const { pipelineClaim, supplyClaim, unattributed } = newsroom().claims;
    expect(await texts("")).toEqual([unattributed.text, supplyClaim.text, pipelineClaim.text]);
    expect(await texts("(orderBy: CLAIMED_AT_ASC)")).toEqual([pipelineClaim.text, supplyClaim.text, unattributed.text]);
    expect(await texts(`(filter: { speaker: "${actorId(newsroom().actors.minister)}" })`)).toEqual([pipelineClaim.text]);
    expect(await texts(`(filter: { claimed: { from: "2025-03-05T00:00:00Z" } })`)).toEqual([supplyClaim.text]);
    expect(await texts(`(filter: { topic: "energy", source: "Daily Ledger" })`)).toEqual([supplyClaim.text, pipelineClaim.text]);
    expect(await texts(`(filter: { text: "pipeline" })`)).toEqual([unattributed.text, pipelineClaim.text]);
  });

  test("cursors pass over undated rows in both directions and orders", async () => {
    const PAGE = `query ($order: ClaimOrder, $first: Int, $after: String, $last: Int, $before: String) {
      claims(orderBy: $order, first: $first, after: $after, last: $last, before: $before) {
        pageInfo { hasNextPage hasPreviousPage } edges { cursor node { text } } } }`;
    const page = async (variables: Record<string, unknown>) => ok(await query(PAGE, variables)).claims;
    const texts = (connection: Data) => connection.edges.map((e: Data) => e.node.text);
    const { pipelineClaim, supplyClaim, unattributed } = newsroom().claims;
    for (const order of ["CLAIMED_AT_DESC", "CLAIMED_AT_ASC"]) {
      const all = await page({ order, first: 10 });
      const expected = texts(all);
      expect(expected).toHaveLength(3);
      for (let i = 0; i < 3; i++) {
        const cursor = all.edges[i].cursor;
        expect(texts(await page({ order, first: 10, after: cursor }))).toEqual(expected.slice(i + 1));
        expect(texts(await page({ order, last: 10, before: cursor }))).toEqual(expected.slice(0, i));
      }
    }
    // Counted around the undated row: everything before `after` is skipped, whatever its date.
    const latest = await page({ order: "CLAIMED_AT_DESC", first: 2 });
    const totals = ok(await query(`query ($after: String) { claims(last: 5, after: $after) { totalCount pageInfo { hasPreviousPage hasNextPage } } }`,
      { after: latest.edges[1].cursor })).claims;
    expect(totals).toEqual({ totalCount: 3, pageInfo: { hasPreviousPage: false, hasNextPage: false } });
    const window = ok(await query(`query ($after: String, $before: String) { claims(last: 1, after: $after, before: $before) { pageInfo { hasPreviousPage hasNextPage } edges { node { text } } } }`,
      { after: latest.edges[0].cursor, before: (await page({ order: "CLAIMED_AT_DESC", first: 3 })).edges[2].cursor })).claims;
    expect(window).toEqual({ pageInfo: { hasPreviousPage: false, hasNextPage: true }, edges: [{ node: { text: supplyClaim.text } }] });
    const undatedFirst = await page({ order: "CLAIMED_AT_DESC", first: 1 });
    expect(texts(undatedFirst)).toEqual([unattributed.text]);
    const next = await page({ order: "CLAIMED_AT_DESC", first: 1, after: undatedFirst.edges[0].cursor });
    expect(texts(next)).toEqual([supplyClaim.text]);
    expect(next.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
    expect(texts(await page({ order: "CLAIMED_AT_ASC", last: 2 }))).toEqual([supplyClaim.text, unattributed.text]);
    expect(texts(await page({ order: "CLAIMED_AT_ASC", first: 1 }))).toEqual([pipelineClaim.text]);
  });

  test("topics, top level only", async () => {
    const topics = ok(
      await query(`{ all: topics(first: 100) { totalCount } roots: topics(first: 100, filter: { rootsOnly: true }) { totalCount nodes { slug parent { slug } } } }`),
    );
    expect(topics.roots.totalCount).toBeLessThan(topics.all.totalCount);
    expect(field(topics.roots, "slug")).toContain("defense");
    expect(field(topics.roots, "slug")).not.toContain("military-bases");
    expect(field(topics.roots, "parent").every((parent: unknown) => parent === null)).toBe(true);
  });
});

test("node(id) round-trips every node type; unknown rows are null", async () => {
  const rows: [NodeType, { id: number }][] = [
    ["Article", newsroom().articles.report],
    ["Event", newsroom().events.visit],
    ["Actor", newsroom().actors.envoy],
    ["Claim", newsroom().claims.unattributed],
    ["Topic", { id: newsroom().topics.energy }],
  ];
  for (const [type, row] of rows) {
    const id = toGlobalId(type, row.id);
    const data = ok(await query(`query ($id: ID!) { node(id: $id) { __typename id } }`, { id }));
    expect(data.node).toEqual({ __typename: type, id });
  }
  const data = ok(
    await query(`query ($id: ID!) { node(id: $id) { ... on Article { title } } }`, { id: toGlobalId("Article", newsroom().articles.early.id) }),
  );
  expect(data.node.title).toBe(newsroom().articles.early.title);
  expect(ok(await query(`{ node(id: "${toGlobalId("Event", 999999)}") { id } }`)).node).toBeNull();
});

test("participations and co-actors are Nodes with stable ids that node(id) and nodes(ids) resolve", async () => {
  const { minister, southmark, envoy } = newsroom().actors;
  const data = ok(
    await query(`query ($id: ID!) { node(id: $id) { ... on Actor {
      events(first: 5) { nodes { participants(first: 5) { nodes { id role actor { name } } } } }
      coActors(first: 5) { nodes { id sharedEvents actor { name } } } } } }`, { id: actorId(minister) }),
  );
  const participation = data.node.events.nodes.flatMap((event: Data) => event.participants.nodes).find((p: Data) => p.actor.name === southmark.name && p.role === "HOST");
  expect(participation.id).toBe(toGlobalId("EventParticipant", newsroom().events.visit.id, southmark.id));
  const coActor = data.node.coActors.nodes.find((c: Data) => c.actor.name === southmark.name);
  expect(coActor).toEqual({ id: toGlobalId("CoActor", minister.id, southmark.id), sharedEvents: 2, actor: { name: southmark.name } });

  const nodes = ok(
    await query(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on EventParticipant { role } ... on CoActor { sharedEvents } } }`, {
      ids: [participation.id, coActor.id, toGlobalId("CoActor", minister.id, minister.id), toGlobalId("Article", newsroom().articles.early.id), toGlobalId("Topic", 999999)],
    }),
  ).nodes;
  expect(nodes).toEqual([
    { __typename: "EventParticipant", id: participation.id, role: "HOST" },
    { __typename: "CoActor", id: coActor.id, sharedEvents: 2 },
    null, // an actor is not its own co-actor
    { __typename: "Article", id: toGlobalId("Article", newsroom().articles.early.id) },
    null,
  ]);
  // An actor pair that shares no event is no co-actor.
  expect(ok(await query(`{ node(id: "${toGlobalId("CoActor", envoy.id, newsroom().actors.northland.id + 1000)}") { id } }`)).node).toBeNull();
  expect(errorCodes(await query(`{ nodes(ids: [${Array.from({ length: 101 }, () => `"${participation.id}"`).join(",")}]) { id } }`))).toEqual(["BAD_USER_INPUT"]);
});

test("an audit entry is a Node only for editors", async () => {
  expect(errorCodes(await query(`{ node(id: "${toGlobalId("AuditEntry", 1)}") { id } }`))).toEqual(["UNAUTHENTICATED"]);
});

test("a bad cursor nulls its own root field and leaves the others' data", async () => {
  const result = await query(`{ bad: articles(after: "not-a-cursor") { totalCount } good: articles(first: 1) { totalCount } topics(first: 1) { nodes { slug } } }`);
  expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
  expect(result.errors![0]).toMatchObject({ path: ["bad"] });
  expect(result.data.bad).toBeNull();
  expect(result.data.good.totalCount).toBe(3);
  expect(result.data.topics.nodes).toHaveLength(1);
  const nested = await query(`{ events(first: 1) { nodes { claims(after: "bad") { totalCount } } } actors(first: 1) { totalCount } }`);
  expect(errorCodes(nested)).toEqual(["BAD_USER_INPUT"]);
  expect(nested.data).toEqual({ events: null, actors: { totalCount: expect.any(Number) } });
});

test("actor(name:) resolves any alias, however it is spelled", async () => {
  const spellings = ["Hamad al-Tamimi", "Hamad Al Tamimi", "HAMAD AL‑TAMIMI", "hamad  tamimi", "Al-Tamimi", "al Tamimi"];
  for (const name of spellings) {
    const data = ok(await query(`query ($name: String!) { actor(name: $name) { name } }`, { name }));
    expect(data.actor).toEqual({ name: "Hamad al-Tamimi" });
  }
  for (const name of ["Renee Muller-Ørsted", "RENÉE MÜLLER ØRSTED"]) {
    expect(ok(await query(`query ($name: String!) { actor(name: $name) { name } }`, { name })).actor).toEqual({ name: "Renée Müller-Ørsted" });
  }
  expect(ok(await query(`{ actor(name: "Republic of Northland") { kind } }`)).actor).toEqual({ kind: "STATE" });
  expect(ok(await query(`{ actor(name: "Nobody Known") { name } }`)).actor).toBeNull();
  // No stored alias: another transliteration finds the actor, another given name does not.
  expect(ok(await query(`{ actor(name: "Hamed al-Tamimi") { name } }`)).actor).toEqual({ name: "Hamad al-Tamimi" });
  expect(ok(await query(`{ actor(name: "Khalid al-Tamimi") { name } }`)).actor).toBeNull();
  expect(errorCodes(await query(`{ actor(name: " - ") { name } }`))).toEqual(["BAD_USER_INPUT"]);
});

describe("search", () => {
  const SEARCH = `query ($q: String!, $first: Int, $after: String) {
    search(query: $q, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { rank snippet cursor node { __typename ... on Article { title } ... on Claim { text } } }
    }
  }`;

  test("finds articles and claims through the full-text index, best rank first, with highlighted snippets", async () => {
    const search = ok(await query(SEARCH, { q: "pipeline" })).search;
    expect(search.totalCount).toBe(4);
    expect(search.edges.map((e: Data) => e.node.__typename).sort()).toEqual(["Article", "Article", "Claim", "Claim"]);
    const ranks = search.edges.map((e: Data) => e.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    for (const edge of search.edges) expect(edge.snippet).toMatch(/<b>pipelines?<\/b>/i);
    // Stemming: "pipelines" in a body matches "pipeline".
    expect(search.edges.map((e: Data) => e.node.title ?? e.node.text)).toContain(newsroom().articles.early.title);
  });

  test("a title match outranks a body match", async () => {
    const search = ok(await query(SEARCH, { q: "Southmark" })).search;
    expect(search.edges[0].node.title).toBe(newsroom().articles.early.title);
    // A title hit's snippet is cut from its title and lead, a body hit's from the whole text: both show the word.
    for (const edge of search.edges) expect(edge.snippet).toMatch(/<b>Southmark<\/b>/);
    expect(search.edges.map((e: Data) => e.node.title)).toContain(newsroom().articles.rival.title);
  });

  test("web search syntax, and paging through hits", async () => {
    // The report says "pipeline" too: only the envoy's claim is left.
    const excluding = ok(await query(SEARCH, { q: '"winter supplies" -pipeline' })).search;
    expect(excluding.edges.map((e: Data) => e.node)).toEqual([{ __typename: "Claim", text: newsroom().claims.supplyClaim.text }]);
    expect(ok(await query(SEARCH, { q: '"winter supplies"' })).search.totalCount).toBe(2);
    const first = ok(await query(SEARCH, { q: "pipeline", first: 3 })).search;
    const rest = ok(await query(SEARCH, { q: "pipeline", first: 3, after: first.pageInfo.endCursor })).search;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(rest.edges).toHaveLength(1);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.edges, ...rest.edges].map((e: Data) => e.cursor);
    expect(new Set(seen).size).toBe(4);
  });

  test("title hits come first, and pages one hit long cross from the title tier to the rest, both ways", async () => {
    const PAGED = `query ($q: String!, $first: Int, $after: String, $last: Int, $before: String) {
      search(query: $q, first: $first, after: $after, last: $last, before: $before) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { node { __typename ... on Article { title } ... on Event { eventTitle: title } ... on Claim { text } ... on Actor { name } } }
      }
    }`;
    const label = (e: Data) => `${e.node.__typename}: ${e.node.title ?? e.node.eventTitle ?? e.node.text ?? e.node.name}`;
    const all: string[] = ok(await query(PAGED, { q: "Southmark", first: 10 })).search.edges.map(label);
    const inTitle = all.map((hit) => /^(Article|Event|Actor): .*Southmark/.test(hit));
    // Both tiers are there, and every title hit is ahead of every other hit.
    expect(inTitle).toContain(true);
    expect(inTitle).toContain(false);
    expect(inTitle.indexOf(false)).toBe(inTitle.filter(Boolean).length);
    // Pages one hit long, following the cursors forward (first/after) or backward (last/before).
    const pageThrough = async (forward: boolean) => {
      const hits: string[] = [];
      let cursor: string | null = null;
      do {
        const variables = forward ? { q: "Southmark", first: 1, after: cursor } : { q: "Southmark", last: 1, before: cursor };
        const search: Data = ok(await query(PAGED, variables)).search;
        const labels: string[] = search.edges.map(label);
        if (forward) hits.push(...labels);
        else hits.unshift(...labels);
        cursor = forward ? (search.pageInfo.hasNextPage ? search.pageInfo.endCursor : null) : search.pageInfo.hasPreviousPage ? search.pageInfo.startCursor : null;
      } while (cursor && hits.length <= all.length);
      return hits;
    };
    expect(await pageThrough(true)).toEqual(all);
    expect(await pageThrough(false)).toEqual(all);
  });

  test("an empty query is BAD_USER_INPUT", async () => {
    expect(errorCodes(await query(SEARCH, { q: "  " }))).toEqual(["BAD_USER_INPUT"]);
  });
});

test("error codes: malformed ids and ids of the wrong type are BAD_USER_INPUT, missing rows NOT_FOUND", async () => {
  const eventId = toGlobalId("Event", newsroom().events.visit.id);
  const cases: [string, string][] = [
    [`{ node(id: "bm9wZQ==") { id } }`, "BAD_USER_INPUT"],
    [`{ article(id: "${eventId}") { id } }`, "BAD_USER_INPUT"],
    [`{ articles(filter: { actor: "${eventId}" }) { totalCount } }`, "BAD_USER_INPUT"],
    [`{ article(id: "${toGlobalId("Article", 999999)}") { id } }`, "NOT_FOUND"],
    [`{ event(id: "${toGlobalId("Event", 999999)}") { id } }`, "NOT_FOUND"],
    [`{ actorById(id: "${toGlobalId("Actor", 999999)}") { id } }`, "NOT_FOUND"],
    [`{ claim(id: "${toGlobalId("Claim", 999999)}") { id } }`, "NOT_FOUND"],
    [`{ topic(id: "${toGlobalId("Topic", 999999)}") { id } }`, "NOT_FOUND"],
  ];
  for (const [text, code] of cases) {
    const result = await query(text);
    expect({ text, codes: errorCodes(result) }).toEqual({ text, codes: [code] });
  }
});
