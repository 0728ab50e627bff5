// `npm run bench [-- --quick] [--duration 10] [--connections 10] [--systems ours,postgraphile]
//   [--scenarios nestedEvents,search] [--ingest-articles 1000] [--skip-ingest] [--database-url URL]
//   [--db-latency-ms 0]`
//
// On the database `npm run bench:data` filled, side by side in one run:
// (a) our server, (b) the same with DATALOADERS=off, (c) PostGraphile, (d) the
// hand-written SQL floor, each in a child process. Per system, a counting
// pass through the statement proxy (statements per request, and one answer
// kept to check every system returns the same rows); then autocannon load with
// the systems taking turns on each scenario: warm-up, peak throughput, and
// latency at half of (a)'s peak rate.
// Ingestion runs on a scratch copy of the database so the read data stays fixed.
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { createApiKey } from "../src/auth/keys";
import { createDb } from "../src/db/client";
import { ingestArticle } from "../src/ingest/ingest";
import { option, parseArgs } from "./args";
import { DEFAULT_BENCH_DATABASE_URL } from "./data";
import { generateArticleTexts } from "./generate";
import { runLoad, sendOnce, statementsPerRequest, type LoadSettings } from "./load";
import { writeResults, type BenchResults, type Cell, type IngestionResult } from "./report";
import { buildScenarios, SYSTEMS, type Scenario, type ScenarioContext, type SystemName } from "./scenarios";
import { searchRankingOverlap, sampleSearchQueries, type RankingOverlap } from "./search-ranking";
import { startStatementProxy } from "./statement-proxy";
import { startSystem, type RunningSystem } from "./systems";

const COUNTING_REQUESTS = 5;
const INGEST_COUNTING_ARTICLES = 30;

function withDatabase(url: string, database: string): string {
  const copy = new URL(url);
  copy.pathname = `/${database}`;
  return copy.toString();
}

async function describeDatabase(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const dataset: Record<string, number> = {};
    for (const table of ["article", "actor", "event", "claim", "article_actor", "event_participant"]) {
      dataset[table] = Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    }
    const maxArticleId = Number((await client.query("SELECT coalesce(max(id), 0) AS id FROM article")).rows[0].id);
    const postgres = (await client.query("SHOW server_version")).rows[0].server_version as string;
    return { dataset, maxArticleId, postgres };
  } finally {
    await client.end();
  }
}

/** Runs work against a system started for it, stopping the system afterwards whatever happens. */
async function withSystem<T>(name: SystemName, databaseUrl: string, poolSize: number, work: (system: RunningSystem) => Promise<T>) {
  const system = await startSystem(name, { databaseUrl, poolSize });
  try {
    return await work(system);
  } finally {
    await system.stop();
  }
}

/** Statements per request through the proxy; keeps each scenario's first answer for the equivalence check. */
async function countingPass(name: SystemName, scenarios: Scenario[], databaseUrl: string, poolSize: number, cells: Map<string, Cell>, shapes: Map<string, Map<SystemName, string>>) {
  const proxy = await startStatementProxy(databaseUrl);
  try {
    await withSystem(name, proxy.url, poolSize, async (system) => {
      for (const scenario of scenarios) {
        const cell = cells.get(`${scenario.name}/${name}`)!;
        try {
          const answer = await sendOnce(system, scenario, 0);
          if (answer.errors?.length) throw new Error(answer.errors[0].message);
          shapes.get(scenario.name)!.set(name, JSON.stringify(scenario.shape(name, answer.data)));
          cell.statementsPerRequest = await statementsPerRequest(system, scenario, proxy.statements, COUNTING_REQUESTS, 1);
        } catch (error) {
          const said = system.outputTail();
          cell.error = (error as Error).message + (said ? ` (server output: ${said})` : "");
        }
      }
    });
  } finally {
    await proxy.close();
  }
}

/**
 * Load runs with every system started at once and the systems taking turns
 * scenario by scenario, so that whatever else the machine is doing at the
 * time weighs on all of them alike, and the ratios stay comparable.
 */
async function loadPass(names: SystemName[], scenarios: Scenario[], settings: LoadSettings & { databaseUrl: string; poolSize: number }, cells: Map<string, Cell>) {
  const running: RunningSystem[] = [];
  try {
    for (const name of names) {
      try {
        running.push(await startSystem(name, { databaseUrl: settings.databaseUrl, poolSize: settings.poolSize }));
      } catch (error) {
        for (const scenario of scenarios) {
          const cell = cells.get(`${scenario.name}/${name}`);
          if (cell) cell.error ??= (error as Error).message;
        }
      }
    }
    for (const scenario of scenarios) {
      const turns = running
        .map((system) => ({ system, cell: cells.get(`${scenario.name}/${system.name}`) }))
        .filter((turn): turn is { system: RunningSystem; cell: Cell } => turn.cell !== undefined && !turn.cell.error);
      for (const { system, cell } of turns) {
        await runLoad(system, scenario, settings.warmupSeconds, settings.connections);
        Object.assign(cell, await runLoad(system, scenario, settings.durationSeconds, settings.connections));
      }
      const oursPeak = cells.get(`${scenario.name}/ours`)?.requestsPerSecond;
      for (const { system, cell } of turns) {
        if (oursPeak) {
          const rate = Math.max(1, Math.floor(oursPeak / 2));
          const half = await runLoad(system, scenario, settings.durationSeconds, settings.connections, rate);
          cell.halfRate = { rate, p99Ms: half.p99Ms, p50Ms: half.p50Ms, failures: half.failures, requestsPerSecond: half.requestsPerSecond };
        }
        console.log(
          `  ${scenario.name.padEnd(20)} ${system.name.padEnd(13)} ${cell.requestsPerSecond?.toFixed(0).padStart(6)} req/s  p50 ${cell.p50Ms} ms  p99 ${cell.p99Ms} ms` +
            `  ½-rate p99 ${cell.halfRate?.p99Ms ?? "–"} ms  ${cell.statementsPerRequest?.toFixed(1)} stmt/req  ${cell.rssMb} MB  failures ${cell.failures}`,
        );
      }
    }
  } finally {
    await Promise.all(running.map((system) => system.stop()));
  }
}

/** Bulk ingestion straight through ingestArticle (no HTTP), one article after another. */
async function ingestionThroughput(url: string, count: number, seed: number): Promise<IngestionResult> {
  const texts = generateArticleTexts(count + INGEST_COUNTING_ARTICLES, seed + 1);
  const proxy = await startStatementProxy(url);
  const counted = createDb(proxy.url, { poolSize: 4 });
  const db = createDb(url, { poolSize: 4 });
  try {
    for (const input of texts.slice(0, INGEST_COUNTING_ARTICLES)) await ingestArticle(counted.prisma, input);
    const statementsPerArticle = proxy.statements() / INGEST_COUNTING_ARTICLES;
    let failed = 0;
    const started = process.hrtime.bigint();
    for (const input of texts.slice(INGEST_COUNTING_ARTICLES)) {
      await ingestArticle(db.prisma, input).catch(() => failed++);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (failed === count) throw new Error("every article failed to ingest");
    return { articles: count, seconds, articlesPerSecond: (count - failed) / seconds, failed, statementsPerArticle };
  } catch (error) {
    return { articles: count, error: (error as Error).message };
  } finally {
    await counted.close();
    await db.close();
    await proxy.close();
  }
}

/** The ingest mutation under load, and bulk ingestion, on a throw-away copy of the benchmark database. */
async function ingestionOnScratchCopy(
  baseUrl: string,
  scenario: Scenario | undefined,
  context: ScenarioContext,
  settings: LoadSettings & { poolSize: number; ingestArticles: number; seed: number },
  cells: Map<string, Cell>,
): Promise<IngestionResult> {
  const source = decodeURIComponent(new URL(baseUrl).pathname.slice(1));
  const scratch = `${source}_scratch`;
  const admin = new Client({ connectionString: withDatabase(baseUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${scratch}" TEMPLATE "${source}"`);
    const scratchUrl = withDatabase(baseUrl, scratch);
    const keys = createDb(scratchUrl, { poolSize: 1 });
    try {
      const { secret } = await createApiKey(keys.prisma, "benchmark", "EDITOR");
      context.ingestAuthorization = `Bearer ${secret}`;
    } finally {
      await keys.close();
    }
    if (scenario) {
      await countingPass("ours", [scenario], scratchUrl, settings.poolSize, cells, new Map([[scenario.name, new Map()]]));
      await loadPass(["ours"], [scenario], { ...settings, databaseUrl: scratchUrl }, cells);
    }
    return await ingestionThroughput(scratchUrl, settings.ingestArticles, settings.seed);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const quick = args.quick === true;
  const databaseUrl = String(args["database-url"] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL);
  const settings = {
    connections: option(args, "connections", 10),
    durationSeconds: option(args, "duration", quick ? 3 : 10),
    warmupSeconds: option(args, "warmup", quick ? 2 : 3),
    poolSize: option(args, "pool-size", 10),
    ingestArticles: option(args, "ingest-articles", quick ? 200 : 1000),
    seed: option(args, "seed", 42),
  };
  const dbLatencyMs = option(args, "db-latency-ms", 0);
  const only = (name: string) => (typeof args[name] === "string" ? String(args[name]).split(",") : null);
  const systems = SYSTEMS.filter((s) => !only("systems") || only("systems")!.includes(s));
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = os.loadavg()[0];

  const { dataset, maxArticleId, postgres } = await describeDatabase(databaseUrl);
  if (maxArticleId === 0) throw new Error(`no articles in ${databaseUrl}: run npm run bench:data first`);
  const context: ScenarioContext = { maxArticleId, runId: startedAt };
  const scenarios = buildScenarios(context).filter((s) => !only("scenarios") || only("scenarios")!.includes(s.name));
  const readScenarios = scenarios.filter((s) => s.name !== "ingest");
  console.log(`bench: ${Object.entries(dataset).map(([t, n]) => `${n} ${t}`).join(", ")}; systems ${systems.join(", ")}`);

  const cells = new Map<string, Cell>();
  for (const scenario of scenarios) {
    for (const system of scenario.systems) if (systems.includes(system)) cells.set(`${scenario.name}/${system}`, { scenario: scenario.name, system });
  }
  const shapes = new Map(readScenarios.map((s) => [s.name, new Map<SystemName, string>()]));
  for (const system of systems) {
    console.log(`${system}: counting statements`);
    const systemScenarios = readScenarios.filter((s) => s.systems.includes(system));
    try {
      await countingPass(system, systemScenarios, databaseUrl, settings.poolSize, cells, shapes);
    } catch (error) {
      for (const scenario of systemScenarios) cells.get(`${scenario.name}/${system}`)!.error ??= (error as Error).message;
      console.error(`  ${system} failed: ${(error as Error).message}`);
    }
  }
  // With --db-latency-ms the servers reach Postgres through a proxy that adds that round trip to every exchange.
  const latencyProxy = dbLatencyMs > 0 ? await startStatementProxy(databaseUrl, { roundTripMs: dbLatencyMs }) : undefined;
  console.log(`load, the systems taking turns on each scenario${latencyProxy ? `, ${dbLatencyMs} ms between servers and Postgres` : ""}`);
  try {
    await loadPass(systems, readScenarios, { ...settings, databaseUrl: latencyProxy?.url ?? databaseUrl }, cells);
  } finally {
    await latencyProxy?.close();
  }

  // Speed without the right hits is no win: the search ranking against the exact ts_rank order.
  let searchRanking: RankingOverlap | undefined;
  if (readScenarios.some((s) => s.name === "search") && systems.includes("ours")) {
    searchRanking = await withSystem("ours", databaseUrl, settings.poolSize, (system) => searchRankingOverlap(system, databaseUrl, sampleSearchQueries(200)));
    console.log(`search ranking: mean top-20 overlap with the exact ts_rank order ${searchRanking.meanOverlap.toFixed(3)} over ${searchRanking.queries} queries`);
  }

  let ingestion: IngestionResult | undefined;
  const ingestScenario = scenarios.find((s) => s.name === "ingest");
  if (args["skip-ingest"] !== true && systems.includes("ours")) {
    console.log("ingestion, on a scratch copy of the database");
    ingestion = await ingestionOnScratchCopy(databaseUrl, ingestScenario, context, settings, cells);
    console.log(`  ${JSON.stringify(ingestion)}`);
  }

  const results: BenchResults = {
    startedAt,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: `PostgreSQL ${postgres}`,
      loadAverage: { start: loadAverageAtStart, end: os.loadavg()[0] },
    },
    settings: { databaseUrl, connections: settings.connections, durationSeconds: settings.durationSeconds, warmupSeconds: settings.warmupSeconds, poolSize: settings.poolSize, dbLatencyMs },
    dataset,
    scenarios: scenarios.map((scenario) => {
      const answers = [...(shapes.get(scenario.name) ?? new Map()).entries()];
      const distinct = new Set(answers.map(([, shape]) => shape));
      const equivalent = answers.length < 2 ? "–" : distinct.size === 1 ? `yes (${answers.map(([s]) => s).join(", ")})` : `NO: ${answers.map(([s, shape]) => `${s}=${shape.slice(0, 60)}`).join("; ")}`;
      return { name: scenario.name, title: scenario.title, equivalent };
    }),
    cells: [...cells.values()],
    ingestion,
    searchRanking,
    notes: [
      "SQL statements / request: Query and Execute messages counted on the wire by a proxy (bench/statement-proxy.ts) over 5 sequential requests; " +
        "pg_stat_statements is not preloaded on this Postgres and pg_stat_database counts transactions, not statements.",
      "p99 at ½ (a) peak: autocannon with overallRate = half of (a)'s req/s on that scenario, latencies corrected for coordinated omission.",
      "PostGraphile orders participants by primary key (it cannot order by the actor's name), so participants are compared as sets.",
    ],
  };
  const file = writeResults(results, path.join(__dirname, "results"));
  console.log(`results: ${file} (and latest.md / latest.json)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
