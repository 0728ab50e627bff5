// DataLoader factories, made per request in the context (src/graph/context.ts),
// so all parents asking for the same relation at one nesting level share one
// SQL statement; connections nested below a page ride in that page's statement
// (src/graph/plan.ts). With batching off (DATALOADERS=off, benchmarks only)
// every load runs its own statement and nothing is looked ahead: the naive
// resolvers the batched ones are measured against.
import DataLoader from "dataloader";
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import type { Pool } from "pg";
import { Prisma } from "../generated/prisma/client";
import { recordLoaderBatch } from "../observability/metrics";
import {
  loadPage,
  loadPages,
  pageRequest,
  type ChildRelation,
  type Connection,
  type Edge,
  withArguments,
  type ListArgs,
  type RelationQuery,
  type Row,
} from "./connection";
import { selectionOf } from "./plan";
import { queryRows } from "./rows";

export interface LoaderSettings {
  /** Loaders only read, through the pool Prisma also runs on (src/graph/rows.ts). */
  pool: Pool;
  batching: boolean;
}

export function dataLoaderOptions<K, V>(settings: LoaderSettings): DataLoader.Options<K, V> {
  return settings.batching ? {} : { batch: false, cache: false };
}

/** Rows looked up by a key column: by id, or all children of a parent. */
export interface KeyedQuery<T> {
  select: Prisma.Sql;
  from: Prisma.Sql;
  /** The column compared with the keys. */
  key: Prisma.Sql;
  /** For aggregated rows; must include the key column. */
  groupBy?: Prisma.Sql;
  /** Order of rows within a key (the first row wins for single-row loaders). */
  orderBy?: Prisma.Sql;
  toValue(row: Row): T;
}

async function loadRowsByKey<K extends number | string, T>(
  pool: Pool,
  query: KeyedQuery<T>,
  keys: readonly K[],
): Promise<Map<K, T[]>> {
  const groupBy = query.groupBy ? Prisma.sql`GROUP BY ${query.groupBy}` : Prisma.empty;
  const orderBy = Prisma.sql`ORDER BY _key${query.orderBy ? Prisma.sql`, ${query.orderBy}` : Prisma.empty}`;
  const rows = await queryRows(
    pool,
    Prisma.sql`SELECT ${query.select}, ${query.key} AS _key FROM ${query.from} WHERE ${query.key} = ANY(${keys}) ${groupBy} ${orderBy}`,
  );
  const byKey = new Map<K, T[]>();
  for (const { _key, ...row } of rows) {
    const key = _key as K;
    const values = byKey.get(key);
    if (values) values.push(query.toValue(row));
    else byKey.set(key, [query.toValue(row)]);
  }
  return byKey;
}

/** One value per key or null: `articleById`. */
export function rowLoader<K extends number | string, T>(settings: LoaderSettings, query: KeyedQuery<T>): DataLoader<K, T | null> {
  return new DataLoader(async (keys) => {
    recordLoaderBatch(keys.length);
    const byKey = await loadRowsByKey(settings.pool, query, keys);
    return keys.map((key) => byKey.get(key)?.[0] ?? null);
  }, dataLoaderOptions(settings));
}

/** Rows named by two key columns (a link row, a pair of actors). */
export interface PairQuery<T> extends Omit<KeyedQuery<T>, "key" | "orderBy"> {
  keys: [Prisma.Sql, Prisma.Sql];
}

/** One value per pair of keys or null: a participation by its event and actor. DataLoader keys are "a:b". */
export function pairLoader<T>(settings: LoaderSettings, query: PairQuery<T>): DataLoader<string, T | null> {
  return new DataLoader(async (pairs) => {
    recordLoaderBatch(pairs.length);
    const [first, second] = [0, 1].map((i) => pairs.map((pair) => Number(pair.split(":")[i])));
    const groupBy = query.groupBy ? Prisma.sql`GROUP BY ${query.groupBy}` : Prisma.empty;
    const rows = await queryRows(
      settings.pool,
      Prisma.sql`SELECT ${query.select}, ${query.keys[0]} AS _a, ${query.keys[1]} AS _b FROM ${query.from}
        WHERE (${query.keys[0]}, ${query.keys[1]}) IN (SELECT * FROM unnest(CAST(${first} AS int[]), CAST(${second} AS int[]))) ${groupBy}`,
    );
    const byPair = new Map(rows.map(({ _a, _b, ...row }) => [`${_a}:${_b}`, query.toValue(row)]));
    return pairs.map((pair) => byPair.get(pair) ?? null);
  }, dataLoaderOptions(settings));
}

/** Every row per key (small, unpaginated lists): `aliasesByActor`. */
export function listLoader<T>(settings: LoaderSettings, query: KeyedQuery<T>): DataLoader<number, T[]> {
  return new DataLoader(async (keys) => {
    recordLoaderBatch(keys.length);
    const byKey = await loadRowsByKey(settings.pool, query, keys);
    return keys.map((key) => byKey.get(key) ?? []);
  }, dataLoaderOptions(settings));
}

/**
 * The pages of relations per parent: `pages(Event.participants' relation, args,
 * info).load(eventId)`. All parents resolving the same field at one place in
 * the query (graphql-js hands them the same field nodes) with the same
 * arguments share one DataLoader, hence one statement; the lookahead
 * (src/graph/plan.ts) runs once for them all.
 */
export function pagesLoader(settings: LoaderSettings) {
  const loaders = new WeakMap<readonly FieldNode[], Map<string, DataLoader<number, Connection<Edge<unknown>>>>>();
  return <E extends Edge<unknown>>(relation: ChildRelation<E>, args: ListArgs, info: GraphQLResolveInfo): DataLoader<number, Connection<E>> => {
    let byArgs = loaders.get(info.fieldNodes);
    if (!byArgs) loaders.set(info.fieldNodes, (byArgs = new Map()));
    const argsKey = JSON.stringify(args);
    let loader = byArgs.get(argsKey);
    if (!loader) {
      const query = withArguments(relation, args);
      const page = pageRequest(args, selectionOf(info, settings.batching));
      loader = new DataLoader((parentIds) => {
        recordLoaderBatch(parentIds.length);
        return loadPages(settings.pool, query, parentIds, page);
      }, dataLoaderOptions(settings));
      byArgs.set(argsKey, loader);
    }
    return loader as DataLoader<number, Connection<E>>;
  };
}

/** On a root list's connection: the conditions its filter set, which its facets count under. */
export const FILTERED = Symbol("filtered by");
export type Filtered = { [FILTERED]?: Prisma.Sql[] };

/**
 * A root list (`articles`, `events`, ...): one page of a table, filtered and
 * ordered as the client asked, with the connections selected below it.
 */
export function rootListLoader<E extends Edge<unknown>>(settings: LoaderSettings, list: Omit<RelationQuery<E>, "parentKey">) {
  return async (args: ListArgs, info: GraphQLResolveInfo): Promise<Connection<E> & Filtered> => {
    const query = withArguments(list, args);
    const connection: Connection<E> & Filtered = await loadPage(settings.pool, query, pageRequest(args, selectionOf(info, settings.batching)));
    connection[FILTERED] = query.where ?? [];
    return connection;
  };
}

/** The conditions that apply, for a WHERE clause built from optional filters. */
export function conditions(...parts: (Prisma.Sql | false | 0 | null | undefined | "")[]): Prisma.Sql[] {
  return parts.filter((part): part is Prisma.Sql => part instanceof Prisma.Sql);
}

/** The conditions joined by AND; TRUE when there are none. */
export function allOf(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length > 0 ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/** The rows of these ids that exist, in order (an id whose row is gone is left out). */
export async function loadFound<T>(loader: DataLoader<number, T | null>, ids: readonly number[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  return rows.filter((row): row is Awaited<T> => row !== null && !(row instanceof Error)) as T[];
}

/** Topic slugs a filter names, its `topic` and `topics` together (any of them matches); null when it names none. */
export function topicSlugs(filter: { topic?: string | null; topics?: readonly string[] | null }): string[] | null {
  const slugs = [...(filter.topic != null ? [filter.topic] : []), ...(filter.topics ?? [])];
  return slugs.length > 0 ? slugs : null;
}

/** The row (`owner`, e.g. article.id) is tagged with any of the slugs, through its link table. */
export function taggedWithAny(link: "article_topic" | "event_topic" | "claim_topic", ownerColumn: string, owner: Prisma.Sql, slugs: string[]): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(link)} JOIN topic ON topic.id = ${Prisma.raw(link)}.topic_id
                            WHERE ${Prisma.raw(`${link}.${ownerColumn}`)} = ${owner} AND topic.slug = ANY(${slugs}))`;
}

/** Casts a row from raw SQL to the model type its columns were selected as. */
export function asModel<T>(row: Row): T {
  return row as unknown as T;
}

/** The text as a LIKE pattern matching itself only: its own wildcards escaped. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/** A LIKE pattern matching the text anywhere. */
export function containing(text: string): string {
  return `%${likeLiteral(text)}%`;
}

/** A relation paged per parent, typed from its toEdge (its connection field: src/graph/plan.ts connectionField). */
export function pagedRelation<E extends Edge<unknown>>(relation: ChildRelation<E>): ChildRelation<E> {
  return relation;
}
