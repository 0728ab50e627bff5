// Full-text search and the SearchResult type resolution. No SQL here.
import type { Resolvers } from "../../generated/graphql";
import type { GraphContext } from "../context";
import { badUserInput, orNotFound } from "../errors";
import { nodeTypeOf } from "../ids";
import type { Actor, Article, Claim, Event, SearchHit } from "../models";

function loadHit({ kind, id }: SearchHit, { loaders }: GraphContext): Promise<Article | Claim | Actor | Event> {
  const byKind = { Article: loaders.articleById, Claim: loaders.claimById, Actor: loaders.actorById, Event: loaders.eventById };
  return orNotFound<Article | Claim | Actor | Event>(byKind[kind].load(id), `${kind} ${id}`);
}

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, { query, types, ...page }, { loaders }, info) => {
      if (!query.trim()) throw badUserInput("query must not be empty");
      return loaders.search(query, types, page, info);
    },
  },

  SearchConnection: {
    nodes: (connection, _, context) => Promise.all(connection.nodes.map((hit) => loadHit(hit, context))),
  },
  SearchEdge: {
    node: (edge, _, context) => loadHit(edge.node, context),
  },

  SearchResult: { __resolveType: (row) => nodeTypeOf(row) as "Article" | "Claim" | "Actor" | "Event" },
};
