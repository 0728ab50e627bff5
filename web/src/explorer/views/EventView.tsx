// One event: participants with roles, the articles that report it, the claims
// made there with their speakers, and the fields on which outlets disagree, side
// by side. Refreshed live when another article reports it (eventUpdated).
import { Link, useParams } from "react-router";
import { useQuery, useSubscription } from "urql";
import { graphql } from "../../gql";
import { Empty, formatDay, QueryState, Tag } from "../ui";

const EVENT = graphql(`
  query EventView($id: ID!) {
    event(id: $id) {
      id title kind status startDate datePrecision place summary
      participants(first: 50) { edges { node { id role actor { id name kind } } } }
      articles(first: 50) { edges { relation node { id title source publishedAt } } }
      claims(first: 100, orderBy: CLAIMED_AT_ASC) { totalCount nodes { id text quote speaker { id name } article { id source } } }
      discrepancies { field values { value articles { id title source } } }
    }
  }
`);

const UPDATED = graphql(`
  subscription EventChanged($id: ID!) { eventUpdated(id: $id) { id } }
`);

export function EventView() {
  const id = useParams().id!;
  const [{ data, fetching, error }, refetch] = useQuery({ query: EVENT, variables: { id } });
  useSubscription({ query: UPDATED, variables: { id } }, (_previous, next) => {
    refetch({ requestPolicy: "network-only" });
    return next;
  });
  const event = data?.event;
  if (!event) return <QueryState fetching={fetching} error={error} what="the event" />;
  return (
    <article className="event">
      <h1>{event.title}</h1>
      <p className="meta">
        <time>{formatDay(event.startDate)}</time> <Tag>{event.kind.toLowerCase().replace("_", " ")}</Tag>{" "}
        <Tag tone={event.status.toLowerCase()}>{event.status.toLowerCase()}</Tag> {event.place && <span className="place">{event.place}</span>}
      </p>
      {event.summary && <p>{event.summary}</p>}

      <section aria-labelledby="disagreements">
        <h2 id="disagreements">Where the outlets disagree</h2>
        {event.discrepancies.length === 0 ? <Empty>The sources agree on place, date and participants.</Empty> : event.discrepancies.map((discrepancy) => (
          <div key={discrepancy.field} className="discrepancy" data-field={discrepancy.field}>
            <h3>{discrepancy.field.toLowerCase()}</h3>
            <div className="side-by-side">
              {discrepancy.values.map((value) => (
                <div key={value.value} className="value">
                  <strong>{value.value}</strong>
                  <ul>{value.articles.map((article) => <li key={article.id}><Link to={`/articles/${encodeURIComponent(article.id)}`}>{article.source ?? article.title ?? "an article"}</Link></li>)}</ul>
                </div>
              ))}
            </div>
          </div>
        ))}
      </section>

      <section aria-labelledby="claims">
        <h2 id="claims">Who said what ({event.claims.totalCount})</h2>
        {event.claims.nodes.length === 0 ? <Empty>No claims were made at or about this event.</Empty> : (
          <ul className="claims">
            {event.claims.nodes.map((claim) => (
              <li key={claim.id}>
                {claim.speaker ? <Link className="speaker" to={`/actors/${encodeURIComponent(claim.speaker.id)}`}>{claim.speaker.name}</Link> : <span className="speaker unattributed">unattributed</span>}
                <q>{claim.quote ?? claim.text}</q>
                <Link className="source" to={`/articles/${encodeURIComponent(claim.article.id)}`}>{claim.article.source ?? "article"}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="columns">
        <section aria-labelledby="participants">
          <h2 id="participants">Participants</h2>
          {event.participants.edges.length === 0 ? <Empty>No participants recorded.</Empty> : (
            <ul>{event.participants.edges.map(({ node }) => <li key={node.id}><Link to={`/actors/${encodeURIComponent(node.actor.id)}`}>{node.actor.name}</Link> <Tag>{node.role.toLowerCase()}</Tag></li>)}</ul>
          )}
        </section>
        <section aria-labelledby="reports">
          <h2 id="reports">Reported by</h2>
          <ul>{event.articles.edges.map(({ relation, node }) => (
            <li key={node.id}><Link to={`/articles/${encodeURIComponent(node.id)}`}>{node.title ?? "Untitled"}</Link> <small>{node.source ?? "unknown outlet"}, {formatDay(node.publishedAt)} · {relation.toLowerCase()}</small></li>
          ))}</ul>
        </section>
      </div>
    </article>
  );
}
