// Ingestion as jobs on a Postgres queue: graphile-worker, on the graph's own
// database (its jobs in the graphile_worker schema, taken with SKIP LOCKED and
// announced by LISTEN/NOTIFY), so any number of stateless workers share the
// work. A batch's articles are rows of ingestion_job; each job names one of
// them by (batch, position). Transient faults (connection lost, serialization
// failure, deadlock, a unique key taken by a concurrent writer) are retried
// with graphile-worker's exponential back-off; anything else fails the article
// at once, with its reason. The content hash keeps a retried or repeated
// article from being applied twice (src/ingest/ingest.ts).
import { Logger, run, runMigrations, type Runner, type Task } from "graphile-worker";
import type { Pool } from "pg";
import type { Db } from "../db/client";
import { describeFailure, ingestArticle, type IngestOptions } from "../ingest/ingest";
import type { ArticleInput } from "../ingest/types";
import { isTransientDatabaseError } from "../observability/errors";

export const INGEST_TASK = "ingest_article";
/** Attempts before a transient fault counts as permanent (back-off grows exponentially: ~2 s, 4 s, ... 10 tries ≈ 6 h). */
const MAX_ATTEMPTS = 10;

// graphile-worker logs every job at info level; the API's own logs and metrics say what matters.
const quietLogger = new Logger(() => (level: string, message: string) => {
  if (level === "error") console.error(`graphile-worker: ${message}`);
});

interface IngestJob {
  batchId: number;
  position: number;
}

const prepared = new WeakMap<Pool, Promise<void>>();

/** graphile-worker's own tables, migrated once per pool: every process that enqueues or works needs them. */
function prepareQueue(pool: Pool): Promise<void> {
  let done = prepared.get(pool);
  if (!done) {
    done = runMigrations({ pgPool: pool, logger: quietLogger });
    // A failed attempt is not remembered: the next submission tries again.
    done.catch(() => prepared.delete(pool));
    prepared.set(pool, done);
  }
  return done;
}

/** Stores the batch and its articles and enqueues one job each, in one transaction; returns the batch id. */
export async function enqueueArticles(pool: Pool, inputs: ArticleInput[]): Promise<number> {
  await prepareQueue(pool);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: number }>("INSERT INTO ingestion_batch DEFAULT VALUES RETURNING id");
    const batchId = rows[0]!.id;
    await client.query(
      `INSERT INTO ingestion_job (batch_id, position, input)
       SELECT $1, position - 1, input FROM unnest($2::jsonb[]) WITH ORDINALITY AS inputs(input, position)`,
      [batchId, inputs.map((input) => JSON.stringify(input))],
    );
    await client.query(
      `SELECT graphile_worker.add_job($1, json_build_object('batchId', $2::int, 'position', position),
                                      job_key := $2 || ':' || position, max_attempts := $3)
         FROM generate_series(0, $4::int - 1) AS position`,
      [INGEST_TASK, batchId, MAX_ATTEMPTS, inputs.length],
    );
    await client.query("COMMIT");
    return batchId;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Dates travel through JSON as strings. */
function revive(input: ArticleInput): ArticleInput {
  return { ...input, publishedAt: input.publishedAt ? new Date(input.publishedAt) : input.publishedAt };
}

/** The task: ingest one queued article and record how it went. */
export function ingestTask(db: Db, options: IngestOptions & { ingest?: typeof ingestArticle } = {}): Task {
  const ingest = options.ingest ?? ingestArticle;
  return async (payload) => {
    const { batchId, position } = payload as IngestJob;
    const [job] = await db.$queryRaw<{ input: ArticleInput }[]>`
      UPDATE ingestion_job SET status = 'RUNNING', attempts = attempts + 1, updated_at = now()
       WHERE batch_id = ${batchId} AND position = ${position} AND status <> 'DONE' RETURNING input`;
    // Already done (a job re-run after its result was recorded): nothing to apply again.
    if (!job) return;
    try {
      const { articleId, created } = await ingest(db, revive(job.input), options);
      await db.$executeRaw`UPDATE ingestion_job SET status = 'DONE', article_id = ${articleId}, created = ${created}, error = NULL, updated_at = now()
                            WHERE batch_id = ${batchId} AND position = ${position}`;
    } catch (error) {
      const transient = isTransientDatabaseError(error);
      await db.$executeRaw`UPDATE ingestion_job SET status = ${transient ? "QUEUED" : "FAILED"}::"IngestionStatus", error = ${describeFailure(error)}, updated_at = now()
                            WHERE batch_id = ${batchId} AND position = ${position}`.catch(() => undefined);
      // Thrown, graphile-worker retries later; returned, the job is over.
      if (transient) throw error;
    }
  };
}

/** Marks as failed the articles whose job ran out of attempts (the last fault was transient, but kept recurring). */
async function failExhausted(db: Db, batchId: number, position: number, error: string): Promise<void> {
  await db.$executeRaw`UPDATE ingestion_job SET status = 'FAILED', error = ${error}, updated_at = now()
                        WHERE batch_id = ${batchId} AND position = ${position} AND status <> 'DONE'`;
}

export interface WorkerOptions {
  pool: Pool;
  db: Db;
  /** Jobs run at once in this process. */
  concurrency?: number;
  ingest?: IngestOptions & { ingest?: typeof ingestArticle };
}

/** A worker in this process: takes ingestion jobs until stopped. */
export async function startWorker({ pool, db, concurrency = 2, ingest }: WorkerOptions): Promise<Runner> {
  await prepareQueue(pool);
  const runner = await run({ pgPool: pool, concurrency, noHandleSignals: true, pollInterval: 1000, logger: quietLogger, taskList: { [INGEST_TASK]: ingestTask(db, ingest) } });
  runner.events.on("job:failed", ({ job, error }) => {
    if (job.attempts >= job.max_attempts) void failExhausted(db, (job.payload as IngestJob).batchId, (job.payload as IngestJob).position, describeFailure(error)).catch(() => undefined);
  });
  return runner;
}

