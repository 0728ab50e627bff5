// Article fields, the article root fields and ingestion. No SQL here: every
// read goes through the request's loaders (src/graph/context.ts).
import type { Resolvers } from "../../generated/graphql";
import { ingestArticle, ingestArticles } from "../../ingest/ingest";
import type { ArticleInput } from "../../ingest/types";
import { badUserInput, orNotFound } from "../errors";
import { rowIdOf, toGlobalId } from "../ids";

function articleInput(input: ArticleInput): ArticleInput {
  if (!input.text.trim()) throw badUserInput("text must not be empty");
  return input;
}

export const articleResolvers: Resolvers = {
  Query: {
    articles: (_, { filter, orderBy, ...page }, { loaders }) => loaders.articles(filter, orderBy, page),
    article: (_, { id }, { loaders }) => orNotFound(loaders.articleById.load(rowIdOf(id, "Article")), `Article ${id}`),
  },

  Mutation: {
    ingestArticle: (_, { input }, { prisma }) => ingestArticle(prisma, articleInput(input)),
    ingestArticles: async (_, { inputs }, { prisma }) => {
      const outcomes = await ingestArticles(prisma, inputs.map(articleInput));
      return outcomes.map((outcome, index) =>
        "error" in outcome ? { index: outcome.index, payload: null, error: outcome.error } : { index, payload: outcome, error: null },
      );
    },
  },

  IngestArticlePayload: {
    article: ({ articleId }, _, { loaders }) => orNotFound(loaders.articleById.load(articleId), `Article ${articleId}`),
  },

  Article: {
    id: (article) => toGlobalId("Article", article.id),
    events: (article, page, { loaders }) => loaders.eventsByArticle(page).load(article.id),
    actors: (article, page, { loaders }) => loaders.actorsByArticle(page).load(article.id),
    claims: (article, page, { loaders }) => loaders.claimsByArticle(page).load(article.id),
    topics: (article, page, { loaders }) => loaders.topicsByArticle(page).load(article.id),
  },
};
