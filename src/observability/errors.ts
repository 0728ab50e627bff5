// What clients see when something fails. Database trouble gets a code of its
// own (QUERY_TIMEOUT, DATABASE_UNAVAILABLE) so clients can retry sensibly; in
// production anything unexpected is reduced to "Internal server error", never
// a stack trace or SQL.
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { asLimitError } from "../limits";

// Postgres SQLSTATEs and driver codes that mean "the database is not there right now".
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "53300", "P1001", "P1002", "P1017"]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
const STATEMENT_CANCELED = "57014";

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: string; code?: string } } };
  cause?: unknown;
  /** Where Apollo keeps the error a GraphQLError wraps (a failed context, say). */
  originalError?: unknown;
}

/** The error and its causes (Apollo's originalError, Error.cause), each with the SQLSTATE or driver code and kind it carries. */
function* errorChain(error: unknown): Generator<{ code?: string; kind?: string; message?: unknown }> {
  for (let e = error as ErrorLike | undefined, depth = 0; e && typeof e === "object" && depth < 5; e = (e.originalError ?? e.cause) as ErrorLike, depth++) {
    const adapterCause = e.meta?.driverAdapterError?.cause;
    yield { code: adapterCause?.code ?? (typeof e.code === "string" ? e.code : undefined), kind: adapterCause?.kind, message: e.message };
  }
}

/** QUERY_TIMEOUT, DATABASE_UNAVAILABLE, or null when the error is not the database's. */
export function databaseErrorCode(error: unknown): "QUERY_TIMEOUT" | "DATABASE_UNAVAILABLE" | null {
  for (const { code, kind, message } of errorChain(error)) {
    if (code === STATEMENT_CANCELED) return "QUERY_TIMEOUT";
    if ((code && UNAVAILABLE_CODES.has(code)) || (kind && UNAVAILABLE_KINDS.has(kind))) return "DATABASE_UNAVAILABLE";
    if (typeof message === "string" && /Connection terminated|Can't reach database server|timeout exceeded when trying to connect|connection error and is not queryable|Code: `57P0[123]`/i.test(message)) {
      return "DATABASE_UNAVAILABLE";
    }
  }
  return null;
}

// Serialization failure, deadlock (SQLSTATE, and Prisma's code for both), a unique key taken by a concurrent writer.
const CONFLICT_CODES = new Set(["40001", "40P01", "P2034", "23505", "P2002"]);

/** Whether trying again later may succeed: the database was away, or a concurrent transaction got in the way. */
export function isTransientDatabaseError(error: unknown): boolean {
  if (databaseErrorCode(error) === "DATABASE_UNAVAILABLE") return true;
  for (const { code, kind } of errorChain(error)) if ((code && CONFLICT_CODES.has(code)) || kind === "TransactionWriteConflict") return true;
  return false;
}

const DATABASE_MESSAGES = {
  QUERY_TIMEOUT: "The query took longer than the server allows and was cancelled; ask for less (smaller pages, fewer nested fields).",
  DATABASE_UNAVAILABLE: "The database is unavailable right now; retry shortly.",
};

/** Apollo formatError: classifies database failures and, in production, hides internals. */
export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const databaseCode = databaseErrorCode(unwrapResolverError(error));
    if (databaseCode) {
      return { message: DATABASE_MESSAGES[databaseCode], locations: formatted.locations, path: formatted.path, extensions: { code: databaseCode } };
    }
    const limit = asLimitError(formatted);
    if (limit) return production ? withoutInternals(limit) : limit;
    const code = formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR";
    if (!production) return formatted;
    if (code === "INTERNAL_SERVER_ERROR") {
      // The stack stays for debugDetail (src/server.ts), which sends it only to requests allowed to see it.
      return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code, stacktrace: formatted.extensions?.stacktrace } };
    }
    return withoutInternals(formatted);
  };
}

/** Known codes keep their message; exception details go (stack traces are src/server.ts debugDetail's to keep or drop). */
function withoutInternals(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { exception: _exception, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

/** Seconds a client is told to wait when the database is down. */
const RETRY_AFTER_SECONDS = 5;

/** For failures before a request's context exists (the key lookup), where no plugin sees the response. */
export function databaseUnavailable(): GraphQLError {
  return new GraphQLError(DATABASE_MESSAGES.DATABASE_UNAVAILABLE, {
    extensions: { code: "DATABASE_UNAVAILABLE", http: { status: 503, headers: new Map([["retry-after", String(RETRY_AFTER_SECONDS)]]) } },
  });
}

/**
 * A request that failed because Postgres is unreachable answers 503 with
 * Retry-After, so load balancers and retrying clients can tell an outage from
 * an answer (GraphQL would otherwise say 200 with an error inside).
 */
export const outageStatus: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        if (!response.body.singleResult.errors?.some((error) => error.extensions?.code === "DATABASE_UNAVAILABLE")) return;
        response.http.status = 503;
        response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
      },
    };
  },
};
