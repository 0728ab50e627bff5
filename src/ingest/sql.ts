// SQL helpers of the store. Rows of one article go in with one statement per
// table (INSERT … SELECT FROM unnest of one array per column): cheaper than
// Prisma's createMany, which plans every call anew. Ids are handed out first,
// so that rows of one article can refer to each other.
import type { Prisma } from "../generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/** Reserves `count` ids from the serial sequence of `table` (one round trip). */
export async function allocateIds(tx: Tx, table: "actor" | "event" | "event_report" | "claim", count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await tx.$queryRawUnsafe<{ id: number }[]>(
    `SELECT nextval(pg_get_serial_sequence('${table}', 'id'))::int AS id FROM generate_series(1, $1::int)`,
    count,
  );
  return rows.map((row) => row.id);
}

/** Postgres type of a column, as the element type of its unnest array. */
type ColumnType = "int" | "text" | "float8" | "timestamptz" | "date" | `"${string}"`;

type Value = string | number | Date | null | undefined;

/**
 * Inserts `rows` into `table` in one statement. `columns` maps column names to
 * their types; rows give a value per column (missing is NULL). With
 * `skipDuplicates`, rows that would violate a unique constraint are left out.
 */
export async function insertRows(
  tx: Tx,
  table: string,
  columns: Record<string, ColumnType>,
  rows: Record<string, Value>[],
  options: { skipDuplicates?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const arrays = names.map((name) =>
    rows.map((row) => {
      const value = row[name];
      return value instanceof Date ? value.toISOString() : (value ?? null);
    }),
  );
  const unnest = names.map((name, i) => `$${i + 1}::${columns[name]}[]`).join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(", ")}) SELECT * FROM unnest(${unnest})` +
      (options.skipDuplicates ? " ON CONFLICT DO NOTHING" : ""),
    ...arrays,
  );
}
