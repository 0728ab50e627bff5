// Full-text search over articles, claims, actors and events, with snippets.
import { Fragment, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { Empty, QueryState, Tag } from "../ui";

const SEARCH = graphql(`
  query SearchView($query: String!) {
    search(query: $query, first: 30) {
      totalCount
      edges {
        snippet
        node {
          __typename
          ... on Article { id title source }
          ... on Claim { id text speaker { name } article { id } }
          ... on Actor { id name kind }
          ... on Event { id eventTitle: title startDate }
        }
      }
    }
  }
`);

/** ts_headline wraps matches in <b></b>: rendered as <b>, everything else as text. */
function Snippet({ html }: { html: string }) {
  return <>{html.split(/<\/?b>/).map((part, i) => (i % 2 === 1 ? <b key={i}>{part}</b> : <Fragment key={i}>{part}</Fragment>))}</>;
}

const pathOf = (node: { __typename?: string; id: string; article?: { id: string } }) =>
  node.__typename === "Claim" ? `/articles/${encodeURIComponent(node.article!.id)}` : `/${node.__typename!.toLowerCase()}s/${encodeURIComponent(node.id)}`;

export function SearchView() {
  const [params, setParams] = useSearchParams();
  const query = params.get("q") ?? "";
  const [text, setText] = useState(query);
  const [{ data, fetching, error }] = useQuery({ query: SEARCH, variables: { query }, pause: !query.trim() });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  };
  const edges = data?.search?.edges ?? [];
  return (
    <div className="search">
      <form onSubmit={submit} role="search">
        <label htmlFor="search-input" className="visually-hidden">Search</label>
        <input id="search-input" type="search" value={text} placeholder="Search articles, claims, actors, events" onChange={(e) => setText(e.target.value)} />
        <button type="submit">Search</button>
      </form>
      {query && <QueryState fetching={fetching} error={error} what="results" />}
      {query && data?.search && <p className="meta">{data.search.totalCount} results for “{query}”</p>}
      {query && data?.search && edges.length === 0 && <Empty>Nothing matches “{query}”.</Empty>}
      <ol className="results">
        {edges.map(({ node, snippet }) => {
          const title = node.__typename === "Article" ? node.title ?? "Untitled" : node.__typename === "Claim" ? `${node.speaker?.name ?? "Unattributed"}: claim` : node.__typename === "Actor" ? node.name : node.eventTitle;
          return (
            <li key={`${node.__typename}:${node.id}`}>
              <Tag>{node.__typename?.toLowerCase()}</Tag> <Link to={pathOf(node)}>{title}</Link>
              <p className="snippet"><Snippet html={snippet} /></p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
