// Small pieces every view uses: the page frame, loading / error / empty states, dates.
import type { ReactNode } from "react";
import type { CombinedError } from "urql";
import { Link, NavLink } from "react-router";

export function Layout({ children }: { children: ReactNode }) {
  return (
    <div className="app">
      <header className="top">
        <Link to="/" className="brand">newsgraph</Link>
        <nav aria-label="Views">
          <NavLink to="/" end>Timeline</NavLink>
          <NavLink to="/search">Search</NavLink>
          <NavLink to="/curation">Curation</NavLink>
          <a href="/graphiql">GraphiQL</a>
        </nav>
      </header>
      <main>{children}</main>
    </div>
  );
}

/** What a query's state says: loading, an error in words, or nothing when there is data. */
export function QueryState({ fetching, error, what }: { fetching: boolean; error?: CombinedError; what: string }) {
  if (error) {
    const reason = error.networkError ? `the server could not be reached (${error.networkError.message})` : error.graphQLErrors.map((e) => e.message).join("; ");
    return <p className="error" role="alert">Could not load {what}: {reason}</p>;
  }
  if (fetching) return <p className="loading" aria-busy="true">Loading {what}…</p>;
  return null;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** A Date or DateTime as "9 Sept 2025" (UTC, as the API stores them); "undated" for null. */
export function formatDay(value: string | null | undefined): string {
  return value ? DAY.format(new Date(value)) : "undated";
}

export function Tag({ children, tone }: { children: ReactNode; tone?: string }) {
  return <span className={`tag ${tone ? `tag-${tone}` : ""}`}>{children}</span>;
}
