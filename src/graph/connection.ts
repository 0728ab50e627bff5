// Relay connections with keyset cursors, and the one windowed query that loads
// a page of children for any number of parents in a single SQL statement.
//
// A relation is described once (RelationQuery: what to select, from where, the
// parent key, the ordering); loadPages() turns it into
//
//   SELECT ... FROM (                                   -- 4: keep the page (+ one row per parent for its totals)
//     SELECT ..., row_number() OVER (PARTITION BY parent ORDER BY keys) AS _pos,
//            count(*) OVER (PARTITION BY parent)          AS _total,      -- 3: per-parent counts
//            count(*) FILTER (WHERE NOT _past_after) ..   AS _skipped,    --    rows up to `after`
//            count(*) FILTER (WHERE in window) ..         AS _in_window   --    rows between the cursors
//     FROM (SELECT ..., (keys) > (after) AS _past_after, (keys) < (before) AS _ahead_of_before
//           FROM (SELECT <columns>, <parent> AS _parent, <keys> FROM <from> WHERE <parent> = ANY($ids) AND <filters>) s) f
//   ) w WHERE <on the page: in the window, within page size of its start (or end)> OR _pos = 1
//
// so totalCount, hasNextPage and hasPreviousPage are exact for every parent.
import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../generated/prisma/client";
import { badUserInput } from "./errors";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The pagination arguments every connection field takes. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Validated pagination: a page of `size` rows read forward from `after` or backward from `before`. */
export interface PageRequest {
  backward: boolean;
  size: number;
  after: string | null;
  before: string | null;
}

/** Postgres types sort keys are cast back to when a cursor is compared. */
export type SortKeyType = "int" | "float8" | "text" | "date" | "timestamptz";

export interface SortKey {
  /** A non-null expression (coalesce nullable columns), so row comparisons are total. */
  sql: Prisma.Sql;
  type: SortKeyType;
}

/** A total order: the last key is unique per parent (an id); every key runs in one direction. */
export interface Ordering {
  /** Stamped into cursors so a cursor from another ordering is refused. */
  name: string;
  keys: SortKey[];
  descending: boolean;
}

export type Row = Record<string, unknown>;

export interface RelationQuery<Edge> {
  /** Columns of the node (and of the link), aliased to camelCase model field names. */
  select: Prisma.Sql;
  /** FROM clause: the node's table joined to the link table. */
  from: Prisma.Sql;
  /** The parent id column; absent for root lists (one "parent": the whole table). */
  parentKey?: Prisma.Sql;
  where?: Prisma.Sql[];
  ordering: Ordering;
  /** Costly columns computed only for rows on the page, over the windowed row `w`. */
  pageSelect?: Prisma.Sql;
  /** Turns a row (meta columns removed) into an edge: { node, ...link data }. */
  toEdge(row: Row): Edge;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export type Edge<Node> = { node: Node };

export interface Connection<E extends Edge<unknown>> {
  edges: (E & { cursor: string })[];
  nodes: E["node"][];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Validates first/after/last/before: one direction, a size within the cap, cursors given as strings. */
export function pageRequest(args: PageArgs): PageRequest {
  const { first, last } = args;
  if (first != null && last != null) throw badUserInput("Pass either first or last, not both");
  const size = first ?? last ?? DEFAULT_PAGE_SIZE;
  const name = last != null ? "last" : "first";
  if (!Number.isInteger(size) || size < 0) throw badUserInput(`${name} must be a non-negative integer`);
  if (size > MAX_PAGE_SIZE) throw badUserInput(`${name} must be at most ${MAX_PAGE_SIZE} (got ${size})`);
  return { backward: last != null, size, after: args.after ?? null, before: args.before ?? null };
}

// ------------------------------------------------------------------ cursors

const CURSOR_VALUE: Record<SortKeyType, RegExp> = {
  int: /^-?\d{1,10}$/,
  float8: /^(-?\d+(\.\d+)?(e[+-]?\d+)?|-?Infinity|NaN)$/,
  text: /^/s,
  date: /^(\d{4}-\d{2}-\d{2}|-?infinity)$/,
  timestamptz: /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}(:\d{2})?|-?infinity)$/,
};

/** A cursor is the row's sort key values as Postgres prints them, behind the ordering's name. */
export function encodeCursor(ordering: Ordering, keyValues: string[]): string {
  return Buffer.from(JSON.stringify([ordering.name, ...keyValues])).toString("base64url");
}

export function decodeCursor(ordering: Ordering, cursor: string): string[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badUserInput(`Invalid cursor "${cursor}"`);
  }
  const valid =
    Array.isArray(decoded) &&
    decoded.length === ordering.keys.length + 1 &&
    decoded[0] === ordering.name &&
    ordering.keys.every((key, i) => typeof decoded[i + 1] === "string" && CURSOR_VALUE[key.type].test(decoded[i + 1]));
  if (!valid) throw badUserInput(`Invalid cursor "${cursor}" for this field and ordering`);
  return (decoded as string[]).slice(1);
}

// ------------------------------------------------------------------ the windowed query

const raw = Prisma.raw;

/** `(s._k0, s._k1) <op> (CAST($1 AS type), CAST($2 AS type))`; TRUE without a cursor. */
function cursorCondition(ordering: Ordering, op: "<" | ">", cursor: string | null): Prisma.Sql {
  if (cursor === null) return Prisma.sql`TRUE`;
  const values = decodeCursor(ordering, cursor);
  const keys = Prisma.join(ordering.keys.map((_, i) => raw(`s._k${i}`)));
  const bounds = Prisma.join(ordering.keys.map((key, i) => Prisma.sql`CAST(${values[i]} AS ${raw(key.type)})`));
  return Prisma.sql`(${keys}) ${raw(op)} (${bounds})`;
}

function windowedSql(query: RelationQuery<unknown>, parentIds: readonly number[], page: PageRequest): Prisma.Sql {
  const { ordering } = query;
  const parent = query.parentKey ?? Prisma.sql`0`;
  const filters = [...(query.parentKey ? [Prisma.sql`${query.parentKey} = ANY(${parentIds})`] : []), ...(query.where ?? [])];
  const where = filters.length ? Prisma.sql`WHERE ${Prisma.join(filters, " AND ")}` : Prisma.empty;
  const keyColumns = Prisma.join(ordering.keys.map((key, i) => Prisma.sql`${key.sql} AS ${raw(`_k${i}`)}`));
  const direction = raw(ordering.descending ? "DESC" : "ASC");
  const orderBy = Prisma.join(ordering.keys.map((_, i) => Prisma.sql`f.${raw(`_k${i}`)} ${direction}`));
  // "After" a cursor means further along the ordering: greater keys, or smaller when descending.
  const pastAfter = cursorCondition(ordering, ordering.descending ? "<" : ">", page.after);
  const aheadOfBefore = cursorCondition(ordering, ordering.descending ? ">" : "<", page.before);
  const cursorValues = Prisma.join(ordering.keys.map((_, i) => raw(`w._k${i}::text AS _cursor${i}`)));
  const withinPage = page.backward
    ? Prisma.sql`w._skipped + w._in_window - w._pos < ${page.size}`
    : Prisma.sql`w._pos - w._skipped <= ${page.size}`;
  const onPage = Prisma.sql`(w._past_after AND w._ahead_of_before AND ${withinPage})`;
  return Prisma.sql`
    SELECT w.*, ${cursorValues}, ${onPage} AS _on_page ${query.pageSelect ? Prisma.sql`, ${query.pageSelect}` : Prisma.empty}
    FROM (
      SELECT f.*,
        row_number() OVER (PARTITION BY f._parent ORDER BY ${orderBy})::int AS _pos,
        (count(*) OVER parent_rows)::int AS _total,
        (count(*) FILTER (WHERE NOT f._past_after) OVER parent_rows)::int AS _skipped,
        (count(*) FILTER (WHERE f._past_after AND f._ahead_of_before) OVER parent_rows)::int AS _in_window
      FROM (
        SELECT s.*, ${pastAfter} AS _past_after, ${aheadOfBefore} AS _ahead_of_before
        FROM (SELECT ${query.select}, ${parent} AS _parent, ${keyColumns} FROM ${query.from} ${where}) s
      ) f
      WINDOW parent_rows AS (PARTITION BY f._parent)
    ) w
    WHERE ${onPage} OR w._pos = 1
    ORDER BY w._parent, w._pos`;
}

function emptyConnection<E extends Edge<unknown>>(): Connection<E> {
  return {
    edges: [],
    nodes: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: 0,
  };
}

/** Removes the meta columns (leading underscore) the windowed query adds. */
function modelColumns(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !column.startsWith("_")));
}

function toConnection<E extends Edge<unknown>>(query: RelationQuery<E>, page: PageRequest, rows: Row[]): Connection<E> {
  const first = rows[0];
  if (!first) return emptyConnection();
  const total = first._total as number;
  const skipped = first._skipped as number;
  const inWindow = first._in_window as number;
  const edges = rows
    .filter((row) => row._on_page)
    .map((row) => {
      const cursor = encodeCursor(
        query.ordering,
        query.ordering.keys.map((_, i) => row[`_cursor${i}`] as string),
      );
      return { ...query.toEdge(modelColumns(row)), cursor };
    });
  const beyondWindow = total - skipped - inWindow;
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: page.backward ? beyondWindow > 0 : inWindow > page.size,
      hasPreviousPage: page.backward ? inWindow > page.size : skipped > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: total,
  };
}

/**
 * One page of the relation for each parent, in parentIds order, in ONE statement.
 * Sort keys also come back as text (exactly as Postgres prints them) to build cursors.
 */
export async function loadPages<E extends Edge<unknown>>(
  prisma: PrismaClient,
  query: RelationQuery<E>,
  parentIds: readonly number[],
  page: PageRequest,
): Promise<Connection<E>[]> {
  const rows = await prisma.$queryRaw<Row[]>(windowedSql(query, parentIds, page));
  const rowsByParent = new Map<number, Row[]>();
  for (const row of rows) {
    const parent = row._parent as number;
    rowsByParent.set(parent, [...(rowsByParent.get(parent) ?? []), row]);
  }
  return parentIds.map((id) => toConnection(query, page, rowsByParent.get(query.parentKey ? id : 0) ?? []));
}

/** A root list: the relation without a parent. */
export async function loadPage<E extends Edge<unknown>>(
  prisma: PrismaClient,
  query: Omit<RelationQuery<E>, "parentKey">,
  page: PageRequest,
): Promise<Connection<E>> {
  const [connection] = await loadPages(prisma, query, [0], page);
  return connection!;
}
