// The benchmark scenarios: the same data fetched from each system, written in
// each system's own terms (our schema.graphql, PostGraphile's generated names,
// the floor's routes). Each system's answer is reduced to a common shape of
// row ids so the runner can check that all systems return equivalent data.
import { decodeGlobalId } from "../src/graph/ids";

export const SYSTEMS = ["ours", "naive", "postgraphile", "floor"] as const;
export type SystemName = (typeof SYSTEMS)[number];

export const SYSTEM_TITLES: Record<SystemName, string> = {
  ours: "(a) our server",
  naive: "(b) our server, DATALOADERS=off",
  postgraphile: "(c) PostGraphile 4.14",
  floor: "(d) hand-written SQL",
};

export interface RequestSpec {
  path: string;
  body: string;
  headers?: Record<string, string>;
}

export interface Scenario {
  name: string;
  title: string;
  systems: readonly SystemName[];
  /** The i-th request of a run (parameters rotate deterministically). */
  request(system: SystemName, i: number): RequestSpec;
  /** The response data reduced to row ids, comparable across systems. */
  shape(system: SystemName, data: any): unknown;
}

export interface ScenarioContext {
  /** Highest article id: requests pick ids below it. */
  maxArticleId: number;
  /** Makes ingested texts unique across runs. */
  runId: string;
  /** Authorization header value for mutations. */
  ingestAuthorization?: string;
}

export const PAGE = { articles: 20, actors: 20, nested: 10, search: 20 };

/** A subject and a word of what is said about it: a few hundred to a few thousand hits each at 100k articles. */
export const SEARCH_TERMS = [
  "gas pipeline delayed", "ceasefire extended", "reconstruction fund guarantees", "sanctions blocked opposition",
  "wheat imports jobs", "naval base priority", "aid convoys obstacles", "parliamentary elections reviewed",
  "extradition request agreed", "arms deal signed", "trade agreement welcomed", "medical supplies resume",
  "oil exports collapse", "student exchange progressing", "border security discussion", "frozen assets funding",
];

const graphql = (query: string, variables: Record<string, unknown> = {}): RequestSpec => ({
  path: "/graphql",
  body: JSON.stringify({ query, variables }),
});

/** Row id of one of our global ids (base64 of "Type:id"). */
const rowId = (globalId: string) => decodeGlobalId(globalId)?.id ?? NaN;

/** The article id of request i: spread over the table by a fixed stride, the same sequence for every system. */
const articleIdAt = (context: ScenarioContext, i: number) => 1 + ((i * 7919) % context.maxArticleId);

function byGraphQLSystem<T>(system: SystemName, ours: () => T, postgraphile: () => T, floor: () => T): T {
  if (system === "ours" || system === "naive") return ours();
  return system === "postgraphile" ? postgraphile() : floor();
}

export function buildScenarios(context: ScenarioContext): Scenario[] {
  const ourQueries = ["ours", "naive"] as const;
  const allSystems = [...ourQueries, "postgraphile", "floor"] as const;
  return [
    {
      name: "articleById",
      title: "one article by id",
      systems: allSystems,
      request(system, i) {
        const id = articleIdAt(context, i);
        const fields = "id title body url source publishedAt language";
        return byGraphQLSystem(
          system,
          () => graphql(`query ($id: ID!) { article(id: $id) { ${fields} } }`, { id: Buffer.from(`Article:${id}`).toString("base64") }),
          () => graphql(`query ($id: Int!) { articleById(id: $id) { ${fields} } }`, { id }),
          () => ({ path: "/articleById", body: JSON.stringify({ id }) }),
        );
      },
      shape: (system, data) =>
        byGraphQLSystem(
          system,
          () => ({ id: rowId(data.article.id), title: data.article.title }),
          () => ({ id: data.articleById.id, title: data.articleById.title }),
          () => ({ id: data.article.id, title: data.article.title }),
        ),
    },
    {
      name: "articlesWithActors",
      title: `${PAGE.articles} articles with their actors`,
      systems: allSystems,
      request: (system) =>
        byGraphQLSystem(
          system,
          () => graphql(`{ articles(first: ${PAGE.articles}) { edges { node { id title publishedAt
              actors(first: ${PAGE.actors}) { edges { mentionCount node { id name kind } } } } } } }`),
          () => graphql(`{ allArticles(first: ${PAGE.articles}, orderBy: [PUBLISHED_AT_DESC, ID_DESC]) { nodes { id title publishedAt
              articleActorsByArticleId(first: ${PAGE.actors}, orderBy: [FIRST_OFFSET_ASC, ACTOR_ID_ASC]) {
                nodes { mentionCount actorByActorId { id name kind } } } } } }`),
          () => ({ path: "/articlesWithActors", body: JSON.stringify({ articles: PAGE.articles, actors: PAGE.actors }) }),
        ),
      shape: (system, data) =>
        byGraphQLSystem(
          system,
          () => data.articles.edges.map((e: any) => [rowId(e.node.id), e.node.actors.edges.map((a: any) => rowId(a.node.id))]),
          () => data.allArticles.nodes.map((n: any) => [n.id, n.articleActorsByArticleId.nodes.map((a: any) => a.actorByActorId.id)]),
          () => data.articles.map((n: any) => [n.id, n.actors.map((a: any) => a.id)]),
        ),
    },
    {
      name: "nestedEvents",
      title: `events → participants → actor → claims (${PAGE.nested} per level)`,
      systems: allSystems,
      request: (system) =>
        byGraphQLSystem(
          system,
          () => graphql(`{ events(first: ${PAGE.nested}) { nodes { id title startDate
              participants(first: ${PAGE.nested}) { nodes { role actor { id name
                claims(first: ${PAGE.nested}) { nodes { id text } } } } } } } }`),
          () => graphql(`{ allEvents(first: ${PAGE.nested}, orderBy: [START_DATE_DESC, ID_DESC]) { nodes { id title startDate
              eventParticipantsByEventId(first: ${PAGE.nested}) { nodes { role actorByActorId { id name
                claimsBySpeakerId(first: ${PAGE.nested}, orderBy: [CLAIMED_AT_DESC, ID_DESC]) { nodes { id text } } } } } } } }`),
          () => ({ path: "/nestedEvents", body: JSON.stringify({ perLevel: PAGE.nested }) }),
        ),
      // Participants compared as a set: PostGraphile cannot order them by actor name.
      shape: (system, data) => {
        const events: Array<{ id: number; actors: Array<{ id: number; claims: number[] }> }> = byGraphQLSystem(
          system,
          () => data.events.nodes.map((e: any) => ({
            id: rowId(e.id),
            actors: e.participants.nodes.map((p: any) => ({ id: rowId(p.actor.id), claims: p.actor.claims.nodes.map((c: any) => rowId(c.id)) })),
          })),
          () => data.allEvents.nodes.map((e: any) => ({
            id: e.id,
            actors: e.eventParticipantsByEventId.nodes.map((p: any) => ({
              id: p.actorByActorId.id, claims: p.actorByActorId.claimsBySpeakerId.nodes.map((c: any) => c.id),
            })),
          })),
          () => data.events.map((e: any) => ({
            id: e.id,
            actors: e.participants.map((p: any) => ({ id: p.actor.id, claims: p.actor.claims.map((c: any) => c.id) })),
          })),
        );
        return events.map((e) => ({ ...e, actors: [...e.actors].sort((x, y) => x.id - y.id) }));
      },
    },
    {
      name: "search",
      title: `full-text search, ${PAGE.search} hits with snippets`,
      systems: allSystems,
      request(system, i) {
        const query = SEARCH_TERMS[i % SEARCH_TERMS.length];
        return byGraphQLSystem(
          system,
          () => graphql(`query ($q: String!) { search(query: $q, types: [ARTICLE, CLAIM], first: ${PAGE.search}) { edges { rank snippet
              node { __typename ... on Article { id title } ... on Claim { id text } } } } }`, { q: query }),
          () => graphql(`query ($q: String!) { search(terms: $q, pageSize: ${PAGE.search}) { nodes { type id text rank snippet } } }`, { q: query }),
          () => ({ path: "/search", body: JSON.stringify({ query, first: PAGE.search }) }),
        );
      },
      shape: (system, data) =>
        byGraphQLSystem(
          system,
          () => data.search.edges.map((e: any) => `${e.node.__typename}:${rowId(e.node.id)}`),
          () => data.search.nodes.map((n: any) => `${n.type}:${n.id}`),
          () => data.search.map((n: any) => `${n.type}:${n.id}`),
        ),
    },
    // Aggregates only our API has: figures of their own, no comparison.
    {
      name: "actorNetwork",
      title: "co-occurrence network of the 50 most active actors",
      systems: ourQueries,
      request: () => graphql(`{ actorNetwork(first: 50, filter: { minWeight: 2 }) { nodes { id events articles actor { name } } edges { source target weight } } }`),
      shape: (_system, data) => ({ nodes: data.actorNetwork.nodes.length, edges: data.actorNetwork.edges.length }),
    },
    {
      name: "timeline",
      title: "events, articles and claims per week",
      systems: ourQueries,
      request: () => graphql(`{ timeline(bucket: WEEK) { start events articles claims } }`),
      shape: (_system, data) => data.timeline.length,
    },
    {
      name: "facets",
      title: `${PAGE.articles} articles on a topic with topic, outlet and language facets`,
      systems: ourQueries,
      request: () => graphql(`{ articles(first: ${PAGE.articles}, filter: { topic: "energy" }) { totalCount
          facets { topics { value count } sources { value count } languages { value count } } nodes { id title } } }`),
      shape: (_system, data) => ({ total: data.articles.totalCount, topics: data.articles.facets.topics.length }),
    },
    {
      name: "ingest",
      title: "ingest one short article (mutation)",
      systems: ["ours"],
      request(_system, i) {
        const text =
          `Reporters in the capital, run ${context.runId} item ${i}: Maria Novak, the Energy Minister, said that ` +
          `the gas pipeline would be extended until the end of the year. Officials did not give further details.`;
        return {
          ...graphql(`mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }`, {
            input: { text, source: "bench" },
          }),
          headers: context.ingestAuthorization ? { authorization: context.ingestAuthorization } : undefined,
        };
      },
      shape: (_system, data) => ({ created: data.ingestArticle.created }),
    },
  ];
}
