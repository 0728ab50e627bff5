// Timeline: events by date with kind, status and place, filtered by actor, topic,
// dates and kind; infinite scroll through the connection's cursors; new articles
// arrive live (articleIngested) and refresh the list.
import { useEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery, useSubscription } from "urql";
import { graphql } from "../../gql";
import type { EventKind } from "../../gql/graphql";
import { ActorPicker } from "./ActorPicker";
import { Empty, formatDay, QueryState, Tag } from "../ui";

const EVENTS = graphql(`
  query TimelineEvents($filter: EventFilter, $after: String) {
    events(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title kind status startDate datePrecision place } }
    }
  }
`);

const TOPICS = graphql(`
  query TimelineTopics { topics(orderBy: ARTICLE_COUNT_DESC, first: 50) { nodes { id slug name } } }
`);

const INGESTED = graphql(`
  subscription ArticleArrived { articleIngested { id title source publishedAt } }
`);

const KINDS: EventKind[] = ["MEETING", "VISIT", "SUMMIT", "TALKS", "STATEMENT", "AGREEMENT", "MILITARY_ACTION", "ELECTION", "OTHER"];

export function Timeline() {
  const [params, setParams] = useSearchParams();
  const filter = {
    actor: params.get("actor") || undefined,
    topic: params.get("topic") || undefined,
    kind: params.get("kind") ? [params.get("kind") as EventKind] : undefined,
    startDate: params.get("from") || params.get("to") ? { from: params.get("from") || undefined, to: params.get("to") || undefined } : undefined,
  };
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: EVENTS, variables: { filter, after } });
  const [topics] = useQuery({ query: TOPICS });
  const [arrived, setArrived] = useState<{ id: string; title: string | null; source: string | null }[]>([]);
  useSubscription({ query: INGESTED }, (_previous, next) => {
    setArrived((list) => [next.articleIngested, ...list].slice(0, 5));
    setAfter(null);
    refetch({ requestPolicy: "network-only" });
    return next;
  });

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setAfter(null);
    setParams(next);
  };

  // Infinite scroll: the next page when the end of the list comes into view.
  const end = useRef<HTMLDivElement>(null);
  const page = data?.events?.pageInfo;
  useEffect(() => {
    if (!end.current || !page?.hasNextPage || fetching) return;
    const observer = new IntersectionObserver(([entry]) => entry?.isIntersecting && setAfter(page.endCursor ?? null));
    observer.observe(end.current);
    return () => observer.disconnect();
  }, [page, fetching]);

  const edges = data?.events?.edges ?? [];
  return (
    <div className="timeline">
      <section className="filters" aria-label="Filters">
        <ActorPicker value={params.get("actor") ?? ""} onChange={(id) => setFilter("actor", id)} />
        <label>Topic
          <select value={params.get("topic") ?? ""} onChange={(e) => setFilter("topic", e.target.value)}>
            <option value="">any</option>
            {topics.data?.topics?.nodes.map((topic) => <option key={topic.id} value={topic.slug}>{topic.name}</option>)}
          </select>
        </label>
        <label>Kind
          <select value={params.get("kind") ?? ""} onChange={(e) => setFilter("kind", e.target.value)}>
            <option value="">any</option>
            {KINDS.map((kind) => <option key={kind} value={kind}>{kind.toLowerCase().replace("_", " ")}</option>)}
          </select>
        </label>
        <label>From <input type="date" value={params.get("from") ?? ""} onChange={(e) => setFilter("from", e.target.value)} /></label>
        <label>To <input type="date" value={params.get("to") ?? ""} onChange={(e) => setFilter("to", e.target.value)} /></label>
      </section>

      <div className="columns">
        <section aria-label="Events">
          <h1>Timeline {data?.events && <small>{data.events.totalCount} events</small>}</h1>
          {edges.length === 0 && <QueryState fetching={fetching} error={error} what="events" />}
          {!fetching && !error && edges.length === 0 && <Empty>No events match these filters.</Empty>}
          <ol className="events">
            {edges.map(({ node: event }) => (
              <li key={event.id} className="event-row">
                <time>{formatDay(event.startDate)}</time>
                <Link to={`/events/${encodeURIComponent(event.id)}`}>{event.title}</Link>
                <span className="meta">
                  <Tag>{event.kind.toLowerCase().replace("_", " ")}</Tag>
                  <Tag tone={event.status.toLowerCase()}>{event.status.toLowerCase()}</Tag>
                  {event.place && <span className="place">{event.place}</span>}
                </span>
              </li>
            ))}
          </ol>
          {edges.length > 0 && <QueryState fetching={fetching} error={error} what="more events" />}
          <div ref={end} className="end" />
        </section>
        <aside aria-label="Just in" className="just-in">
          <h2>Just in</h2>
          {arrived.length === 0 ? <Empty>New articles appear here as they are ingested.</Empty> : (
            <ul>{arrived.map((article) => <li key={article.id}><Link to={`/articles/${encodeURIComponent(article.id)}`}>{article.title ?? "Untitled"}</Link> <small>{article.source}</small></li>)}</ul>
          )}
        </aside>
      </div>
    </div>
  );
}
