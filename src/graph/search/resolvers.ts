// Full-text search and the Node / SearchResult type resolution. No SQL here.
import type { Resolvers } from "../../generated/graphql";
import type { GraphContext } from "../context";
import { badUserInput, orNotFound } from "../errors";
import { fromGlobalId, nodeTypeOf } from "../ids";
import type { Article, Claim, SearchHit } from "../models";

function loadHit({ kind, id }: SearchHit, { loaders }: GraphContext): Promise<Article | Claim> {
  const row = kind === "Article" ? loaders.articleById.load(id) : loaders.claimById.load(id);
  return orNotFound<Article | Claim>(row, `${kind} ${id}`);
}

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, { query, ...page }, { loaders }, info) => {
      if (!query.trim()) throw badUserInput("query must not be empty");
      return loaders.search(query, page, info);
    },
    /** Null for a well-formed id naming nothing; BAD_USER_INPUT for a malformed one. */
    node: (_, { id }, { loaders }) => {
      const { type, id: rowId } = fromGlobalId(id);
      const byType = {
        Article: loaders.articleById,
        Event: loaders.eventById,
        Actor: loaders.actorById,
        Claim: loaders.claimById,
        Topic: loaders.topicById,
      } as const;
      return byType[type].load(rowId);
    },
  },

  SearchConnection: {
    nodes: (connection, _, context) => Promise.all(connection.nodes.map((hit) => loadHit(hit, context))),
  },
  SearchEdge: {
    node: (edge, _, context) => loadHit(edge.node, context),
  },

  SearchResult: { __resolveType: (row) => (nodeTypeOf(row) === "Article" ? "Article" : "Claim") },
  Node: { __resolveType: (row) => nodeTypeOf(row) },
};
