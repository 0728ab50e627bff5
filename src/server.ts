// Composition root of the HTTP API: config + database → Apollo Server 5 at
// /graphql (src/graphql-route.ts), subscriptions over WebSocket on the same
// path (src/subscriptions), express 5 for health, readiness and metrics.
// Each request gets its own context (fresh DataLoaders) and runs inside a
// statement-counting scope, so the number of SQL statements it sent is known
// (context.statements, and extensions.sqlStatements in the response).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import express from "express";
import { authenticate } from "./auth/keys";
import { unauthenticated } from "./auth/roles";
import type { Config } from "./config";
import type { DbHandle } from "./db/client";
import { DEFAULT_PAGE_SIZE } from "./graph/connection";
import { createContext, DEFAULT_INPUT_LIMITS, type GraphContext } from "./graph/context";
import { createSchema } from "./graph/schema";
import { graphqlRoute, isGraphqlPath, type RequestHandler } from "./graphql-route";
import { queryLimits } from "./limits";
import { replicaRouting } from "./db/replicas";
import { createFormatError, databaseErrorCode, databaseUnavailable, outageStatus } from "./observability/errors";
import { healthRoutes } from "./observability/health";
import { createLogger } from "./observability/logger";
import { registry } from "./observability/metrics";
import { observabilityPlugin } from "./observability/plugin";
import { observationOf, observeRequests } from "./observability/requests";
import { documentHash, loadTrustedDocuments, PersistedQueryStore, trustedDocumentsOnly } from "./persisted-queries";
import { ResponseCache, responseCachePlugin } from "./response-cache";
import { ChangeFeed } from "./subscriptions/changes";
import { serveSubscriptions } from "./subscriptions/websocket";
import { webRoutes } from "./web";

export interface ServerOptions {
  config: Config;
  db: DbHandle;
}

export interface ApiServer {
  /** Starts Apollo and listens (port 0: any free port); resolves to the GraphQL URL. */
  listen(port: number): Promise<string>;
  /** Stops accepting requests, lets in-flight ones finish, stops Apollo. */
  stop(): Promise<void>;
}

/**
 * Debugging detail, only when asked for: by the DEBUG_RESPONSES setting (on in
 * development) or, per request, by an ADMIN key. Then errors keep their stack
 * traces and the response reports the SQL statements it sent; otherwise both go.
 */
function debugDetail(enabled: boolean): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          // contextValue is absent when the request failed before its context was made (a bad key).
          if (enabled || contextValue?.auth?.role === "ADMIN") {
            result.extensions = { ...result.extensions, sqlStatements: contextValue?.statements.count ?? 0 };
            return;
          }
          result.errors = result.errors?.map(({ extensions, ...error }) => {
            if (!extensions?.stacktrace) return { ...error, extensions };
            const { stacktrace: _stacktrace, ...rest } = extensions;
            return { ...error, extensions: rest };
          });
        },
      };
    },
  };
}

// Batches of articles travel in one body.
const MAX_BODY = "10mb";

export function createServer({ config, db }: ServerOptions): ApiServer {
  // Express serves health, readiness and metrics; /graphql is served on node:http directly (src/graphql-route.ts).
  const app = express();
  app.disable("x-powered-by");
  let graphql: RequestHandler | undefined;
  const httpServer = http.createServer((req, res) => (graphql && isGraphqlPath(req.url) ? graphql(req, res) : app(req, res)));
  const production = config.env === "production";
  const logger = createLogger(config.logLevel);
  const limits = queryLimits(config.queryLimits, { defaultPageSize: DEFAULT_PAGE_SIZE, production });
  const inputLimits = { ...DEFAULT_INPUT_LIMITS, maxArticleBytes: config.maxArticleBytes };
  const schema = createSchema();
  // Subscriptions' change feed: its own connection, with the pool's settings.
  const changes = new ChangeFeed(db.pool.options);
  let subscriptions: { dispose(): Promise<void> } | undefined;
  const trusted = config.trustedDocuments ? loadTrustedDocuments(config.trustedDocuments) : null;
  const apollo = new ApolloServer<GraphContext>({
    schema,
    introspection: config.introspection,
    // src/csrf.ts decides, before Apollo: Apollo's own check also refuses GET queries from plain clients.
    csrfPrevention: false,
    // Removed again by debugDetail unless the request may see it.
    includeStacktraceInErrorResponses: true,
    // src/main.ts owns SIGINT/SIGTERM: Apollo's own handler would re-raise the signal and end the process before the database is closed.
    stopOnTerminationSignals: false,
    formatError: createFormatError(production),
    validationRules: limits.validationRules,
    persistedQueries: { cache: new PersistedQueryStore(db.pool, trusted) },
    parseOptions: limits.parseOptions,
    plugins: [
      ...(trusted ? [trustedDocumentsOnly(trusted)] : []),
      ...limits.plugins,
      observabilityPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo Sandbox loads from a CDN: development only. /graphiql is self-hosted and served in every mode (src/web.ts).
      config.env === "production" ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault(),
      debugDetail(config.debugResponses),
      replicaRouting(db.replicaPools),
      // A replica may not have replayed a change yet when the notification arrives: no cache then.
      ...(config.responseCacheEntries > 0 && db.replicaPools.length === 0
        ? [responseCachePlugin(new ResponseCache(config.responseCacheEntries), changes)]
        : []),
      outageStatus,
      // No @cacheControl hints in the schema, but the default plugin still runs a hook on every
      // resolved field (measured with bench/profile.ts on the nested scenario).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });

  return {
    async listen(port) {
      await apollo.start();
      const observe = observeRequests(logger);
      app.use(observe);
      app.use(healthRoutes(db.pool));
      app.use(webRoutes());
      app.get("/metrics", async (_req, res) => {
        res.type(registry.contentType).send(await registry.metrics());
      });
      graphql = graphqlRoute({
        apollo,
        corsOrigins: config.corsOrigins,
        maxBody: MAX_BODY,
        observe,
        context: async (req, res, statements) => {
          // A key that was sent must be valid, even for queries: a typo should not silently downgrade a client.
          const { authorization } = req.headers;
          if (authorization && !/^Bearer\s/i.test(authorization)) {
            throw unauthenticated(`the Authorization header must use the Bearer scheme ("Authorization: Bearer <key>"), got "${authorization.split(/\s/)[0]!.slice(0, 20)}"`);
          }
          const auth = await authenticate(db.prisma, authorization).catch((error: unknown) => {
            throw databaseErrorCode(error) ? databaseUnavailable() : error;
          });
          if (authorization && !auth) throw unauthenticated("the API key is unknown or revoked");
          if (config.requireKeyForQueries && !auth) throw unauthenticated();
          return createContext({
            prisma: db.prisma,
            pool: db.pool,
            dataLoaders: config.dataLoaders,
            statements,
            auth,
            inputLimits,
            observation: observationOf(res),
          });
        },
      });
      subscriptions = serveSubscriptions({
        httpServer,
        schema,
        limits,
        requireKey: config.requireKeyForQueries,
        authenticate: (authorization) => authenticate(db.prisma, authorization),
        context: (auth) => createContext({ prisma: db.prisma, pool: db.pool, dataLoaders: config.dataLoaders, auth, inputLimits, changes }),
        isTrusted: trusted ? (query) => trusted.has(documentHash(query)) : undefined,
      });
      await new Promise<void>((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, resolve);
      });
      return `http://localhost:${(httpServer.address() as AddressInfo).port}/graphql`;
    },
    async stop() {
      // Open sockets would keep the HTTP server from closing.
      await subscriptions?.dispose();
      await changes.stop();
      await apollo.stop();
    },
  };
}
