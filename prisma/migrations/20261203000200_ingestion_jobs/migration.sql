-- Ingestion as jobs (src/jobs): a batch of submitted articles, one row per
-- article with its input and where it stands. The jobs themselves live in
-- graphile-worker's own schema (graphile_worker, created by its migrations);
-- each carries only (batch, position), so the input is stored once, here.
CREATE TYPE "IngestionStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

CREATE TABLE "ingestion_batch" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ingestion_batch_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ingestion_job" (
    "batch_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "input" JSONB NOT NULL,
    "status" "IngestionStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "article_id" INTEGER,
    "created" BOOLEAN,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ingestion_job_pkey" PRIMARY KEY ("batch_id", "position")
);

CREATE INDEX "ingestion_job_article_id_idx" ON "ingestion_job"("article_id");

ALTER TABLE "ingestion_job" ADD CONSTRAINT "ingestion_job_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "ingestion_batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ingestion_job" ADD CONSTRAINT "ingestion_job_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Order-independent resolution: an actor's description and affiliation come from
-- the earliest article (by publication, then content hash) that gives one, so
-- workers ingesting in any order build the same graph. The article's order key.
ALTER TABLE "actor" ADD COLUMN "description_source" TEXT, ADD COLUMN "affiliation_source" TEXT;
