// What a front-end needs beyond plain lists, over the newsroom scenario: nested
// filters and orderings, orderings by counts and relevance, multi-value filters,
// lookups, search over every type, facets, the actor network and the timeline.
import { toGlobalId } from "../../src/graph/ids";
import { errorCodes, ok, type Data } from "./client";
import { useNewsroom } from "./newsroom";

const { query, newsroom } = useNewsroom();

const actorId = (actor: { id: number }) => toGlobalId("Actor", actor.id);
const names = (connection: Data, field = "title") => connection.nodes.map((node: Data) => node[field]);

describe("nested connections take their list's filter and ordering", () => {
  test("actor.events by date range, kind and either order", async () => {
    const minister = actorId(newsroom().actors.minister);
    const events = async (args: string) => names(ok(await query(`{ actorById(id: "${minister}") { events${args} { nodes { title } } } }`)).actorById.events);
    const { visit, signing } = newsroom().events;
    expect(await events("")).toEqual([signing.title, visit.title]);
    expect(await events("(orderBy: START_DATE_ASC)")).toEqual([visit.title, signing.title]);
    expect(await events(`(filter: { kind: [VISIT] })`)).toEqual([visit.title]);
    expect(await events(`(filter: { startDate: { from: "2025-03-09" } })`)).toEqual([signing.title]);
  });

  test("actor.claims by topic, date and quotation; event.claims by speaker", async () => {
    const minister = actorId(newsroom().actors.minister);
    const claims = async (args: string) => names(ok(await query(`{ actorById(id: "${minister}") { claims${args} { nodes { text } } } }`)).actorById.claims, "text");
    expect(await claims(`(filter: { topic: "energy", quoted: true })`)).toEqual([newsroom().claims.pipelineClaim.text]);
    expect(await claims(`(filter: { quoted: false })`)).toEqual([]);
    expect(await claims(`(filter: { claimed: { from: "2025-03-05T00:00:00Z" } })`)).toEqual([]);
    const signing = toGlobalId("Event", newsroom().events.signing.id);
    const bySpeaker = ok(await query(`{ event(id: "${signing}") { claims(filter: { speaker: "${actorId(newsroom().actors.envoy)}" }) { totalCount nodes { text } } } }`));
    expect(bySpeaker.event.claims).toEqual({ totalCount: 1, nodes: [{ text: newsroom().claims.supplyClaim.text }] });
  });

  test("topic.articles oldest first, filtered by outlet", async () => {
    const energy = ok(await query(`{ topicBySlug(slug: "energy") { id } }`)).topicBySlug.id;
    const articles = ok(await query(`{ topic(id: "${energy}") {
      oldest: articles(orderBy: PUBLISHED_AT_ASC) { nodes { title } }
      courier: articles(filter: { source: "Evening Courier" }) { nodes { title } } } }`)).topic;
    const { report, rival } = newsroom().articles;
    expect(names(articles.oldest)).toEqual([report.title, rival.title]);
    expect(names(articles.courier)).toEqual([rival.title]);
  });

  test("a nested filter still rides in its parent's statement", async () => {
    const result = await query(`{ actors(filter: { kind: [PERSON] }) { nodes { name
      events(filter: { kind: [AGREEMENT] }, orderBy: START_DATE_ASC) { nodes { title participants(filter: { kind: [STATE] }) { nodes { actor { name } } } } } } } }`);
    expect(result.statements).toBe(1);
    const minister = ok(result).actors.nodes.find((actor: Data) => actor.name === "Hamad al-Tamimi");
    expect(minister.events.nodes).toEqual([{ title: "Energy agreement signing", participants: { nodes: [{ actor: { name: "Northland" } }, { actor: { name: "Southmark" } }] } }]);
  });

  test("a bad id in a nested filter is an error at that field only", async () => {
    const result = await query(`{ actors(first: 1) { nodes { name events(filter: { actor: "nope" }) { totalCount } } } topics { totalCount } }`);
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.data.topics.totalCount).toBeGreaterThan(0);
  });
});

describe("orderings by counts and relevance", () => {
  test("actors by mentions, claims and events", async () => {
    const order = async (orderBy: string) => names(ok(await query(`{ actors(orderBy: ${orderBy}) { nodes { name } } }`)).actors, "name");
    // Mentions: minister 2 articles (tie with Northland and Southmark, by id), envoy 1.
    expect(await order("MENTIONS_DESC")).toEqual(["Northland", "Southmark", "Hamad al-Tamimi", "Renée Müller-Ørsted"]);
    expect((await order("CLAIMS_DESC")).slice(0, 2)).toEqual(["Hamad al-Tamimi", "Renée Müller-Ørsted"]);
    expect((await order("EVENTS_DESC")).slice(0, 2)).toEqual(["Southmark", "Hamad al-Tamimi"]);
  });

  test("a page by counts continues from its cursor", async () => {
    const first = ok(await query(`{ actors(orderBy: MENTIONS_DESC, first: 2) { pageInfo { endCursor } } }`)).actors.pageInfo.endCursor;
    const rest = ok(await query(`{ actors(orderBy: MENTIONS_DESC, first: 5, after: "${first}") { nodes { name } } }`));
    expect(names(rest.actors, "name")).toEqual(["Hamad al-Tamimi", "Renée Müller-Ørsted"]);
  });

  test("articles by relevance within a search; relevance without words is refused", async () => {
    const ranked = ok(await query(`{ articles(filter: { text: "energy agreement" }, orderBy: RELEVANCE) { nodes { title } } }`));
    // The title hit (weight A) ranks above the body-only hit.
    expect(names(ranked.articles)[0]).toMatch(/energy agreement/i);
    const refused = await query(`{ articles(orderBy: RELEVANCE) { totalCount } }`);
    expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors![0]!.message).toMatch(/RELEVANCE needs filter.text/);
  });

  test("topics by article count", async () => {
    const topics = ok(await query(`{ topics(orderBy: ARTICLE_COUNT_DESC, first: 2) { nodes { slug } } }`)).topics;
    expect(names(topics, "slug")).toEqual(["diplomacy", "energy"]);
  });
});

describe("multi-value and combined filters", () => {
  test("events with all of several actors; events with discrepancies; any of several topics", async () => {
    const { minister, envoy, southmark } = newsroom().actors;
    const titles = async (filter: string) => names(ok(await query(`{ events(filter: ${filter}) { nodes { title } } }`)).events);
    const { visit, signing } = newsroom().events;
    expect(await titles(`{ actors: ["${actorId(minister)}", "${actorId(envoy)}"] }`)).toEqual([signing.title]);
    expect(await titles(`{ actors: ["${actorId(minister)}", "${actorId(southmark)}"] }`)).toEqual([signing.title, visit.title]);
    expect(await titles(`{ hasDiscrepancies: true }`)).toEqual([signing.title]);
    expect(await titles(`{ hasDiscrepancies: false }`)).toEqual([visit.title]);
    expect(await titles(`{ topics: ["diplomacy", "energy"] }`)).toEqual([signing.title, visit.title]);
  });

  test("articles by language and by several outlets; claims that are direct quotes", async () => {
    const count = async (field: string, filter: string) => ok(await query(`{ ${field}(filter: ${filter}) { totalCount } }`))[field].totalCount;
    expect(await count("articles", `{ language: ["en"] }`)).toBe(3);
    expect(await count("articles", `{ language: ["ru"] }`)).toBe(0);
    expect(await count("articles", `{ sources: ["Daily Ledger", "Evening Courier"] }`)).toBe(3);
    expect(await count("articles", `{ sources: ["Evening Courier"], topics: ["energy", "diplomacy"] }`)).toBe(1);
    expect(await count("claims", `{ quoted: true }`)).toBe(1);
    expect(await count("claims", `{ quoted: false }`)).toBe(2);
  });
});

describe("lookups", () => {
  test("topic by slug and article by URL; null when nothing matches", async () => {
    const found = ok(await query(`{ topicBySlug(slug: "energy") { name } articleByUrl(url: "https://ledger.example/visit") { title } none: topicBySlug(slug: "nope") { name } }`));
    expect(found).toEqual({ topicBySlug: { name: "Energy" }, articleByUrl: { title: newsroom().articles.early.title }, none: null });
  });

  test("actor suggestions by the start of any word of any alias, most mentioned first", async () => {
    const suggest = async (prefix: string, first = 10) => ok(await query(`{ actorSuggestions(prefix: "${prefix}", first: ${first}) { name } }`)).actorSuggestions.map((actor: Data) => actor.name);
    expect(await suggest("tam")).toEqual(["Hamad al-Tamimi"]);
    expect(await suggest("MUL")).toEqual(["Renée Müller-Ørsted"]);
    expect(await suggest("north")).toEqual(["Northland"]);
    expect(await suggest("amim")).toEqual([]);
    expect(await suggest("%")).toEqual([]);
    expect(errorCodes(await query(`{ actorSuggestions(prefix: "a", first: 51) { name } }`))).toEqual(["BAD_USER_INPUT"]);
  });

  test("search reaches actors and events, and can be narrowed by type", async () => {
    const hits = async (q: string, types = "") =>
      ok(await query(`{ search(query: "${q}"${types}) { nodes { __typename ... on Actor { name } ... on Event { title } } } }`)).search.nodes;
    expect(await hits("envoy", ", types: [ACTOR]")).toEqual([{ __typename: "Actor", name: "Renée Müller-Ørsted" }]);
    expect(await hits("signing", ", types: [EVENT]")).toEqual([{ __typename: "Event", title: "Energy agreement signing" }]);
    const kinds = new Set((await hits("agreement")).map((hit: Data) => hit.__typename));
    expect(kinds).toEqual(new Set(["Article", "Event"]));
  });
});

describe("facets beside totalCount", () => {
  test("articles by topic, outlet and language, over the filtered list, in one statement", async () => {
    const result = await query(`{ articles(filter: { topic: "energy" }) { totalCount facets { topics { value count } sources { value count } languages { value count } } } }`);
    expect(ok(result).articles.facets).toEqual({
      topics: [{ value: "energy", count: 2 }, { value: "diplomacy", count: 1 }],
      sources: [{ value: "Daily Ledger", count: 1 }, { value: "Evening Courier", count: 1 }],
      languages: [{ value: "en", count: 2 }],
    });
    expect(result.statements).toBe(2);
  });

  test("events by kind and status, claims by quotation, actors by kind; null below the root", async () => {
    const data = ok(await query(`{
      events { facets { kinds { value count } statuses { value count } } }
      claims { facets { quoted { value count } } }
      actors { facets { kinds { value count } } nodes { events { nodes { title } } } }
      topicBySlug(slug: "energy") { articles { facets { topics { value } } } } }`));
    expect(data.events.facets.kinds).toEqual([{ value: "AGREEMENT", count: 1 }, { value: "VISIT", count: 1 }]);
    expect(data.events.facets.statuses).toEqual([{ value: "OCCURRED", count: 1 }, { value: "PLANNED", count: 1 }]);
    expect(data.claims.facets.quoted).toEqual([{ value: "paraphrase", count: 2 }, { value: "quote", count: 1 }]);
    expect(data.actors.facets.kinds).toEqual([{ value: "PERSON", count: 2 }, { value: "STATE", count: 2 }]);
    expect(data.topicBySlug.articles.facets).toBeNull();
  });
});

describe("networks and timelines", () => {
  test("actorNetwork: the most active actors and weighted edges among them", async () => {
    const network = ok(await query(`{ actorNetwork(first: 3) { nodes { id events articles actor { name } } edges { source target sharedEvents sharedArticles weight } } }`)).actorNetwork;
    const { minister, northland, southmark } = newsroom().actors;
    // Activity: Southmark 2 events + 2 articles, minister 2 + 2, Northland 1 + 2, envoy 1 + 1.
    expect(network.nodes.map((node: Data) => node.actor.name)).toEqual(["Southmark", "Hamad al-Tamimi", "Northland"]);
    const edge = (a: { id: number }, b: { id: number }) =>
      network.edges.find((e: Data) => new Set([e.source, e.target]).size === 2 && [e.source, e.target].sort().join() === [actorId(a), actorId(b)].sort().join());
    expect(edge(minister, southmark)).toMatchObject({ sharedEvents: 2, sharedArticles: 1, weight: 3 });
    expect(edge(northland, southmark)).toMatchObject({ sharedEvents: 1, sharedArticles: 2, weight: 3 });
    expect(edge(minister, northland)).toMatchObject({ sharedEvents: 1, sharedArticles: 1, weight: 2 });
    const strong = ok(await query(`{ actorNetwork(first: 3, filter: { minWeight: 3 }) { edges { weight } } }`)).actorNetwork.edges;
    expect(strong).toHaveLength(2);
  });

  test("actorNetwork scoped by dates and kind", async () => {
    const network = ok(await query(`{ actorNetwork(filter: { from: "2025-03-09", to: "2025-03-09", kind: [PERSON] }) { nodes { actor { name } events articles } edges { sharedEvents sharedArticles } } }`)).actorNetwork;
    expect(network.nodes).toEqual([
      { actor: { name: "Hamad al-Tamimi" }, events: 1, articles: 1 },
      { actor: { name: "Renée Müller-Ørsted" }, events: 1, articles: 1 },
    ]);
    expect(network.edges).toEqual([{ sharedEvents: 1, sharedArticles: 1 }]);
  });

  test("timeline: counts per day, week and month, for an actor", async () => {
    const days = ok(await query(`{ timeline(bucket: DAY) { start events articles claims } }`)).timeline;
    expect(days).toEqual([
      { start: "2025-03-01", events: 0, articles: 1, claims: 1 },
      { start: "2025-03-08", events: 1, articles: 0, claims: 0 },
      { start: "2025-03-09", events: 1, articles: 1, claims: 1 },
      { start: "2025-03-10", events: 0, articles: 1, claims: 0 },
    ]);
    // 2025-03-03 and 2025-03-10 are Mondays.
    const weeks = ok(await query(`{ timeline(bucket: WEEK) { start events articles claims } }`)).timeline;
    expect(weeks.map((week: Data) => week.start)).toEqual(["2025-02-24", "2025-03-03", "2025-03-10"]);
    const months = ok(await query(`{ timeline(bucket: MONTH, filter: { actor: "${actorId(newsroom().actors.envoy)}" }) { start events articles claims } }`)).timeline;
    expect(months).toEqual([{ start: "2025-03-01", events: 1, articles: 1, claims: 1 }]);
  });
});
