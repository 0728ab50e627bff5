// Read-only SQL of the GraphQL layer runs straight on the pg pool: Prisma's
// $queryRaw costs ~1 ms CPU per statement and a few µs per row on top of
// pool.query, for the same statement on the same pool (src/db/client.ts).
// The statements are still built as Prisma.Sql: its `text` has $1..$n
// placeholders and `values` the parameters, which pg sends as they are.
// pg returns int8 (count(*)) as a string where Prisma gave a BigInt: the
// graph's queries cast counts to int.
//
// Statements are prepared, named after a hash of their text: a nested query's
// SQL is several KB, and sending it again on every request cost more CPU
// (loopback writes) than anything else in the request. Values stay parameters,
// so there is one text per query shape; each pooled connection prepares a shape
// once and drops them all when the pool closes it (idle timeout).
import { createHash } from "node:crypto";
import pg, { type Pool } from "pg";
import type { Prisma } from "../generated/prisma/client";
import type { Row } from "./connection";

const DATE_OID = 1082;
const parseLocalDate = pg.types.getTypeParser(DATE_OID, "text") as (value: string) => unknown;

/** A DATE as UTC midnight, as Prisma returned it (pg's default is local midnight); infinity and BC dates as pg parses them. */
function parseDate(value: string): unknown {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : parseLocalDate(value);
}

/** pg's parsers, but for DATE; given per query so other users of pg keep their defaults. */
const graphTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === DATE_OID && format !== "binary") return parseDate;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** Prepared statement name per SQL text: a query shape's text repeats on every request, its hash need not. */
const statementNames = new Map<string, string>();
const MAX_STATEMENT_NAMES = 5000;

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = createHash("sha1").update(text).digest("base64url");
    if (statementNames.size >= MAX_STATEMENT_NAMES) statementNames.clear();
    statementNames.set(text, name);
  }
  return name;
}

export async function queryRows(pool: Pool, sql: Prisma.Sql): Promise<Row[]> {
  const name = statementName(sql.text);
  const result = await pool.query<Row>({ name, text: sql.text, values: sql.values, types: graphTypes });
  return result.rows;
}
