// Facets beside the root lists, the actor network and the timeline. No SQL here.
import type { Resolvers } from "../../generated/graphql";
import type { GraphContext } from "../context";
import { badUserInput } from "../errors";
import { toGlobalId } from "../ids";
import { FILTERED, type Filtered } from "../loader";
import { MAX_NETWORK_NODES, type FacetedType, type FacetScope } from "./loaders";

/** A list's `facets`: its filter's scope on a root list, null below the root (nested pages carry none). */
function facetsOf(type: FacetedType) {
  return (connection: unknown): FacetScope | null => {
    const where = (connection as Filtered)[FILTERED];
    return where ? { type, where } : null;
  };
}

/** A facet field: its counts, batched with the other facets selected for the same list. */
function facet(name: string) {
  return (scope: FacetScope, _: unknown, { loaders }: GraphContext) => loaders.facets.load({ scope, facet: name });
}

export const aggregateResolvers: Resolvers = {
  Query: {
    actorNetwork: async (_, { filter, first }, { loaders }) => {
      const size = first ?? 50;
      if (!Number.isInteger(size) || size < 0 || size > MAX_NETWORK_NODES) throw badUserInput(`first must be between 0 and ${MAX_NETWORK_NODES} (got ${size})`);
      const scope = filter ?? {};
      if (scope.minWeight != null && scope.minWeight < 1) throw badUserInput(`minWeight must be at least 1 (got ${scope.minWeight})`);
      const nodes = await loaders.networkNodes(scope, size);
      const edges = await loaders.networkEdges(scope, nodes.map((node) => node.actor.id));
      return { nodes, edges };
    },
    timeline: (_, { filter, bucket }, { loaders }) => loaders.timeline(filter ?? {}, bucket ?? "DAY"),
  },

  ArticleConnection: { facets: facetsOf("Article") },
  EventConnection: { facets: facetsOf("Event") },
  ActorConnection: { facets: facetsOf("Actor") },
  ClaimConnection: { facets: facetsOf("Claim") },
  ArticleFacets: { topics: facet("topics"), sources: facet("sources"), languages: facet("languages") },
  EventFacets: { kinds: facet("kinds"), statuses: facet("statuses"), topics: facet("topics") },
  ActorFacets: { kinds: facet("kinds") },
  ClaimFacets: { topics: facet("topics"), sources: facet("sources"), quoted: facet("quoted") },

  ActorNetworkNode: {
    id: (node) => toGlobalId("Actor", node.actor.id),
  },
  ActorNetworkEdge: {
    source: (edge) => toGlobalId("Actor", edge.source),
    target: (edge) => toGlobalId("Actor", edge.target),
    weight: (edge) => edge.sharedEvents + edge.sharedArticles,
  },
};
