// `npm run bench:median -- [--runs 3] [file.json ...]`: the median over several full runs of
// `npm run bench` (the newest N results, or the files named), since one run here varies by
// ±15 %. Prints the table and writes bench/results/median.md.
import fs from "node:fs";
import path from "node:path";
import { option, parseArgs } from "./args";
import type { BenchResults, Cell } from "./report";
import { SYSTEM_TITLES, type SystemName } from "./scenarios";

const RESULTS = path.join(__dirname, "results");
const STAMPED = /^\d{4}-\d\d-\d\dT[\d-]+Z\.json$/;

const median = (values: number[]) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "–");

function cellOf(run: BenchResults, scenario: string, system: SystemName): Cell | undefined {
  return run.cells.find((cell) => cell.scenario === scenario && cell.system === system && !cell.error);
}

export function medianMarkdown(runs: Array<{ file: string; results: BenchResults }>): string {
  const scenarios = runs[0]!.results.scenarios.map((s) => s.name).filter((name) => name !== "ingest");
  const systems = [...new Set(runs.flatMap((run) => run.results.cells.map((cell) => cell.system)))];
  const lines = [
    `# Median of ${runs.length} full benchmark runs`,
    "",
    `Runs: ${runs.map((run) => `\`${path.basename(run.file, ".json")}\``).join(", ")}. Each figure is the median of the runs' figures; ratios are medians of each run's ratio.`,
    "",
    "| scenario | system | req/s | p99 ms | p99 ms at ½ (a) peak | (a)/system ratio |",
    "|---|---|---:|---:|---:|---:|",
  ];
  /** The median over the runs of one figure of a cell (NaN where a run has no such cell). */
  const figure = (scenario: string, system: SystemName, read: (cell: Cell) => number | undefined) =>
    median(runs.map((run) => {
      const cell = cellOf(run.results, scenario, system);
      return (cell && read(cell)) ?? NaN;
    }));
  /** The median over the runs of each run's ratio of our throughput to the system's. */
  const ratioTo = (scenario: string, system: SystemName) =>
    median(runs.map((run) => (cellOf(run.results, scenario, "ours")?.requestsPerSecond ?? NaN) / (cellOf(run.results, scenario, system)?.requestsPerSecond ?? NaN)));
  for (const scenario of scenarios) {
    for (const system of systems) {
      if (runs.every((run) => !cellOf(run.results, scenario, system))) continue;
      lines.push(
        `| ${scenario} | ${SYSTEM_TITLES[system]} | ${fixed(figure(scenario, system, (c) => c.requestsPerSecond))} | ${fixed(figure(scenario, system, (c) => c.p99Ms), 1)} | ` +
          `${fixed(figure(scenario, system, (c) => c.halfRate?.p99Ms), 1)} | ${system === "ours" ? "–" : `${fixed(ratioTo(scenario, system), 2)}×`} |`,
      );
    }
  }
  // The README's table: the compared scenarios, one row each.
  const compared = runs[0]!.results.scenarios.filter((s) => scenarios.includes(s.name) && cellOf(runs[0]!.results, s.name, "postgraphile"));
  lines.push(
    "",
    "As the README quotes it:",
    "",
    "| scenario | this server | DATALOADERS=off | PostGraphile | hand-written SQL | ours / PostGraphile | p99 at ½ our peak (ours) |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...compared.map(({ name, title }) => {
      const rate = (system: SystemName) => fixed(figure(name, system, (cell) => cell.requestsPerSecond));
      return `| ${title} | ${rate("ours")} req/s | ${rate("naive")} | ${rate("postgraphile")} | ${rate("floor")} | ${fixed(ratioTo(name, "postgraphile"), 2)}× | ${fixed(figure(name, "ours", (cell) => cell.halfRate?.p99Ms), 0)} ms |`;
    }),
  );
  const ingest = median(runs.map((run) => run.results.ingestion?.articlesPerSecond ?? NaN));
  const overlap = median(runs.map((run) => run.results.searchRanking?.meanOverlap ?? NaN));
  lines.push("", `Ingestion, one process: ${fixed(ingest, 1)} articles/s. Search ranking, top-20 overlap with the exact ts_rank order: ${fixed(overlap, 3)}.`);
  return lines.join("\n") + "\n";
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const named = process.argv.slice(2).filter((arg) => arg.endsWith(".json"));
  const files = named.length
    ? named
    : fs.readdirSync(RESULTS).filter((name) => STAMPED.test(name)).sort().slice(-option(args, "runs", 3)).map((name) => path.join(RESULTS, name));
  const runs = files.map((file) => ({ file, results: JSON.parse(fs.readFileSync(file, "utf8")) as BenchResults }));
  if (runs.length === 0) throw new Error("no benchmark results: run npm run bench first");
  const markdown = medianMarkdown(runs);
  fs.writeFileSync(path.join(RESULTS, "median.md"), markdown);
  console.log(markdown);
}

if (require.main === module) main();
