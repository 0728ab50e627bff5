// GraphiQL with the query-builder explorer, bundled with its editor workers so
// the page works offline and behind proxies (no CDN). It talks to /graphql on
// the same server; an API key typed into the headers tab travels as a header.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import { explorerPlugin } from "@graphiql/plugin-explorer";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

const fetcher = createGraphiQLFetcher({ url: new URL("/graphql", window.location.href).toString() });
const plugins = [explorerPlugin()];

const DEFAULT_QUERY = `# The newest events, who took part, and where outlets disagree.
{
  events(first: 5) {
    nodes {
      title
      startDate
      place
      participants(first: 5) { nodes { role actor { name } } }
      discrepancies { field values { value articles { source } } }
    }
  }
}
`;

createRoot(document.getElementById("graphiql")!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} plugins={plugins} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
