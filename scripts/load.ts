// `npm run load -- [--url URL] [--duration 60] [--connections 20]`
// A mixed read workload against a running server (loopback by default) with
// autocannon: article lists, article/actor/event detail pages with nested
// connections, full-text search and name lookups, picked at random over real
// ids read from the server first. Prints requests/s, p50/p99 latency and
// errors (transport errors, non-2xx answers, and 200 answers carrying GraphQL
// errors); exits non-zero when there were any.
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:4000/graphql" },
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "20" },
  },
});
const url = values.url!;

async function graphql<T>(query: string): Promise<T> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!response.ok || body.errors || !body.data) throw new Error(`discovery query failed: ${JSON.stringify(body).slice(0, 300)}`);
  return body.data;
}

interface Sample {
  articles: { nodes: { id: string }[] };
  actors: { nodes: { id: string; name: string }[] };
  events: { nodes: { id: string }[] };
}

// Phrases, as people search: a single frequent word ranks a large share of the corpus.
const SEARCH_PHRASES = [
  "gas pipeline delayed", "ceasefire extended", "sanctions blocked opposition", "wheat imports", "naval base",
  "aid convoys", "arms deal signed", "trade agreement welcomed", "oil exports", "border security",
];

/** The workload: [weight, query, variables for request i]. */
function workload(sample: Sample): [number, string, (i: number) => Record<string, unknown>][] {
  const pick = <T>(list: T[], i: number) => list[(i * 7919) % list.length]!;
  return [
    [3, `query Latest { articles(first: 20) { totalCount nodes { id title publishedAt actors(first: 5) { nodes { name kind } } } } }`, () => ({})],
    [3, `query Article($id: ID!) { article(id: $id) { title body claims(first: 10) { nodes { text speaker { name } } }
          actors(first: 10) { edges { mentionCount node { name } } } events(first: 5) { nodes { title startDate place } } topics { nodes { slug } } } }`,
      (i) => ({ id: pick(sample.articles.nodes, i).id })],
    [2, `query Actor($id: ID!) { actorById(id: $id) { name kind aliases { surface } articles(first: 10) { totalCount nodes { title } }
          events(first: 10) { nodes { title participants(first: 5) { nodes { role actor { name } } } } } coActors(first: 5) { nodes { sharedEvents actor { name } } } } }`,
      (i) => ({ id: pick(sample.actors.nodes, i).id })],
    [1, `query Event($id: ID!) { event(id: $id) { title kind status startDate place participants(first: 10) { nodes { role actor { name } } }
          articles(first: 10) { nodes { title source } } discrepancies { field values { value } } } }`,
      (i) => ({ id: pick(sample.events.nodes.length ? sample.events.nodes : sample.articles.nodes, i).id })],
    [2, `query Search($q: String!) { search(query: $q, first: 10) { totalCount edges { node { __typename ... on Article { title } ... on Claim { text } } } } }`,
      (i) => ({ q: pick(SEARCH_PHRASES, i) })],
    [1, `query ByName($name: String!) { actor(name: $name) { id name description } }`, (i) => ({ name: pick(sample.actors.nodes, i).name })],
  ];
}

type Totals = Map<string, { sum: number; count: number }>;

/** Sum and count of a histogram per operation, from the server's /metrics (empty when it has none). */
async function histogramByOperation(metric: string): Promise<Totals> {
  const totals: Totals = new Map();
  const response = await fetch(new URL("/metrics", url)).catch(() => null);
  if (!response?.ok) return totals;
  const pattern = new RegExp(`^${metric}_(sum|count)\\{[^}]*operation="([^"]*)"[^}]*\\} (\\S+)$`);
  for (const line of (await response.text()).split("\n")) {
    const match = pattern.exec(line);
    if (!match) continue;
    const entry = totals.get(match[2]!) ?? { sum: 0, count: 0 };
    entry[match[1] as "sum" | "count"] += Number(match[3]);
    totals.set(match[2]!, entry);
  }
  return totals;
}

const serverMeasures = async () => ({
  latency: await histogramByOperation("http_request_duration_seconds"),
  statements: await histogramByOperation("graphql_sql_statements_per_request"),
});

/** Mean of what was added to a histogram between two readings. */
function meanSince(now: Totals, then: Totals, operation: string): { count: number; mean: number } {
  const a = now.get(operation) ?? { sum: 0, count: 0 };
  const b = then.get(operation) ?? { sum: 0, count: 0 };
  const count = a.count - b.count;
  return { count, mean: count > 0 ? (a.sum - b.sum) / count : 0 };
}

/** Per operation, what the server measured during the run: mean latency and SQL statements per request. */
function printBreakdown(before: Awaited<ReturnType<typeof serverMeasures>>, after: Awaited<ReturnType<typeof serverMeasures>>) {
  for (const operation of [...after.latency.keys()].sort()) {
    const latency = meanSince(after.latency, before.latency, operation);
    if (!operation || latency.count <= 0) continue;
    const statements = meanSince(after.statements, before.statements, operation);
    console.log(`  ${operation.padEnd(10)} ${String(latency.count).padStart(6)} requests, mean ${(latency.mean * 1000).toFixed(0)} ms, ${statements.mean.toFixed(1)} SQL statements each`);
  }
}

async function main() {
  const sample = await graphql<Sample>(`{ articles(first: 100) { nodes { id } } actors(first: 100) { nodes { id name } } events(first: 100) { nodes { id } } }`);
  if (!sample.articles.nodes.length || !sample.actors.nodes.length) throw new Error("the server has no articles or actors to read: load data first");
  const weighted = workload(sample).flatMap((entry) => Array.from({ length: entry[0] }, () => entry));
  // Precomputed bodies, so the load generator spends no time building them.
  const bodies = Array.from({ length: 1000 }, (_, i) => {
    const [, query, variables] = weighted[i % weighted.length]!;
    return JSON.stringify({ query, variables: variables(i) });
  });

  const before = await serverMeasures();
  let sent = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    connections: Number(values.connections),
    duration: Number(values.duration),
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: bodies[sent++ % bodies.length] }),
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });

  const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
  console.log(`mixed read workload, ${result.duration} s, ${result.connections} connections, ${url}`);
  console.log(`requests/s: ${result.requests.average.toFixed(1)} (total ${result.requests.total})`);
  console.log(`latency ms: p50 ${result.latency.p50}, p99 ${result.latency.p99}, max ${result.latency.max}`);
  console.log(`errors: ${errors} (transport ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${graphqlErrors})`);
  console.log("server side, by operation (from its /metrics):");
  printBreakdown(before, await serverMeasures());
  if (errors > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
