// Article fields, the article root fields and ingestion. No SQL here: every
// read goes through the request's loaders (src/graph/context.ts).
import type { Resolvers } from "../../generated/graphql";
import { requireRole } from "../../auth/roles";
import { ingestArticle, ingestArticles } from "../../ingest/ingest";
import { validateArticleInput, validateArticleInputs } from "../../validation/article";
import { orNotFound } from "../errors";
import { globalIdField, rowIdOf } from "../ids";
import { actorsByArticle } from "../actor/loaders";
import { claimsByArticle } from "../claim/loaders";
import { eventsByArticle } from "../event/loaders";
import { topicsByArticle } from "../topic/loaders";
import { connectionField, readingColumns } from "../plan";

export const articleResolvers: Resolvers = {
  Query: {
    articles: (_, args, { loaders }, info) => loaders.articles(args, info),
    articleByUrl: (_, { url }, { loaders }) => loaders.articleByUrl.load(url),
    article: (_, { id }, { loaders }) => orNotFound(loaders.articleById.load(rowIdOf(id, "Article")), `Article ${id}`),
  },

  Mutation: {
    // Ingestion needs an EDITOR key; a batch is validated whole before any of it is stored.
    ingestArticle: (_, { input }, context) => {
      requireRole(context, "EDITOR");
      return ingestArticle(context.prisma, validateArticleInput(input, context.inputLimits));
    },
    ingestArticles: async (_, { inputs }, context) => {
      requireRole(context, "EDITOR");
      const outcomes = await ingestArticles(context.prisma, validateArticleInputs(inputs, context.inputLimits));
      return outcomes.map((outcome, index) =>
        "error" in outcome ? { index: outcome.index, payload: null, error: outcome.error } : { index, payload: outcome, error: null },
      );
    },
  },

  IngestArticlePayload: {
    article: ({ articleId }, _, { loaders }) => orNotFound(loaders.articleById.load(articleId), `Article ${articleId}`),
  },

  Article: {
    id: globalIdField("Article"),
    rawText: readingColumns(["id"], (article, _, { loaders }) => orNotFound(loaders.rawTextByArticle.load(article.id), `Article ${article.id}`)),
    events: connectionField(eventsByArticle),
    actors: connectionField(actorsByArticle),
    claims: connectionField(claimsByArticle),
    topics: connectionField(topicsByArticle),
  },
};
