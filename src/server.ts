// Composition root of the HTTP API: config + database → Apollo Server 5 at
// /graphql (src/graphql-route.ts), express 5 for health, readiness and metrics.
// Each request gets its own context (fresh DataLoaders) and runs inside a
// statement-counting scope, so the number of SQL statements it sent is known
// (context.statements, and extensions.sqlStatements in the response).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
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
import { createFormatError } from "./observability/errors";
import { healthRoutes } from "./observability/health";
import { createLogger } from "./observability/logger";
import { registry } from "./observability/metrics";
import { observabilityPlugin } from "./observability/plugin";
import { observationOf, observeRequests } from "./observability/requests";

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

/** Reports the statements a request sent, for benchmarks and clients curious about cost. */
const reportStatementCount: ApolloServerPlugin<GraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== "single") return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, sqlStatements: contextValue.statements.count };
      },
    };
  },
};

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
  const apollo = new ApolloServer<GraphContext>({
    schema: createSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    // src/main.ts owns SIGINT/SIGTERM: Apollo's own handler would re-raise the signal and end the process before the database is closed.
    stopOnTerminationSignals: false,
    formatError: createFormatError(production),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ...limits.plugins,
      observabilityPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.env === "production"
        ? ApolloServerPluginLandingPageProductionDefault()
        : ApolloServerPluginLandingPageLocalDefault(),
      reportStatementCount,
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
          const auth = await authenticate(db.prisma, req.headers.authorization);
          if (req.headers.authorization && !auth) throw unauthenticated("the API key is unknown or revoked");
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
      await new Promise<void>((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, resolve);
      });
      return `http://localhost:${(httpServer.address() as AddressInfo).port}/graphql`;
    },
    async stop() {
      await apollo.stop();
    },
  };
}
