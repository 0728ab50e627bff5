-- Search reaches events and actors too (`search(types:)`): generated, GIN-indexed
-- vectors as articles and claims have. Titles and names weigh as article titles do.
ALTER TABLE "event" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', "title"), 'A') ||
    setweight(to_tsvector('english', coalesce("summary", '') || ' ' || coalesce("place", '')), 'B')
) STORED;
CREATE INDEX "event_search_vector_idx" ON "event" USING GIN ("search_vector");

ALTER TABLE "actor" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', "name"), 'A') ||
    setweight(to_tsvector('english', coalesce("description", '')), 'B')
) STORED;
CREATE INDEX "actor_search_vector_idx" ON "actor" USING GIN ("search_vector");

-- ArticleFilter.language and the language facet.
CREATE INDEX "article_language_idx" ON "article"("language");

-- Automatic persisted queries, shared by every API process (src/persisted-queries.ts).
CREATE TABLE "persisted_query" (
    "hash" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "used_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "persisted_query_pkey" PRIMARY KEY ("hash")
);
