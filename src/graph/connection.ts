// Relay connections with keyset cursors, and the one query that loads a page
// of children for any number of parents in a single SQL statement.
//
// A relation is described once (RelationQuery: what to select, from where, the
// parent key, the ordering); loadPages() turns it into
//
//   SELECT parents.id AS _parent, counts.*, page.*
//   FROM unnest($parentIds) AS parents(id)
//   CROSS JOIN LATERAL (SELECT count(*) AS _total,                      -- per parent: all rows,
//                              count(*) FILTER (WHERE NOT <past after>), --   rows up to `after`,
//                              count(*) FILTER (WHERE <between cursors>) --   rows between the cursors
//                       FROM <from> WHERE <parent key> = parents.id AND <filters>) counts
//   LEFT JOIN LATERAL (SELECT <columns>, <sort keys> FROM <from>
//                      WHERE <parent key> = parents.id AND <filters> AND <between cursors>
//                      ORDER BY <sort keys> LIMIT <page size>) page ON TRUE
//
// so totalCount, hasNextPage and hasPreviousPage are exact for every parent.
// Why LATERAL ... LIMIT rather than row_number() OVER (PARTITION BY parent):
// the window has to sort every child row of every parent before it can keep a
// page, while a per-parent LIMIT walks an index (or keeps a top-N heap) and
// stops. On the 100k-article benchmark graph (Postgres execution time): the 20
// newest articles took 1.9 s windowed and 0.3 ms this way (an index scan); the
// claims level of events → participants → actor → claims 1.7-2.1 s windowed
// (sorting 200k rows on disk), 1.1 s this way, 6 ms once claim(speaker_id,
// claimed_at, id) served the order.
//
// Connections selected below the page (Event.participants → Actor.claims) can
// ride in the same statement: each is a correlated subquery per page row that
// builds its own page as JSON (nestedColumns), so a whole nested query costs one
// statement. src/graph/plan.ts decides which ones (PageRequest.nested); the
// pages land on their parent objects under PREFETCHED.
import { Prisma } from "../generated/prisma/client";
import type { Pool } from "pg";
import { badInput } from "../validation/checks";
import { badUserInput } from "./errors";
import { queryRows } from "./rows";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The pagination arguments every connection field takes. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** What a connection field takes besides the page: the list's filter and ordering (root and nested alike). */
export interface ListArgs extends PageArgs {
  filter?: unknown;
  orderBy?: string | null;
}

/** Validated pagination: a page of `size` rows read forward from `after` or backward from `before`. */
export interface PageRequest {
  backward: boolean;
  size: number;
  after: string | null;
  before: string | null;
  /** Whether totalCount or pageInfo was asked for: counting a popular parent's rows is the costly part. */
  counted: boolean;
  /** Whether cursors were asked for (edges.cursor, pageInfo): encoding them costs per row. */
  cursors: boolean;
  /** Connections below the page to load in the same statement. */
  nested: NestedPage[];
  /**
   * The row columns (select aliases) the selection reads, null for all: rows
   * carry just these (an article's body or a claim's offsets are most of a row's
   * size, and every column is parsed).
   */
  columns: string[] | null;
}

/** What the selection of a connection field asks of its page (src/graph/plan.ts reads it). */
export type PageSelection = Pick<PageRequest, "counted" | "cursors" | "nested" | "columns">;

/** Everything: for callers that do not look at the selection. */
const WHOLE_PAGE: PageSelection = { counted: true, cursors: true, nested: [], columns: null };

/** A connection loaded inside its parent's statement. */
export interface NestedPage {
  /** The name it is served under on its parent object (the field's alias or name). */
  responseKey: string;
  /** Properties from a page node to the parent object (EventParticipant.actor: ["actor"]); that object's id is the row's `id`. */
  path: string[];
  query: ChildRelation<Edge<unknown>>;
  page: PageRequest;
}

/** On a parent object: the connections loaded with it, by response key. */
export const PREFETCHED = Symbol("prefetched connections");
export type Prefetching = { [PREFETCHED]?: Record<string, Connection<Edge<unknown>>> };

/** Postgres types sort keys are cast back to when a cursor is compared. */
export type SortKeyType = "int" | "float8" | "text" | "date" | "timestamptz";

export interface SortKey {
  /** A column or expression; as in Postgres, NULL sorts after every value (first when descending). */
  sql: Prisma.Sql;
  type: SortKeyType;
  /** Only the first key may be nullable (cursor conditions rely on it). */
  nullable?: boolean;
}

/**
 * A total order: the last key is unique per parent (an id); every key runs in
 * one direction, Postgres's default NULL placement included, so a (column, id)
 * index serves it.
 */
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
  /**
   * The rows again, split into tiers: FROM clauses whose rows all sort before the next tier's
   * (the ordering's first key is the tier). A page reads a tier only when the ones before it
   * leave the page short; `from` (all tiers) still serves the counts.
   */
  tiers?: Prisma.Sql[];
  /** Costly columns computed only for rows on the page, over the page row `page`. */
  pageSelect?: Prisma.Sql;
  /** Turns a row (meta columns removed) into an edge: { node, ...link data }. */
  toEdge(row: Row): Edge;
  /** The conditions of a `filter` argument, over the node's table (the same for the root list and nested pages). */
  filterBy?(filter: never): Prisma.Sql[];
  /** The orderings an `orderBy` argument names; `ordering` applies when none is given. Some depend on the filter (relevance). */
  orderings?: Record<string, Ordering | ((filter: never) => Ordering)>;
}

/** The relation as `filter` and `orderBy` narrow and order it: what one page of the field is read from. */
export function withArguments<R extends RelationQuery<unknown>>(relation: R, { filter, orderBy }: ListArgs): R {
  const where = [...(relation.where ?? []), ...(filter != null && relation.filterBy ? relation.filterBy(filter as never) : [])];
  const chosen = orderBy == null ? relation.ordering : relation.orderings?.[orderBy];
  if (!chosen) throw badInput("orderBy", `${orderBy} is not an ordering of this field`);
  const ordering = typeof chosen === "function" ? chosen((filter ?? {}) as never) : chosen;
  return { ...relation, where, ordering };
}

/** A relation paged per parent (not a root list). */
export type ChildRelation<E> = RelationQuery<E> & { parentKey: Prisma.Sql };

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

/** Validates first/after/last/before: one direction, a size within the cap. */
export function pageRequest(args: PageArgs, selection: PageSelection = WHOLE_PAGE): PageRequest {
  const { first, last } = args;
  if (first != null && last != null) throw badUserInput("Pass either first or last, not both");
  const size = first ?? last ?? DEFAULT_PAGE_SIZE;
  const name = last != null ? "last" : "first";
  if (!Number.isInteger(size) || size < 0) throw badUserInput(`${name} must be a non-negative integer`);
  if (size > MAX_PAGE_SIZE) throw badUserInput(`${name} must be at most ${MAX_PAGE_SIZE} (got ${size})`);
  return { backward: last != null, size, after: args.after ?? null, before: args.before ?? null, ...selection };
}

// ------------------------------------------------------------------ cursors

const CURSOR_VALUE: Record<SortKeyType, RegExp> = {
  int: /^-?\d{1,10}$/,
  float8: /^(-?\d+(\.\d+)?(e[+-]?\d+)?|-?Infinity|NaN)$/,
  text: /^/s,
  date: /^(\d{4}-\d{2}-\d{2}|-?infinity)$/,
  timestamptz: /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}(:\d{2})?|-?infinity)$/,
};

/** Sort key values as Postgres prints them (null for a NULL key). */
type KeyValues = (string | null)[];

/** A cursor is the row's sort key values, behind the ordering's name. */
export function encodeCursor(ordering: Ordering, keyValues: KeyValues): string {
  return Buffer.from(JSON.stringify([ordering.name, ...keyValues])).toString("base64url");
}

/** The sort key values of a cursor; BAD_USER_INPUT naming the argument (`after`, `before`) when it is not one of this ordering's. */
export function decodeCursor(ordering: Ordering, cursor: string, argument: "after" | "before"): KeyValues {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badInput(argument, `is not a valid cursor`);
  }
  const validValue = (key: SortKey, value: unknown) =>
    (value === null && key.nullable === true) || (typeof value === "string" && CURSOR_VALUE[key.type].test(value));
  const valid =
    Array.isArray(decoded) &&
    decoded.length === ordering.keys.length + 1 &&
    decoded[0] === ordering.name &&
    ordering.keys.every((key, i) => validValue(key, decoded[i + 1]));
  if (!valid) throw badInput(argument, "is not a cursor of this field and ordering");
  return (decoded as KeyValues).slice(1);
}

// ------------------------------------------------------------------ the query

const raw = Prisma.raw;
const TRUE = Prisma.sql`TRUE`;

/**
 * Rows strictly beyond the cursor row in direction `op` (">": further along an
 * ascending key). NULL counts as larger than any value, as Postgres sorts it.
 */
function beyondCursor(ordering: Ordering, op: "<" | ">", cursor: string | null, argument: "after" | "before"): Prisma.Sql {
  if (cursor === null) return TRUE;
  const values = decodeCursor(ordering, cursor, argument);
  const bound = (i: number) => Prisma.sql`CAST(${values[i]} AS ${raw(ordering.keys[i]!.type)})`;
  const tuple = (from: number) => ({
    keys: Prisma.join(ordering.keys.slice(from).map((key) => key.sql)),
    bounds: Prisma.join(ordering.keys.slice(from).map((_, i) => bound(from + i))),
  });
  const all = tuple(0);
  const comparison = Prisma.sql`(${all.keys}) ${raw(op)} (${all.bounds})`;
  const [first] = ordering.keys;
  if (!first?.nullable) return comparison;
  // A row comparison with a NULL is NULL, so NULL keys are handled on their own.
  const rest = tuple(1);
  const restComparison = Prisma.sql`(${rest.keys}) ${raw(op)} (${rest.bounds})`;
  if (values[0] === null) {
    return op === ">"
      ? Prisma.sql`(${first.sql} IS NULL AND ${restComparison})`
      : Prisma.sql`(${first.sql} IS NOT NULL OR ${restComparison})`;
  }
  // Spelled out so the condition is never NULL: counts use NOT (condition).
  return op === ">"
    ? Prisma.sql`(${first.sql} IS NULL OR ${comparison})`
    : Prisma.sql`(${first.sql} IS NOT NULL AND ${comparison})`;
}

/**
 * A page read tier by tier: each tier's best rows in a CTE, a later tier's behind a one-time
 * filter (the earlier tiers left the page short), so Postgres never scans a tier it does not need.
 */
function tieredRows(tiers: Prisma.Sql[], rowsFrom: (from: Prisma.Sql) => Prisma.Sql, size: number, direction: Prisma.Sql, keyCount: number): Prisma.Sql {
  const name = (i: number) => raw(`_tier${i}`);
  const earlier = (i: number) => Prisma.join(tiers.slice(0, i).map((_, j) => Prisma.sql`SELECT 1 FROM ${name(j)}`), " UNION ALL ");
  const ctes = tiers.map((from, i) =>
    i === 0
      ? Prisma.sql`${name(i)} AS MATERIALIZED (${rowsFrom(from)})`
      : Prisma.sql`${name(i)} AS MATERIALIZED (SELECT * FROM (${rowsFrom(from)}) tier WHERE (SELECT count(*) FROM (${earlier(i)}) before) < ${size})`,
  );
  const order = Prisma.join(Array.from({ length: keyCount }, (_, i) => Prisma.sql`tiered.${raw(`_k${i}`)} ${direction}`));
  return Prisma.sql`WITH ${Prisma.join(ctes)}
    SELECT * FROM (${Prisma.join(tiers.map((_, i) => Prisma.sql`SELECT * FROM ${name(i)}`), " UNION ALL ")}) tiered
    ORDER BY ${order} LIMIT ${size}`;
}

/** The statement pieces of one page of a relation, for the parents `ofParent` matches. */
function pageParts(query: RelationQuery<unknown>, page: PageRequest, ofParent: Prisma.Sql) {
  const { ordering } = query;
  const where = Prisma.join([ofParent, ...(query.where ?? [])], " AND ");
  // "After" a cursor means further along the ordering: greater keys, or smaller when descending.
  const pastAfter = beyondCursor(ordering, ordering.descending ? "<" : ">", page.after, "after");
  const aheadOfBefore = beyondCursor(ordering, ordering.descending ? ">" : "<", page.before, "before");
  const betweenCursors = Prisma.sql`${pastAfter} AND ${aheadOfBefore}`;
  // A backward page is the last rows of the window: read in reverse, put back in order outside.
  const direction = (reversed: boolean) => raw(ordering.descending !== reversed ? "DESC" : "ASC");
  const innerOrder = Prisma.join(ordering.keys.map((key) => Prisma.sql`${key.sql} ${direction(page.backward)}`));
  const keyColumns = Prisma.join(ordering.keys.map((key, i) => Prisma.sql`${key.sql} AS ${raw(`_k${i}`)}`));
  const rowsFrom = (from: Prisma.Sql) => Prisma.sql`SELECT ${query.select}, ${keyColumns}, TRUE AS _on_page
      FROM ${from} WHERE ${where} AND ${betweenCursors}
      ORDER BY ${innerOrder}
      LIMIT ${page.size}`;
  return {
    /** The page's rows, sort keys as _k0.._kn, in reading order. */
    rows: query.tiers ? tieredRows(page.backward ? [...query.tiers].reverse() : query.tiers, rowsFrom, page.size, direction(page.backward), ordering.keys.length) : rowsFrom(query.from),
    /** One row: all rows of the parent, those up to `after`, those between the cursors. */
    counts: Prisma.sql`SELECT count(*)::int AS _total,
      ${page.after ? Prisma.sql`(count(*) FILTER (WHERE NOT (${pastAfter})))::int` : Prisma.sql`0`} AS _skipped,
      ${page.after || page.before ? Prisma.sql`(count(*) FILTER (WHERE ${betweenCursors}))::int` : Prisma.sql`count(*)::int`} AS _in_window
      FROM ${query.from} WHERE ${where}`,
    /** The page's order over its rows under `alias`. */
    order: (alias: string) => Prisma.join(ordering.keys.map((_, i) => raw(`${alias}._k${i} ${ordering.descending ? "DESC" : "ASC"}`))),
    /** The sort keys as Postgres prints them, for cursors. */
    cursorColumns: (alias: string) =>
      page.cursors ? Prisma.sql`, ${Prisma.join(ordering.keys.map((_, i) => raw(`${alias}._k${i}::text AS _cursor${i}`)))}` : Prisma.empty,
    cursorNames: page.cursors ? ordering.keys.map((_, i) => `_cursor${i}`) : [],
  };
}

const COLUMN_NAME = /^\w+$/;

function columnName(column: string): string {
  if (!COLUMN_NAME.test(column)) throw new Error(`not a column name: ${column}`);
  return column;
}

/** A row as a JSON object of the named columns, or of all of them. */
function rowJson(row: string, columns: string[] | null): Prisma.Sql {
  if (columns === null) return raw(row);
  return Prisma.sql`json_build_object(${Prisma.join(columns.map((column) => raw(`'${columnName(column)}', ${row}."${column}"`)))})`;
}

/**
 * Columns `_n<i>` (the rows, a JSON array) and `_c<i>` (the counts, when asked)
 * of each nested page, for each row of the page aliased `parent` (depth: nesting
 * level, which keeps aliases apart).
 */
function nestedColumns(nested: NestedPage[], parent: string, depth: number): Prisma.Sql {
  if (nested.length === 0) return Prisma.empty;
  const [page, row] = [`page${depth}`, `row${depth}`];
  const columns = nested.flatMap(({ query, page: request }, i) => {
    const parts = pageParts(query, request, Prisma.sql`${query.parentKey} = ${raw(parent)}.id`);
    const rowColumns = request.columns && [
      ...request.columns,
      ...parts.cursorNames,
      ...request.nested.flatMap((child, j) => (child.page.counted ? [`_n${j}`, `_c${j}`] : [`_n${j}`])),
    ];
    const rows = Prisma.sql`(SELECT coalesce(json_agg(${rowJson(row, rowColumns)} ORDER BY ${parts.order(row)}), '[]'::json)
      FROM (SELECT ${raw(page)}.* ${parts.cursorColumns(page)} ${nestedColumns(request.nested, page, depth + 1)}
            FROM (${parts.rows}) ${raw(page)}) ${raw(row)}) AS ${raw(`_n${i}`)}`;
    const counts = Prisma.sql`(SELECT row_to_json(counts) FROM (${parts.counts}) counts) AS ${raw(`_c${i}`)}`;
    return request.counted ? [rows, counts] : [rows];
  });
  return Prisma.sql`, ${Prisma.join(columns)}`;
}

/** The root page's columns in its rows: those named (and whether the row is on the page), or all. */
function pageColumns(columns: string[] | null): Prisma.Sql {
  if (columns === null) return raw("page.*");
  return raw(["page._on_page", ...columns.map((column) => `page."${columnName(column)}"`)].join(", "));
}

function pageSql(query: RelationQuery<unknown>, parentIds: readonly number[], page: PageRequest): Prisma.Sql {
  const parts = pageParts(query, page, query.parentKey ? Prisma.sql`${query.parentKey} = parents.id` : TRUE);
  return Prisma.sql`
    SELECT parents.id AS _parent, ${page.counted ? Prisma.sql`counts.*,` : Prisma.empty} ${pageColumns(page.columns)} ${parts.cursorColumns("page")}
      ${query.pageSelect ? Prisma.sql`, ${query.pageSelect}` : Prisma.empty}
      ${nestedColumns(page.nested, "page", 1)}
    FROM unnest(CAST(${parentIds} AS int[])) AS parents(id)
    ${page.counted ? Prisma.sql`CROSS JOIN LATERAL (${parts.counts}) counts` : Prisma.empty}
    LEFT JOIN LATERAL (${parts.rows}) page ON TRUE
    ORDER BY parents.id, ${parts.order("page")}`;
}

function emptyConnection<E extends Edge<unknown>>(): Connection<E> {
  return {
    edges: [],
    nodes: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: 0,
  };
}

/** Removes the meta columns (leading underscore) the query adds. */
function modelColumns(row: Row): Row {
  const model: Row = {};
  for (const column in row) if (!column.startsWith("_")) model[column] = row[column];
  return model;
}

interface Counts {
  _total?: number;
  _skipped?: number;
  _in_window?: number;
}

/** Leaves each nested page of the row on its parent object (the node, or an object embedded in it). */
function attachNested(node: unknown, nested: NestedPage[], row: Row): void {
  nested.forEach((child, i) => {
    const parent = child.path.reduce((object, key) => (object as Row)[key], node) as Prefetching;
    const prefetched = (parent[PREFETCHED] ??= {});
    prefetched[child.responseKey] = toConnection(child.query, child.page, row[`_n${i}`] as Row[], row[`_c${i}`] as Counts | null);
  });
}

function toConnection<E extends Edge<unknown>>(query: RelationQuery<E>, page: PageRequest, rows: Row[], counts: Counts | null): Connection<E> {
  if (rows.length === 0 && !counts?._total) return emptyConnection();
  const edges = rows.map((row) => {
    const edge = query.toEdge(modelColumns(row)) as E & { cursor: string };
    // Left empty when no cursor was selected: nothing reads it.
    edge.cursor = page.cursors ? encodeCursor(query.ordering, query.ordering.keys.map((_, i) => row[`_cursor${i}`] as string | null)) : "";
    if (page.nested.length > 0) attachNested(edge.node, page.nested, row);
    return edge;
  });
  // Without counts (neither totalCount nor pageInfo selected) these stay 0 and are never read.
  const total = counts?._total ?? 0;
  const skipped = counts?._skipped ?? 0;
  const inWindow = counts?._in_window ?? 0;
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
 * Root lists pass the single parent 0 and no parent key.
 */
export async function loadPages<E extends Edge<unknown>>(
  pool: Pool,
  query: RelationQuery<E>,
  parentIds: readonly number[],
  page: PageRequest,
): Promise<Connection<E>[]> {
  const rows = await queryRows(pool, pageSql(query, [...new Set(parentIds)], page));
  const rowsByParent = new Map<number, Row[]>();
  for (const row of rows) {
    const parent = row._parent as number;
    const siblings = rowsByParent.get(parent);
    if (siblings) siblings.push(row);
    else rowsByParent.set(parent, [row]);
  }
  return parentIds.map((id) => {
    const parentRows = rowsByParent.get(query.parentKey ? id : 0) ?? [];
    // A parent without rows on the page still has one (page columns NULL), carrying its counts.
    return toConnection(query, page, parentRows.filter((row) => row._on_page), parentRows[0] ?? null);
  });
}

/** A root list: the relation without a parent. */
export async function loadPage<E extends Edge<unknown>>(
  pool: Pool,
  query: Omit<RelationQuery<E>, "parentKey">,
  page: PageRequest,
): Promise<Connection<E>> {
  const [connection] = await loadPages(pool, query, [0], page);
  return connection!;
}
