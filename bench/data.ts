// `npm run bench:data -- --articles 100000 [--seed 42] [--database-url URL]`
// Recreates the benchmark database, migrates it, and fills it with the
// synthetic graph from generate.ts through one COPY stream per table.
// Secondary indexes and foreign keys are dropped for the load and rebuilt
// after it (much faster than maintaining them row by row), then VACUUM ANALYZE.
import { finished } from "node:stream/promises";
import { Client } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { migrate } from "../src/db/migrate";
import { generateGraph, TABLES, type Cell, type RowSink, type TableName } from "./generate";
import { option, parseArgs } from "./args";

export const DEFAULT_BENCH_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/newsgraph_bench";

export interface LoadOptions {
  url: string;
  articles: number;
  seed: number;
  log?: (line: string) => void;
}

export interface LoadReport {
  rows: Record<TableName, number>;
  totalRows: number;
  seconds: { copy: number; indexes: number; analyze: number; total: number };
}

/** Drops and recreates the database named in url, then applies the migrations. */
/** Runs `sql` on the server of `url`, connected to its `postgres` database (for CREATE / DROP DATABASE). */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error(`unexpected database name "${name}"`);
  return name;
}

export async function recreateDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(url, `CREATE DATABASE "${name}"`);
  await migrate(url);
}

/**
 * A scratch copy of the benchmark database (CREATE DATABASE … TEMPLATE), for
 * runs that write to the graph and must leave the benchmark graph as it was.
 */
export async function copyOfDatabase(url: string, suffix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const source = databaseName(url);
  const copy = new URL(url);
  copy.pathname = `/${source}_${suffix}_${process.pid}`;
  const name = databaseName(copy.toString());
  await adminQuery(url, `CREATE DATABASE "${name}" TEMPLATE "${source}"`);
  return { url: copy.toString(), drop: () => adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** COPY text format: backslash escapes, \N for null. */
function copyCell(value: Cell): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);
  return value.replace(/[\\\t\n\r]/g, (char) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[char]!);
}

/** One COPY stream per table, each on its own connection so Postgres parses them in parallel. */
async function openCopySink(url: string) {
  const tables = Object.keys(TABLES) as TableName[];
  const streams = new Map<TableName, { client: Client; stream: ReturnType<typeof copyFrom> }>();
  for (const table of tables) {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query("SET synchronous_commit = off");
    const stream = client.query(copyFrom(`COPY ${table} (${TABLES[table].join(", ")}) FROM STDIN`));
    streams.set(table, { client, stream });
  }
  const buffers = new Map<TableName, string[]>(tables.map((table) => [table, []]));
  const counts = Object.fromEntries(tables.map((table) => [table, 0])) as Record<TableName, number>;

  const sink: RowSink = {
    row(table, cells) {
      buffers.get(table)!.push(cells.map(copyCell).join("\t") + "\n");
      counts[table]++;
    },
    async flush() {
      const waits: Promise<unknown>[] = [];
      for (const [table, lines] of buffers) {
        if (lines.length === 0) continue;
        const { stream } = streams.get(table)!;
        if (!stream.write(lines.join(""))) waits.push(new Promise((resolve) => stream.once("drain", resolve)));
        lines.length = 0;
      }
      await Promise.all(waits);
    },
  };
  return {
    sink,
    counts,
    async close() {
      await sink.flush();
      await Promise.all([...streams.values()].map(async ({ client, stream }) => {
        stream.end();
        await finished(stream);
        await client.end();
      }));
    },
  };
}

interface Rebuild {
  indexes: string[];
  foreignKeys: string[];
}

/** Drops secondary indexes and foreign keys of the public tables; returns how to rebuild them. */
async function dropSecondaryIndexes(client: Client): Promise<Rebuild> {
  const { rows: keys } = await client.query<{ table: string; name: string; definition: string }>(`
    SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
    FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`);
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(`
    SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
    WHERE i.schemaname = 'public' AND i.tablename <> '_prisma_migrations'
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype = 'p')`);
  for (const key of keys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  return {
    indexes: indexes.map((index) => index.definition),
    foreignKeys: keys.map((key) => `ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.definition}`),
  };
}

/** Rebuilds on two connections (the machine has two cores); biggest first so they finish together. */
async function rebuild(url: string, statements: string[]) {
  const queue = [...statements];
  await Promise.all([0, 1].map(async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("SET maintenance_work_mem = '512MB'");
      for (let next = queue.shift(); next; next = queue.shift()) await client.query(next);
    } finally {
      await client.end();
    }
  }));
}

/** Loads the graph into an empty, migrated database. */
export async function loadGraph(options: LoadOptions): Promise<LoadReport> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const client = new Client({ connectionString: options.url });
  await client.connect();
  try {
    const { rows: topics } = await client.query<{ id: number; slug: string }>("SELECT id, slug FROM topic ORDER BY id");
    const plan = await dropSecondaryIndexes(client);

    const copy = await openCopySink(options.url);
    let lastReport = Date.now();
    const progressSink: RowSink = {
      row: copy.sink.row,
      async flush() {
        await copy.sink.flush();
        if (Date.now() - lastReport > 2000) {
          lastReport = Date.now();
          const rows = Object.values(copy.counts).reduce((a, b) => a + b, 0);
          const seconds = (Date.now() - started) / 1000;
          log(`  ${copy.counts.article} / ${options.articles} articles, ${rows} rows, ${Math.round(rows / seconds)} rows/s`);
        }
      },
    };
    await generateGraph({ articles: options.articles, seed: options.seed, topicIds: new Map(topics.map((t) => [t.slug, t.id])) }, progressSink);
    await copy.close();
    const copied = Date.now();
    log(`copied in ${((copied - started) / 1000).toFixed(1)} s; rebuilding ${plan.indexes.length} indexes and ${plan.foreignKeys.length} foreign keys`);

    // Big GIN indexes first so the two rebuild connections end at about the same time.
    const bySize = [...plan.indexes].sort((a, b) => Number(/gin/i.test(b)) - Number(/gin/i.test(a)));
    await rebuild(options.url, bySize);
    await rebuild(options.url, plan.foreignKeys);
    await client.query(`
      DO $$ DECLARE t text; BEGIN
        FOR t IN SELECT table_name FROM information_schema.columns
                 WHERE table_schema = 'public' AND column_default LIKE 'nextval%' LOOP
          EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), coalesce(max(id), 0) + 1, false) FROM %I', t, t);
        END LOOP;
      END $$`);
    const indexed = Date.now();
    log(`indexes and keys in ${((indexed - copied) / 1000).toFixed(1)} s; VACUUM ANALYZE`);
    await client.query("VACUUM ANALYZE");
    const done = Date.now();
    const totalRows = Object.values(copy.counts).reduce((a, b) => a + b, 0);
    return {
      rows: copy.counts,
      totalRows,
      seconds: { copy: (copied - started) / 1000, indexes: (indexed - copied) / 1000, analyze: (done - indexed) / 1000, total: (done - started) / 1000 },
    };
  } finally {
    await client.end();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const articles = option(args, "articles", 100_000);
  const seed = option(args, "seed", 42);
  const url = String(args["database-url"] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL);
  console.log(`bench:data: ${articles} articles, seed ${seed}, into ${url}`);
  await recreateDatabase(url);
  const report = await loadGraph({ url, articles, seed, log: (line) => console.log(line) });
  for (const [table, count] of Object.entries(report.rows)) console.log(`  ${table.padEnd(18)} ${count}`);
  console.log(
    `${report.totalRows} rows in ${report.seconds.total.toFixed(1)} s ` +
      `(copy ${report.seconds.copy.toFixed(1)} s, indexes ${report.seconds.indexes.toFixed(1)} s, vacuum analyze ${report.seconds.analyze.toFixed(1)} s): ` +
      `${Math.round(report.totalRows / report.seconds.total)} rows/s overall, ${Math.round(report.totalRows / report.seconds.copy)} rows/s while copying`,
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
