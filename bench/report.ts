// Results as JSON (everything) and Markdown (the table people read), written
// to bench/results/<timestamp>.{json,md} and copied to latest.{json,md}.
import fs from "node:fs";
import path from "node:path";
import { SYSTEM_TITLES, type SystemName } from "./scenarios";
import type { LoadResult } from "./load";
import type { RankingOverlap } from "./search-ranking";

export interface Cell extends Partial<LoadResult> {
  scenario: string;
  system: SystemName;
  statementsPerRequest?: number;
  /** p99 at half of (a)'s peak rate on this scenario, and that rate. */
  halfRate?: { rate: number; p99Ms: number; p50Ms: number; failures: number; requestsPerSecond: number };
  error?: string;
}

export interface IngestionResult {
  articles: number;
  seconds?: number;
  articlesPerSecond?: number;
  failed?: number;
  statementsPerArticle?: number;
  error?: string;
}

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string; loadAverage: { start: number; end: number } };
  settings: { databaseUrl: string; connections: number; durationSeconds: number; warmupSeconds: number; poolSize: number; dbLatencyMs: number };
  dataset: Record<string, number>;
  scenarios: Array<{ name: string; title: string; equivalent: string }>;
  cells: Cell[];
  ingestion?: IngestionResult;
  searchRanking?: RankingOverlap;
  notes: string[];
}

const fixed = (value: number | undefined, digits = 0) => (value === undefined || Number.isNaN(value) ? "–" : value.toFixed(digits));

function ratio(cells: Cell[], scenario: string, other: SystemName): string {
  const ours = cells.find((c) => c.scenario === scenario && c.system === "ours")?.requestsPerSecond;
  const theirs = cells.find((c) => c.scenario === scenario && c.system === other)?.requestsPerSecond;
  return ours && theirs ? `${(ours / theirs).toFixed(2)}×` : "–";
}

export function toMarkdown(results: BenchResults): string {
  const lines = [
    `# Benchmark ${results.startedAt}`,
    "",
    `Machine: ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGb} GB, Node ${results.machine.node}, ${results.machine.postgres}. ` +
      `Servers, Postgres and autocannon share these cores; 1-minute load average ${results.machine.loadAverage.start.toFixed(1)} at the start, ` +
      `${results.machine.loadAverage.end.toFixed(1)} at the end (anything above ${results.machine.cpus} means other work was competing).`,
    `Data: ${Object.entries(results.dataset).map(([table, n]) => `${n} ${table}`).join(", ")}.`,
    `Load: autocannon, ${results.settings.connections} connections, ${results.settings.durationSeconds} s per cell after ${results.settings.warmupSeconds} s warm-up; ` +
      `pool of ${results.settings.poolSize} Postgres connections per server` +
      (results.settings.dbLatencyMs > 0 ? `; ${results.settings.dbLatencyMs} ms round trip added between servers and Postgres (bench/statement-proxy.ts).` : "."),
    "",
    "| scenario | system | req/s | p50 ms | p99 ms | p99 ms at ½ (a) peak | SQL statements / request | RSS MB | server CPU ms / request | failures |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const cell of results.cells) {
    const half = cell.halfRate ? `${fixed(cell.halfRate.p99Ms, 1)} (at ${cell.halfRate.rate}/s${cell.halfRate.failures ? `, ${cell.halfRate.failures} failed` : ""})` : "–";
    lines.push(
      `| ${cell.scenario} | ${SYSTEM_TITLES[cell.system]} | ${fixed(cell.requestsPerSecond)} | ${fixed(cell.p50Ms, 1)} | ${fixed(cell.p99Ms, 1)} | ${half} | ` +
        `${fixed(cell.statementsPerRequest, 1)} | ${fixed(cell.rssMb)} | ${fixed(cell.cpuMsPerRequest, 2)} | ${cell.error ? `error: ${cell.error.slice(0, 80)}` : fixed(cell.failures)} |`,
    );
  }
  lines.push("", "Throughput ratios of (a):", "", "| scenario | (a)/(b) naive | (a)/(c) PostGraphile | (a)/(d) floor | same data in all systems |", "|---|---:|---:|---:|---|");
  for (const scenario of results.scenarios) {
    lines.push(`| ${scenario.name} | ${ratio(results.cells, scenario.name, "naive")} | ${ratio(results.cells, scenario.name, "postgraphile")} | ${ratio(results.cells, scenario.name, "floor")} | ${scenario.equivalent} |`);
  }
  const ingestion = results.ingestion;
  if (ingestion) {
    lines.push(
      "",
      ingestion.error
        ? `Ingestion throughput: not measured (${ingestion.error}).`
        : `Ingestion throughput: ${ingestion.articles} generated articles through ingestArticle, one after another, in ${fixed(ingestion.seconds, 1)} s: ` +
            `**${fixed(ingestion.articlesPerSecond, 1)} articles/s**, ${fixed(ingestion.statementsPerArticle, 1)} SQL statements per article` +
            (ingestion.failed ? `, ${ingestion.failed} failed` : "") + ".",
    );
  }
  const ranking = results.searchRanking;
  if (ranking) {
    lines.push(
      "",
      `Search ranking (bench/search-ranking.ts): over ${ranking.queries} sampled queries, the top 20 of (a) overlap the exact ts_rank order by ` +
        `**${ranking.meanOverlap.toFixed(3)}** on average (worst ${ranking.worstOverlap.toFixed(2)}, "${ranking.worstQuery}").`,
    );
  }
  if (results.notes.length) lines.push("", "Notes:", "", ...results.notes.map((note) => `- ${note}`));
  return lines.join("\n") + "\n";
}

export function writeResults(results: BenchResults, directory: string): string {
  fs.mkdirSync(directory, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, "-");
  const markdown = toMarkdown(results);
  const json = JSON.stringify(results, null, 2) + "\n";
  for (const name of [stamp, "latest"]) {
    fs.writeFileSync(path.join(directory, `${name}.md`), markdown);
    fs.writeFileSync(path.join(directory, `${name}.json`), json);
  }
  return path.join(directory, `${stamp}.md`);
}
