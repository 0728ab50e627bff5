// Composition root of the HTTP API: config + database → Apollo Server 5 on
// express 5 at /graphql. Each request gets its own context (fresh DataLoaders)
// and runs inside a statement-counting scope, so the number of SQL statements
// it sent is known (context.statements, and extensions.sqlStatements in the response).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express, { type Express, type RequestHandler } from "express";
import type { Config } from "./config";
import type { DbHandle } from "./db/client";
import { countStatements, StatementCounter } from "./db/statements";
import { createContext, type GraphContext } from "./graph/context";
import { createSchema } from "./graph/schema";

export interface ServerOptions {
  config: Config;
  db: DbHandle;
}

export interface ApiServer {
  app: Express;
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

/** Counts every statement the rest of the request sends (src/db/statements.ts). */
const statementScope: RequestHandler = (_req, res, next) => {
  const counter = new StatementCounter();
  res.locals.statements = counter;
  countStatements(counter, next);
};

export function createServer({ config, db }: ServerOptions): ApiServer {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphContext>({
    schema: createSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: config.env !== "production",
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.env === "production"
        ? ApolloServerPluginLandingPageProductionDefault()
        : ApolloServerPluginLandingPageLocalDefault(),
      reportStatementCount,
    ],
  });

  return {
    app,
    async listen(port) {
      await apollo.start();
      app.use(
        "/graphql",
        cors({ origin: config.corsOrigins.includes("*") ? "*" : config.corsOrigins }),
        // Batches of articles travel in one body.
        express.json({ limit: "10mb" }),
        statementScope,
        expressMiddleware(apollo, {
          context: async ({ res }) =>
            createContext({ prisma: db.prisma, dataLoaders: config.dataLoaders, statements: res.locals.statements }),
        }),
      );
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
