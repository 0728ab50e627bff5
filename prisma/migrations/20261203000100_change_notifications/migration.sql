-- Change notifications for GraphQL subscriptions (src/subscriptions/changes.ts).
-- Whatever process writes (the API, the CLI, a worker), Postgres tells every
-- API process that LISTENs. NOTIFY is delivered at commit, and one article is
-- stored in one transaction, so a listener reads the article whole; the same
-- payload twice in one transaction is delivered once.
-- The payload is the row's column named by the trigger's second argument.
CREATE FUNCTION "newsgraph_notify"() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify(TG_ARGV[0], to_jsonb(NEW) ->> TG_ARGV[1]);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "article_ingested" AFTER INSERT ON "article"
    FOR EACH ROW EXECUTE FUNCTION "newsgraph_notify"('newsgraph_article', 'id');
-- An event changes when an article reports it (new sources, new discrepancies) or its row is updated.
CREATE TRIGGER "event_reported" AFTER INSERT OR UPDATE ON "article_event"
    FOR EACH ROW EXECUTE FUNCTION "newsgraph_notify"('newsgraph_event', 'event_id');
CREATE TRIGGER "event_updated" AFTER UPDATE ON "event"
    FOR EACH ROW EXECUTE FUNCTION "newsgraph_notify"('newsgraph_event', 'id');
