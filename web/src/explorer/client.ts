// The explorer's GraphQL client: urql with Graphcache (a normalised cache keyed
// by the API's global ids) and subscriptions over graphql-ws on the same /graphql.
import { cacheExchange } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { createClient as createWsClient } from "graphql-ws";
import { Client, fetchExchange, subscriptionExchange } from "urql";

const KEY_STORAGE = "newsgraph.apiKey";

/** The EDITOR key pasted into the curation settings, kept in this browser only. */
export const apiKey = {
  get: () => localStorage.getItem(KEY_STORAGE) ?? "",
  set: (key: string) => (key ? localStorage.setItem(KEY_STORAGE, key) : localStorage.removeItem(KEY_STORAGE)),
};

const authorization = (): Record<string, string> => (apiKey.get() ? { Authorization: `Bearer ${apiKey.get()}` } : {});

// Types without an id of their own live inside their parent's cache entry.
const EMBEDDED = [
  "PageInfo", "ActorAlias", "Discrepancy", "DiscrepancyValue", "FacetCount", "ArticleFacets", "EventFacets", "ActorFacets",
  "ClaimFacets", "ActorNetwork", "ActorNetworkNode", "ActorNetworkEdge", "TimelineBucket", "IngestArticlePayload",
  "IngestArticleResult", "SplitActorPayload", "IngestionFailure",
];
const connectionTypes = ["Article", "ActorArticle", "EventArticle", "Event", "ArticleEvent", "ActorEvent", "Actor", "ArticleActor", "EventParticipant", "CoActor", "Claim", "Topic", "Search", "AuditEntry"];
const keys = Object.fromEntries(
  [...EMBEDDED, ...connectionTypes.flatMap((type) => [`${type}Connection`, `${type}Edge`])].map((type) => [type, () => null]),
);

export function createGraphClient(): Client {
  const url = new URL("/graphql", window.location.href);
  const ws = createWsClient({
    url: url.href.replace(/^http/, "ws"),
    connectionParams: () => authorization(),
    retryAttempts: Infinity,
  });
  return new Client({
    url: url.href,
    fetchOptions: () => ({ headers: authorization() }),
    exchanges: [
      cacheExchange({ keys, resolvers: { Query: { events: relayPagination() } } }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? "" }, sink) }),
        }),
      }),
    ],
  });
}
