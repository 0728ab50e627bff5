// /graphql served straight on node:http, the way Apollo's own standalone server
// serves it (cors, a JSON body, then executeHTTPGraphQLRequest), with the
// request's observation and statement-counting scope. Express keeps the other
// routes: its app and router cost about 0.2 ms of CPU per request
// (bench/profile.ts), half of all a one-row query costs.
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import cors from "cors";
import express from "express";
import { csrfRefusal } from "./csrf";
import { countStatements, StatementCounter } from "./db/statements";
import { observationOf } from "./observability/requests";

type Next = (error?: unknown) => void;
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface GraphqlRouteOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  corsOrigins: string[];
  /** Largest request body (batches of articles travel in one). */
  maxBody: string;
  /** Runs first, for every request (logs and metrics). */
  observe: Middleware;
  /** The request's context; `statements` counts what it sends. */
  context(req: IncomingMessage, res: ServerResponse, statements: StatementCounter): Promise<C>;
}

export function isGraphqlPath(url: string | undefined): boolean {
  return url === "/graphql" || url?.startsWith("/graphql?") === true;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(body));
}

/** Bodies the JSON parser refuses (malformed, too large) get a GraphQL-shaped error, not an HTML page. */
function sendBodyError(res: ServerResponse, error: { status?: number; statusCode?: number }, maxBody: string): void {
  const status = error.status ?? error.statusCode ?? 500;
  const [code, message] =
    status === 413 ? ["PAYLOAD_TOO_LARGE", `the request body is larger than ${maxBody}`]
    : status >= 400 && status < 500 ? ["BAD_REQUEST", "the request body is not valid JSON"]
    : ["INTERNAL_SERVER_ERROR", "Internal server error"];
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

const refuseForgedRequests: Middleware = (req, res, next) => {
  const refusal = csrfRefusal(req);
  if (refusal) sendJson(res, 400, { errors: [{ message: refusal, extensions: { code: "BAD_REQUEST" } }] });
  else next();
};

async function execute<C extends BaseContext>(options: GraphqlRouteOptions<C>, req: IncomingMessage & { body?: unknown }, res: ServerResponse, statements: StatementCounter) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const url = req.url ?? "";
  const query = url.indexOf("?");
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method?.toUpperCase() ?? "GET", headers, search: query === -1 ? "" : url.slice(query), body: req.body },
    context: () => options.context(req, res, statements),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

export function graphqlRoute<C extends BaseContext>(options: GraphqlRouteOptions<C>): RequestHandler {
  const steps: Middleware[] = [
    options.observe,
    cors({ origin: options.corsOrigins.includes("*") ? "*" : options.corsOrigins }) as Middleware,
    refuseForgedRequests,
    express.json({ limit: options.maxBody }) as unknown as Middleware,
  ];
  return (req, res) => {
    let step = 0;
    const next: Next = (error) => {
      if (error) return sendBodyError(res, error as { status?: number }, options.maxBody);
      const middleware = steps[step++];
      if (middleware) return middleware(req, res, next);
      // Every statement the rest of the request sends is counted on its own counter (src/db/statements.ts).
      const statements = new StatementCounter();
      countStatements(statements, () =>
        execute(options, req, res, statements).catch((error: unknown) => {
          // Apollo answers GraphQL errors itself; this is a failure around it (a broken socket, a bug), logged since the client sees no detail.
          observationOf(res)?.log.error({ err: error }, "graphql request failed");
          if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
          else res.end();
        }),
      );
    };
    next();
  };
}
