-- Search ranks in two tiers (src/graph/search/loaders.ts): first the rows whose title (an actor's
-- name) holds the whole query, the A-weighted part of search_vector, then the rest. These vectors
-- and their GIN indexes find the first tier without reading every match.
ALTER TABLE "article" ADD COLUMN "title_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce("title", ''))) STORED;
CREATE INDEX "article_title_vector_idx" ON "article" USING GIN ("title_vector");

ALTER TABLE "event" ADD COLUMN "title_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english', "title")) STORED;
CREATE INDEX "event_title_vector_idx" ON "event" USING GIN ("title_vector");

ALTER TABLE "actor" ADD COLUMN "name_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english', "name")) STORED;
CREATE INDEX "actor_name_vector_idx" ON "actor" USING GIN ("name_vector");
