// Subscriptions over WebSocket (the graphql-ws protocol) on the HTTP server's
// /graphql path, under the rules queries meet: the API key (from the
// connection's init payload, else the upgrade request's Authorization header)
// and the same parse, validation, depth and cost limits.
import type http from "node:http";
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Authenticated } from "../auth/keys";
import type { GraphContext } from "../graph/context";
import type { QueryLimitRules } from "../limits";

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  limits: QueryLimitRules;
  /** Whether a subscription needs an API key, as queries do (REQUIRE_KEY_FOR_QUERIES). */
  requireKey: boolean;
  /** The key behind an Authorization value; null when unknown or revoked. */
  authenticate(authorization: string): Promise<Authenticated | null>;
  context(auth: Authenticated | null): GraphContext;
  /** With trusted documents (TRUSTED_DOCUMENTS), whether this one is among them. */
  isTrusted?(query: string): boolean;
}

/** The Authorization value a client sent: in connectionParams (browsers cannot set upgrade headers) or as a header. */
function authorizationOf(params: Record<string, unknown> | undefined, request: http.IncomingMessage): string | undefined {
  const fromParams = params?.Authorization ?? params?.authorization;
  return typeof fromParams === "string" ? fromParams : request.headers.authorization;
}

const errorsOf = (message: string, code: string) => [new GraphQLError(message, { extensions: { code } })];

export function serveSubscriptions(options: SubscriptionServerOptions): { dispose(): Promise<void> } {
  const { schema, limits } = options;
  const sockets = new WebSocketServer({ server: options.httpServer, path: "/graphql" });
  const keys = new WeakMap<object, Authenticated | null>();
  const server = useServer(
    {
      schema,
      // Refusing closes the socket with 4403 Forbidden, before any operation.
      onConnect: async (ctx) => {
        const authorization = authorizationOf(ctx.connectionParams, ctx.extra.request);
        const auth = authorization ? await options.authenticate(authorization) : null;
        if ((authorization && !auth) || (options.requireKey && !auth)) return false;
        keys.set(ctx.extra.socket, auth);
        return true;
      },
      onSubscribe: (ctx, _id, { query, variables, operationName }) => {
        if (options.isTrusted && !options.isTrusted(query)) return errorsOf("this server runs trusted documents only", "PERSISTED_QUERY_NOT_ALLOWED");
        let document;
        try {
          document = parse(query, limits.parseOptions);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const invalid = validate(schema, document, [...specifiedRules, ...limits.validationRules]);
        if (invalid.length > 0) return invalid;
        const operation = getOperationAST(document, operationName);
        if (!operation) return errorsOf("the document names no operation to run", "BAD_USER_INPUT");
        const exceeded = limits.checkOperation({ schema, document, operation, variables: variables ?? undefined });
        if (exceeded) return [exceeded];
        return { schema, document, operationName, variableValues: variables, contextValue: options.context(keys.get(ctx.extra.socket) ?? null) };
      },
    },
    sockets,
  );
  return {
    async dispose() {
      await server.dispose();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}
