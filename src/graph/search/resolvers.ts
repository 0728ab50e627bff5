// Full-text search and the SearchResult type resolution. No SQL here.
import type { Resolvers } from "../../generated/graphql";
import type { GraphContext } from "../context";
import { badUserInput, orNotFound } from "../errors";
import { nodeTypeOf } from "../ids";
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
  },

  SearchConnection: {
    nodes: (connection, _, context) => Promise.all(connection.nodes.map((hit) => loadHit(hit, context))),
  },
  SearchEdge: {
    node: (edge, _, context) => loadHit(edge.node, context),
  },

  SearchResult: { __resolveType: (row) => (nodeTypeOf(row) === "Article" ? "Article" : "Claim") },
};
