// Per-request bookkeeping for logs and metrics: a request id (the client's
// x-request-id when sane, else a new one), and an observation the GraphQL
// layer fills in (operation name, SQL statements, errors) before the response ends.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "./logger";
import { httpDuration, httpRequests, operationLabel, sqlStatementsPerRequest } from "./metrics";

export interface RequestObservation {
  requestId: string;
  log: Logger;
  operationName?: string | null;
  /** SQL statements this request sent, when it reached GraphQL execution. */
  statements?: number;
  errorCodes: string[];
}

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const observations = new WeakMap<ServerResponse, RequestObservation>();

export function observationOf(res: ServerResponse): RequestObservation | undefined {
  return observations.get(res);
}

/** Middleware (express or plain node:http): request id, then one log line and the HTTP metrics when the response is done. */
export function observeRequests(logger: Logger) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const header = req.headers["x-request-id"];
    const requestId = typeof header === "string" && SANE_REQUEST_ID.test(header) ? header : randomUUID();
    res.setHeader("x-request-id", requestId);
    let log: Logger | undefined;
    const observation: RequestObservation = {
      requestId,
      // Made on first use: most requests log one line, at a level that is often off.
      get log() {
        return (log ??= logger.child({ requestId }));
      },
      errorCodes: [],
    };
    observations.set(res, observation);
    const started = process.hrtime.bigint();
    // Read now: routers mounted on a path rewrite req.url while they run.
    const path = (req.url ?? "/").split("?")[0]!;
    res.on("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = path === "/graphql" || path.startsWith("/graphql/") ? "/graphql" : ["/metrics", "/health", "/ready"].includes(path) ? path : "other";
      const operation = route === "/graphql" ? operationLabel(observation.operationName) : "";
      httpRequests.inc({ route, operation, status: String(res.statusCode) });
      httpDuration.observe({ route, operation }, seconds);
      if (observation.statements !== undefined) sqlStatementsPerRequest.observe({ operation }, observation.statements);
      if (!logger.isLevelEnabled("info")) return;
      observation.log.info(
        {
          method: req.method,
          path,
          status: res.statusCode,
          durationMs: Math.round(seconds * 1e4) / 10,
          operation: observation.operationName ?? undefined,
          statements: observation.statements,
          errors: observation.errorCodes.length ? observation.errorCodes : undefined,
        },
        "request",
      );
    });
    next();
  };
}
