// PostGraphile 4 needs graphql 15 while the app uses 16. npm installed three
// copies (postgraphile/ and graphile-build-pg/ nest their own 15.x, while
// graphile-build falls through to the top-level 16), and graphql refuses
// types "from another module or realm": every PostGraphile query fails, the
// CLI included. Importing this module first makes every `graphql` import of
// this process resolve to postgraphile's own copy. Used only by the
// PostGraphile benchmark process.
import Module from "node:module";
import path from "node:path";

const graphql15 = path.dirname(require.resolve("graphql/package.json", { paths: [path.dirname(require.resolve("postgraphile"))] }));

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleInternals = Module as unknown as { _resolveFilename: Resolve };
const resolve = moduleInternals._resolveFilename;
moduleInternals._resolveFilename = function (this: unknown, request, ...rest) {
  const redirected = request === "graphql" || request.startsWith("graphql/") ? graphql15 + request.slice("graphql".length) : request;
  return resolve.call(this, redirected, ...rest);
};
