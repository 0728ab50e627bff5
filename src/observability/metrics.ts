// Prometheus metrics, served at /metrics. One registry for the process: the
// metrics describe the process, however many servers a test starts in it.
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const httpRequests = new Counter({
  name: "http_requests_total",
  help: "HTTP requests by route, GraphQL operation name and status code",
  labelNames: ["route", "operation", "status"] as const,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: "http_request_duration_seconds",
  help: "HTTP request latency by route and GraphQL operation name",
  labelNames: ["route", "operation"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const sqlStatementsPerRequest = new Histogram({
  name: "graphql_sql_statements_per_request",
  help: "SQL statements sent to Postgres by one GraphQL request",
  labelNames: ["operation"] as const,
  buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 100],
  registers: [registry],
});

export const loaderBatchSize = new Histogram({
  name: "dataloader_batch_size",
  help: "Keys per DataLoader batch (one SQL statement each)",
  buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
  registers: [registry],
});

/** Called by the loaders (src/graph/loader.ts) once per batch they run. */
export function recordLoaderBatch(size: number): void {
  loaderBatchSize.observe(size);
}

// Operation names come from clients: bound how many label values they can create.
const MAX_OPERATION_LABELS = 200;
const seenOperations = new Set<string>();

/** The label for an operation name: the name itself, "anonymous", or "other" once too many were seen. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  if (!/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return "other";
  if (!seenOperations.has(name)) {
    if (seenOperations.size >= MAX_OPERATION_LABELS) return "other";
    seenOperations.add(name);
  }
  return name;
}
