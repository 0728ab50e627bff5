-- Event reports: what each article says about an event, kept as extracted, so
-- that the event's fields, participants and discrepancies can be folded from
-- all of its reports in article order instead of depending on which article
-- a worker ingested first (src/ingest/event-fold.ts).
CREATE TABLE "event_report" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "article_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "status" "EventStatus" NOT NULL,
    "start_date" DATE,
    "date_precision" "DatePrecision",
    "place" TEXT,
    "summary" TEXT,
    "relation" "ArticleEventRelation" NOT NULL,

    CONSTRAINT "event_report_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "event_report_participant" (
    "report_id" INTEGER NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "role" "ParticipantRole" NOT NULL,

    CONSTRAINT "event_report_participant_pkey" PRIMARY KEY ("report_id", "actor_id")
);

CREATE UNIQUE INDEX "event_report_article_id_position_key" ON "event_report"("article_id", "position");
CREATE INDEX "event_report_event_id_idx" ON "event_report"("event_id");
CREATE INDEX "event_report_participant_actor_id_report_id_idx" ON "event_report_participant"("actor_id", "report_id");

ALTER TABLE "event_report" ADD CONSTRAINT "event_report_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "event_report" ADD CONSTRAINT "event_report_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "event_report_participant" ADD CONSTRAINT "event_report_participant_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "event_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "event_report_participant" ADD CONSTRAINT "event_report_participant_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Graphs ingested before this migration: each article's report is taken to
-- be what the event holds now, with all its participants.
INSERT INTO "event_report" ("event_id", "article_id", "position", "title", "kind", "status", "start_date", "date_precision", "place", "summary", "relation")
SELECT ae."event_id", ae."article_id",
       row_number() OVER (PARTITION BY ae."article_id" ORDER BY ae."event_id") - 1,
       e."title", e."kind", e."status", e."start_date", e."date_precision", e."place", e."summary", ae."relation"
  FROM "article_event" ae JOIN "event" e ON e."id" = ae."event_id";
INSERT INTO "event_report_participant" ("report_id", "actor_id", "role")
SELECT r."id", p."actor_id", p."role"
  FROM "event_report" r JOIN "event_participant" p ON p."event_id" = r."event_id";
