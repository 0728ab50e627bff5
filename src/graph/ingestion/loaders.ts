// Loading ingestion batches: counts by status, failures and stored articles, one row per batch.
import { Prisma } from "../../generated/prisma/client";
import { asModel, rowLoader, type LoaderSettings } from "../loader";

export interface IngestionBatchRow {
  id: number;
  /** Tells the batch apart from other Node rows (src/graph/ids.ts nodeTypeOf). */
  batchCreatedAt: Date;
  total: number;
  queued: number;
  running: number;
  done: number;
  failed: number;
  failures: { index: number; reason: string; attempts: number }[];
  articleIds: number[];
}

const count = (status: string) => Prisma.sql`(count(*) FILTER (WHERE job.status = ${status}::"IngestionStatus"))::int`;

export function ingestionLoaders(settings: LoaderSettings) {
  return {
    ingestionBatchById: rowLoader(settings, {
      select: Prisma.sql`batch.id, batch.created_at AS "batchCreatedAt", count(*)::int AS total,
        ${count("QUEUED")} AS queued, ${count("RUNNING")} AS running, ${count("DONE")} AS done, ${count("FAILED")} AS failed,
        coalesce(json_agg(json_build_object('index', job.position, 'reason', job.error, 'attempts', job.attempts) ORDER BY job.position)
                 FILTER (WHERE job.status = 'FAILED'), '[]') AS failures,
        coalesce(array_agg(job.article_id ORDER BY job.position) FILTER (WHERE job.article_id IS NOT NULL), '{}') AS "articleIds"`,
      from: Prisma.sql`ingestion_batch batch JOIN ingestion_job job ON job.batch_id = batch.id`,
      key: Prisma.sql`batch.id`,
      groupBy: Prisma.sql`batch.id`,
      toValue: asModel<IngestionBatchRow>,
    }),
  };
}
