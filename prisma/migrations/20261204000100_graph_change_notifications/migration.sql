-- One notification per committed transaction that changed the graph, from any
-- process (API, CLI, worker, curation): API processes drop their cached
-- responses on it (src/response-cache.ts). Statement-level, and the same
-- payload twice in one transaction is delivered once, so an ingest sends one.
CREATE FUNCTION "newsgraph_graph_changed"() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('newsgraph_graph', '');
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['article', 'actor', 'actor_alias', 'event', 'claim', 'topic', 'article_actor', 'event_participant',
                             'event_report', 'event_report_participant', 'article_event', 'article_topic', 'event_topic',
                             'claim_topic', 'discrepancy', 'discrepancy_value', 'audit_log'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION "newsgraph_graph_changed"()', t || '_graph_changed', t);
    END LOOP;
END
$$;
