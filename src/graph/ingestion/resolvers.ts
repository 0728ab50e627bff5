// submitArticles and ingestionBatch: ingestion through the job queue (src/jobs). No SQL here.
import { requireRole } from "../../auth/roles";
import type { Resolvers } from "../../generated/graphql";
import { enqueueArticles } from "../../jobs/queue";
import { validateArticleInputs } from "../../validation/article";
import { orNotFound } from "../errors";
import { globalIdField, rowIdOf } from "../ids";
import { loadFound } from "../loader";

/** More than a request's synchronous batch: the queue takes them in its own time. */
export const MAX_SUBMITTED = 1000;

export const ingestionResolvers: Resolvers = {
  Query: {
    ingestionBatch: (_, { id }, { loaders }) => loaders.ingestionBatchById.load(rowIdOf(id, "IngestionBatch")),
  },

  Mutation: {
    submitArticles: async (_, { inputs }, context) => {
      requireRole(context, "EDITOR");
      const articles = validateArticleInputs(inputs, { ...context.inputLimits, maxBatch: MAX_SUBMITTED });
      const batchId = await enqueueArticles(context.pool, articles);
      return orNotFound(context.loaders.ingestionBatchById.load(batchId), `IngestionBatch ${batchId}`);
    },
  },

  IngestionBatch: {
    id: globalIdField("IngestionBatch"),
    createdAt: (batch) => batch.batchCreatedAt,
    finished: (batch) => batch.queued + batch.running === 0,
    articles: (batch, _, { loaders }) => loadFound(loaders.articleById, batch.articleIds),
  },
};
