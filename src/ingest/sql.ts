// Row ids handed out before a batch insert, so that rows of one article can
// refer to each other (an actor to its affiliation, a claim topic to its claim)
// and everything goes in with one createMany per table.
import type { Prisma } from "../generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/** Reserves `count` ids from the serial sequence of `table` (one round trip). */
export async function allocateIds(tx: Tx, table: "actor" | "event" | "claim", count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await tx.$queryRawUnsafe<{ id: number }[]>(
    `SELECT nextval(pg_get_serial_sequence('${table}', 'id'))::int AS id FROM generate_series(1, $1::int)`,
    count,
  );
  return rows.map((row) => row.id);
}
