// One actor: canonical name, kind, description, aliases, claims over time, the
// events they took part in, and the network of actors they appear with.
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { CoActorNetwork } from "./CoActorNetwork";
import { Empty, formatDay, QueryState, Tag } from "../ui";

const ACTOR = graphql(`
  query ActorView($id: ID!) {
    actorById(id: $id) {
      id name kind description
      affiliation { id name }
      aliases { surface }
      claims(first: 50, orderBy: CLAIMED_AT_ASC) { totalCount nodes { id text claimedAt article { id title source } } }
      events(first: 50, orderBy: START_DATE_ASC) { totalCount edges { role node { id title startDate kind } } }
      coActors(first: 20) { nodes { id sharedEvents actor { id name kind } } }
    }
  }
`);

export function ActorView() {
  const id = useParams().id!;
  const [{ data, fetching, error }] = useQuery({ query: ACTOR, variables: { id } });
  const actor = data?.actorById;
  if (!actor) return <QueryState fetching={fetching} error={error} what="the actor" />;
  return (
    <article className="actor">
      <h1>{actor.name} <Tag>{actor.kind.toLowerCase()}</Tag></h1>
      {actor.description && <p className="description">{actor.description}</p>}
      {actor.affiliation && <p>Affiliated with <Link to={`/actors/${encodeURIComponent(actor.affiliation.id)}`}>{actor.affiliation.name}</Link></p>}
      <p className="aliases" aria-label="Aliases">Also written: {actor.aliases.map((alias) => <Tag key={alias.surface}>{alias.surface}</Tag>)}</p>

      <section aria-labelledby="network">
        <h2 id="network">Appears with</h2>
        {actor.coActors.nodes.length === 0 ? <Empty>No shared events yet.</Empty> : <CoActorNetwork center={actor} coActors={actor.coActors.nodes} />}
      </section>

      <div className="columns">
        <section aria-labelledby="actor-claims">
          <h2 id="actor-claims">Claims over time ({actor.claims.totalCount})</h2>
          {actor.claims.nodes.length === 0 ? <Empty>No claims attributed.</Empty> : (
            <ol className="claims">{actor.claims.nodes.map((claim) => (
              <li key={claim.id}><time>{formatDay(claim.claimedAt)}</time> <q>{claim.text}</q> <Link to={`/articles/${encodeURIComponent(claim.article.id)}`}>{claim.article.source ?? "article"}</Link></li>
            ))}</ol>
          )}
        </section>
        <section aria-labelledby="actor-events">
          <h2 id="actor-events">Events ({actor.events.totalCount})</h2>
          {actor.events.edges.length === 0 ? <Empty>No events.</Empty> : (
            <ol>{actor.events.edges.map(({ role, node }) => (
              <li key={node.id}><time>{formatDay(node.startDate)}</time> <Link to={`/events/${encodeURIComponent(node.id)}`}>{node.title}</Link> <Tag>{role.toLowerCase()}</Tag></li>
            ))}</ol>
          )}
        </section>
      </div>
    </article>
  );
}
