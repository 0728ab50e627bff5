// Runs operations through Apollo's executeOperation with a real per-request
// context, inside a statement-counting scope, as the HTTP server does.
import { ApolloServer } from "@apollo/server";
import { countStatements, StatementCounter } from "../../src/db/statements";
import { createContext, type GraphContext } from "../../src/graph/context";
import { createSchema } from "../../src/graph/schema";
import type { DbHandle } from "../../src/db/client";

/** Response data is checked field by field in tests, so it is loosely typed here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = any;

export interface Result {
  data: Data;
  errors: { message: string; extensions?: { code?: unknown } }[] | undefined;
  /** SQL statements the operation sent. */
  statements: number;
}

export function graphqlClient(db: () => DbHandle, options: { dataLoaders?: boolean } = {}) {
  const apollo = new ApolloServer<GraphContext>({ schema: createSchema() });
  return async (query: string, variables?: Record<string, unknown>): Promise<Result> => {
    const statements = new StatementCounter();
    const contextValue = createContext({ prisma: db().prisma, pool: db().pool, dataLoaders: options.dataLoaders, statements });
    const response = await countStatements(statements, () => apollo.executeOperation({ query, variables }, { contextValue }));
    if (response.body.kind !== "single") throw new Error("expected a single result");
    // Through JSON, as a client receives it (scalars serialised).
    const { data, errors } = JSON.parse(JSON.stringify(response.body.singleResult));
    return { data, errors, statements: statements.count };
  };
}

/** The data of a result that must have no errors. */
export function ok(result: Result): Data {
  expect(result.errors).toBeUndefined();
  return result.data;
}

/** The error codes of a result, in order. */
export function errorCodes(result: Result): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}
