-- Knowledge graph: articles, actors, events, claims, topics and their links.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('PERSON', 'STATE', 'ORGANIZATION', 'MEDIA', 'GROUP', 'PLACE');
CREATE TYPE "EventKind" AS ENUM ('MEETING', 'VISIT', 'SUMMIT', 'TALKS', 'STATEMENT', 'AGREEMENT', 'MILITARY_ACTION', 'ELECTION', 'OTHER');
CREATE TYPE "EventStatus" AS ENUM ('PLANNED', 'OCCURRED', 'CANCELLED', 'UNKNOWN');
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');
CREATE TYPE "ParticipantRole" AS ENUM ('HOST', 'VISITOR', 'LEADER', 'MEMBER', 'ATTENDEE', 'SUBJECT');
CREATE TYPE "ArticleEventRelation" AS ENUM ('REPORTS', 'MENTIONS', 'ANNOUNCES');
CREATE TYPE "DiscrepancyField" AS ENUM ('PLACE', 'DATE', 'PARTICIPANTS');

-- CreateTable
CREATE TABLE "article" (
    "id" SERIAL NOT NULL,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "raw_text" TEXT NOT NULL,
    "url" TEXT,
    "source" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "language" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Weighted so that title hits rank above body hits.
    "search_vector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
        setweight(to_tsvector('english', "body"), 'B')
    ) STORED,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "actor" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "description" TEXT,
    "affiliation_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "actor_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "actor_alias" (
    "id" SERIAL NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "surface" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "actor_alias_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "event" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "status" "EventStatus" NOT NULL DEFAULT 'UNKNOWN',
    "start_date" DATE,
    "date_precision" "DatePrecision",
    "place" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "summary" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "claim" (
    "id" SERIAL NOT NULL,
    "text" TEXT NOT NULL,
    "quote" TEXT,
    "speaker_id" INTEGER,
    "article_id" INTEGER NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,
    "event_id" INTEGER,
    "claimed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED,

    CONSTRAINT "claim_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "topic" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "parent_id" INTEGER,

    CONSTRAINT "topic_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "article_actor" (
    "article_id" INTEGER NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "mention_count" INTEGER NOT NULL DEFAULT 1,
    "first_offset" INTEGER NOT NULL,

    CONSTRAINT "article_actor_pkey" PRIMARY KEY ("article_id","actor_id")
);

CREATE TABLE "event_participant" (
    "event_id" INTEGER NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "role" "ParticipantRole" NOT NULL,

    CONSTRAINT "event_participant_pkey" PRIMARY KEY ("event_id","actor_id")
);

CREATE TABLE "article_event" (
    "article_id" INTEGER NOT NULL,
    "event_id" INTEGER NOT NULL,
    "relation" "ArticleEventRelation" NOT NULL,

    CONSTRAINT "article_event_pkey" PRIMARY KEY ("article_id","event_id")
);

CREATE TABLE "article_topic" (
    "article_id" INTEGER NOT NULL,
    "topic_id" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL DEFAULT 1,

    CONSTRAINT "article_topic_pkey" PRIMARY KEY ("article_id","topic_id")
);

CREATE TABLE "event_topic" (
    "event_id" INTEGER NOT NULL,
    "topic_id" INTEGER NOT NULL,

    CONSTRAINT "event_topic_pkey" PRIMARY KEY ("event_id","topic_id")
);

CREATE TABLE "claim_topic" (
    "claim_id" INTEGER NOT NULL,
    "topic_id" INTEGER NOT NULL,

    CONSTRAINT "claim_topic_pkey" PRIMARY KEY ("claim_id","topic_id")
);

CREATE TABLE "discrepancy" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "field" "DiscrepancyField" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "discrepancy_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "discrepancy_value" (
    "id" SERIAL NOT NULL,
    "discrepancy_id" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "article_id" INTEGER NOT NULL,

    CONSTRAINT "discrepancy_value_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "article_url_key" ON "article"("url");
CREATE UNIQUE INDEX "article_content_hash_key" ON "article"("content_hash");
CREATE INDEX "article_published_at_id_idx" ON "article"("published_at", "id");
CREATE INDEX "article_source_idx" ON "article"("source");
CREATE INDEX "article_search_vector_idx" ON "article" USING GIN ("search_vector");
CREATE INDEX "actor_affiliation_id_idx" ON "actor"("affiliation_id");
CREATE INDEX "actor_kind_idx" ON "actor"("kind");
CREATE INDEX "actor_name_idx" ON "actor"("name");
CREATE UNIQUE INDEX "actor_alias_actor_id_normalized_key" ON "actor_alias"("actor_id", "normalized");
CREATE INDEX "actor_alias_normalized_idx" ON "actor_alias"("normalized");
CREATE INDEX "actor_alias_normalized_trgm_idx" ON "actor_alias" USING GIN ("normalized" gin_trgm_ops);
CREATE INDEX "event_start_date_id_idx" ON "event"("start_date", "id");
CREATE INDEX "event_kind_status_idx" ON "event"("kind", "status");
CREATE INDEX "claim_speaker_id_id_idx" ON "claim"("speaker_id", "id");
CREATE INDEX "claim_article_id_start_offset_idx" ON "claim"("article_id", "start_offset");
CREATE INDEX "claim_event_id_id_idx" ON "claim"("event_id", "id");
CREATE INDEX "claim_claimed_at_idx" ON "claim"("claimed_at");
CREATE INDEX "claim_search_vector_idx" ON "claim" USING GIN ("search_vector");
CREATE UNIQUE INDEX "topic_slug_key" ON "topic"("slug");
CREATE INDEX "topic_parent_id_idx" ON "topic"("parent_id");
CREATE INDEX "article_actor_actor_id_article_id_idx" ON "article_actor"("actor_id", "article_id");
CREATE INDEX "event_participant_actor_id_event_id_idx" ON "event_participant"("actor_id", "event_id");
CREATE INDEX "article_event_event_id_article_id_idx" ON "article_event"("event_id", "article_id");
CREATE INDEX "article_topic_topic_id_article_id_idx" ON "article_topic"("topic_id", "article_id");
CREATE INDEX "event_topic_topic_id_event_id_idx" ON "event_topic"("topic_id", "event_id");
CREATE INDEX "claim_topic_topic_id_claim_id_idx" ON "claim_topic"("topic_id", "claim_id");
CREATE UNIQUE INDEX "discrepancy_event_id_field_key" ON "discrepancy"("event_id", "field");
CREATE UNIQUE INDEX "discrepancy_value_discrepancy_id_value_article_id_key" ON "discrepancy_value"("discrepancy_id", "value", "article_id");
CREATE INDEX "discrepancy_value_article_id_idx" ON "discrepancy_value"("article_id");

-- AddForeignKey
ALTER TABLE "actor" ADD CONSTRAINT "actor_affiliation_id_fkey" FOREIGN KEY ("affiliation_id") REFERENCES "actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "actor_alias" ADD CONSTRAINT "actor_alias_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "claim" ADD CONSTRAINT "claim_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "claim" ADD CONSTRAINT "claim_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "claim" ADD CONSTRAINT "claim_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "topic" ADD CONSTRAINT "topic_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "article_actor" ADD CONSTRAINT "article_actor_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "article_actor" ADD CONSTRAINT "article_actor_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "article_event" ADD CONSTRAINT "article_event_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "article_event" ADD CONSTRAINT "article_event_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "article_topic" ADD CONSTRAINT "article_topic_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "article_topic" ADD CONSTRAINT "article_topic_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "event_topic" ADD CONSTRAINT "event_topic_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "event_topic" ADD CONSTRAINT "event_topic_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "claim_topic" ADD CONSTRAINT "claim_topic_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "claim_topic" ADD CONSTRAINT "claim_topic_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "discrepancy" ADD CONSTRAINT "discrepancy_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "discrepancy_value" ADD CONSTRAINT "discrepancy_value_discrepancy_id_fkey" FOREIGN KEY ("discrepancy_id") REFERENCES "discrepancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "discrepancy_value" ADD CONSTRAINT "discrepancy_value_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
