// System (c): PostGraphile 4 in library mode over the same tables, with the
// CLI's `--disable-default-mutations --simple-collections both`. Queries use
// its generated names (allEvents, eventParticipantsByEventId, actorByActorId ...).
//
// PostGraphile has no full-text search of its own; the usual way is a SQL
// function, so one is created in a schema of its own (postgraphile_bench,
// nothing of the app's) running the floor's search SQL (floor-server.ts).
import "./single-graphql";
import http from "node:http";
import { Pool } from "pg";
import { postgraphile } from "postgraphile";
import { announceWhenListening, childSettings } from "./child";
import { SEARCH_ROWS_SQL } from "./floor-server";

const SEARCH_SCHEMA = "postgraphile_bench";

/** The floor's search as a set-returning function, which PostGraphile exposes as a query field. */
const SEARCH_FUNCTION = `
  CREATE SCHEMA IF NOT EXISTS ${SEARCH_SCHEMA};
  DROP FUNCTION IF EXISTS ${SEARCH_SCHEMA}.search(text, int);
  DROP TYPE IF EXISTS ${SEARCH_SCHEMA}.search_hit;
  CREATE TYPE ${SEARCH_SCHEMA}.search_hit AS (type text, id int, text text, rank real, snippet text);
  CREATE FUNCTION ${SEARCH_SCHEMA}.search(terms text, page_size int) RETURNS SETOF ${SEARCH_SCHEMA}.search_hit
  LANGUAGE sql STABLE AS $fn$
    ${SEARCH_ROWS_SQL}
  $fn$;`;

async function main() {
  const { databaseUrl, poolSize } = childSettings();
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  await pool.query(SEARCH_FUNCTION);
  const middleware = postgraphile(pool, ["public", SEARCH_SCHEMA], {
    disableDefaultMutations: true,
    simpleCollections: "both",
    graphqlRoute: "/graphql",
    graphiql: false,
    disableQueryLog: true,
    retryOnInitFail: false,
    setofFunctionsContainNulls: false,
  });
  announceWhenListening(http.createServer(middleware));
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
