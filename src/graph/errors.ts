// The error codes clients can rely on (extensions.code). Anything else thrown
// by a resolver reaches the client as INTERNAL_SERVER_ERROR (details hidden in production).
import { GraphQLError } from "graphql";

/** Malformed arguments: ids, cursors, page sizes, empty input. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

/** A lookup by id that names nothing. */
export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "NOT_FOUND" } });
}

/** The loaded value, or NOT_FOUND naming what was looked for. */
export async function orNotFound<T>(value: Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  if (found === null) throw notFound(`${what} not found`);
  return found;
}
