// `npm run bench:cache -- [--seconds 10] [--connections 10] [--database-url URL]`:
// the response cache (RESPONSE_CACHE_ENTRIES) as a scenario of its own, so
// the figures of `npm run bench` stay uncached: each read scenario through our
// server without and with the cache, then with the cache while another
// connection writes to the graph every 200 ms (each write drops the cache).
// Runs on a copy of the benchmark database; writes bench/results/cache.md.
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { option, parseArgs } from "./args";
import { copyOfDatabase, DEFAULT_BENCH_DATABASE_URL } from "./data";
import { runLoad } from "./load";
import { buildScenarios } from "./scenarios";
import { startSystem } from "./systems";

const SCENARIOS = ["articleById", "articlesWithActors", "nestedEvents", "search"];

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const seconds = option(args, "seconds", 10);
  const connections = option(args, "connections", 10);
  const source = String(args["database-url"] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL);
  const copy = await copyOfDatabase(source, "cache");
  const lines: string[] = [];
  try {
    const reader = new Client({ connectionString: copy.url });
    await reader.connect();
    const maxArticleId = (await reader.query<{ id: number }>("SELECT max(id)::int AS id FROM article")).rows[0]!.id;
    await reader.end();
    const scenarios = buildScenarios({ maxArticleId, runId: "cache" }).filter((s) => SCENARIOS.includes(s.name));
    const cells: { label: string; env: Record<string, string>; writes: boolean }[] = [
      { label: "no cache", env: { RESPONSE_CACHE_ENTRIES: "0" }, writes: false },
      { label: "cache", env: { RESPONSE_CACHE_ENTRIES: "10000" }, writes: false },
      { label: "cache, a write every 200 ms", env: { RESPONSE_CACHE_ENTRIES: "10000" }, writes: true },
    ];
    lines.push(`${connections} connections, ${seconds} s per cell, on a copy of the benchmark graph.`, "");
    lines.push("| scenario | cache | req/s | p50 ms | p99 ms | failed |", "|---|---|---:|---:|---:|---:|");
    for (const cell of cells) {
      const server = await startSystem("ours", { databaseUrl: copy.url, poolSize: 10, env: cell.env });
      // The writer touches one topic's description: a committed change of the graph, nothing else.
      const writer = new Client({ connectionString: copy.url });
      await writer.connect();
      const timer = cell.writes
        ? setInterval(() => void writer.query("UPDATE topic SET name = name WHERE id = (SELECT min(id) FROM topic)").catch(() => undefined), 200)
        : undefined;
      try {
        for (const scenario of scenarios) {
          const result = await runLoad(server, scenario, seconds, connections);
          const line = `| ${scenario.name} | ${cell.label} | ${result.requestsPerSecond.toFixed(0)} | ${result.p50Ms} | ${result.p99Ms} | ${result.failures} |`;
          lines.push(line);
          console.log(line);
        }
      } finally {
        if (timer) clearInterval(timer);
        await writer.end();
        await server.stop();
      }
    }
  } finally {
    await copy.drop();
  }
  fs.writeFileSync(path.join(__dirname, "results/cache.md"), `${lines.join("\n")}\n`);
  console.log(`\n${lines.join("\n")}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
