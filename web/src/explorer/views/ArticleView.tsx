// One article: the cleaned text with each claim highlighted at its stored
// offsets and its speaker shown; the text as received (boilerplate included)
// on demand; the actors and events extracted from it.
import { Fragment, useState } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { Empty, formatDay, QueryState, Tag } from "../ui";

const ARTICLE = graphql(`
  query ArticleView($id: ID!, $raw: Boolean!) {
    article(id: $id) {
      id title url source publishedAt language body
      rawText @include(if: $raw)
      claims(first: 100) { nodes { id startOffset endOffset speaker { id name } } }
      actors(first: 100) { edges { mentionCount node { id name kind } } }
      events(first: 20) { edges { relation node { id title startDate } } }
    }
  }
`);

interface Highlight {
  id: string;
  startOffset: number;
  endOffset: number;
  speaker: { id: string; name: string } | null;
}

/** The body cut at the claims' offsets: plain runs and highlighted claims, in order (overlaps keep the first claim). */
function segments(body: string, claims: Highlight[]) {
  const sorted = [...claims].sort((a, b) => a.startOffset - b.startOffset);
  const parts: { text: string; claim?: Highlight }[] = [];
  let at = 0;
  for (const claim of sorted) {
    if (claim.startOffset < at || claim.endOffset > body.length) continue;
    if (claim.startOffset > at) parts.push({ text: body.slice(at, claim.startOffset) });
    parts.push({ text: body.slice(claim.startOffset, claim.endOffset), claim });
    at = claim.endOffset;
  }
  parts.push({ text: body.slice(at) });
  return parts;
}

export function ArticleView() {
  const id = useParams().id!;
  const [raw, setRaw] = useState(false);
  const [{ data, fetching, error }] = useQuery({ query: ARTICLE, variables: { id, raw } });
  const article = data?.article;
  if (!article) return <QueryState fetching={fetching} error={error} what="the article" />;
  return (
    <article className="article">
      <h1>{article.title ?? "Untitled"}</h1>
      <p className="meta">{article.source ?? "unknown outlet"} · {formatDay(article.publishedAt)} · {article.language}{article.url && <> · <a href={article.url} rel="noreferrer">original</a></>}</p>
      <label className="toggle"><input type="checkbox" checked={raw} onChange={(e) => setRaw(e.target.checked)} /> Show the page as received, boilerplate included</label>
      <div className="columns">
        <section aria-label="Text" className="text">
          {raw ? <pre className="raw">{article.rawText ?? "Loading…"}</pre> : article.body.split("\n").length > 0 && (
            <p className="body">
              {segments(article.body, article.claims.nodes).map((part, i) =>
                part.claim ? (
                  <mark key={part.claim.id} className="claim" title={part.claim.speaker ? `said by ${part.claim.speaker.name}` : "unattributed"}>
                    {part.text}
                    <span className="said-by">{part.claim.speaker ? part.claim.speaker.name : "unattributed"}</span>
                  </mark>
                ) : <Fragment key={i}>{part.text}</Fragment>,
              )}
            </p>
          )}
        </section>
        <aside>
          <h2>Events</h2>
          {article.events.edges.length === 0 ? <Empty>No events.</Empty> : (
            <ul>{article.events.edges.map(({ relation, node }) => <li key={node.id}><Link to={`/events/${encodeURIComponent(node.id)}`}>{node.title}</Link> <small>{formatDay(node.startDate)} · {relation.toLowerCase()}</small></li>)}</ul>
          )}
          <h2>Actors</h2>
          {article.actors.edges.length === 0 ? <Empty>No actors.</Empty> : (
            <ul>{article.actors.edges.map(({ mentionCount, node }) => <li key={node.id}><Link to={`/actors/${encodeURIComponent(node.id)}`}>{node.name}</Link> <Tag>{node.kind.toLowerCase()}</Tag> <small>×{mentionCount}</small></li>)}</ul>
          )}
        </aside>
      </div>
    </article>
  );
}
