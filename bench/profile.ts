// `npx tsx bench/profile.ts [--scenario nestedEvents] [--system ours] [--duration 10] [--database-url URL]`
// CPU-profiles one server under autocannon load on one scenario (node
// --cpu-prof), then prints where its main thread spent the time: by package
// and by function (self time). The .cpuprofile stays in the printed folder
// for Chrome DevTools or speedscope.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { option, parseArgs } from "./args";
import { READY_LINE } from "./child";
import { DEFAULT_BENCH_DATABASE_URL } from "./data";
import { runLoad } from "./load";
import { buildScenarios, type SystemName } from "./scenarios";
import { rssMb, SYSTEM_ENTRY } from "./systems";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package a script URL belongs to, or our own folder (src/, bench/). */
function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const inPackage = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1];
  if (url.startsWith("node:")) return "node";
  return path.relative(process.cwd(), url.replace(/^file:\/\//, "")).split(path.sep)[0];
}

function summarise(profile: CpuProfile, top: number): string {
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    const owner = ownerOf(url, functionName);
    const where = `${functionName || "(anonymous)"} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ""}`;
    total += ms;
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + ms);
    byFunction.set(where, (byFunction.get(where) ?? 0) + ms);
  }
  const table = (entries: Map<string, number>) =>
    [...entries].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => `  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`).join("\n");
  return `self time by package (${Math.round(total)} ms sampled):\n${table(byOwner)}\n\nby function:\n${table(byFunction)}`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const databaseUrl = String(args["database-url"] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL);
  const system = String(args.system ?? "ours") as SystemName;
  const scenarioName = String(args.scenario ?? "nestedEvents");
  const seconds = option(args, "duration", 10);
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-profile-"));

  const entry = SYSTEM_ENTRY[system];
  const child = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${directory}`, "--import", "tsx", path.join(__dirname, entry.file)], {
    env: { ...process.env, ...entry.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", LOG_LEVEL: "warn", SEED_DEMO: "false" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve) => {
    let stdout = "";
    child.stdout!.on("data", (chunk) => {
      stdout += chunk;
      const match = new RegExp(`${READY_LINE} (\\d+)`).exec(stdout);
      if (match) resolve(Number(match[1]));
    });
  });
  const running = { name: system, baseUrl: `http://127.0.0.1:${port}`, pid: child.pid!, rssMb: () => rssMb(child.pid!), outputTail: () => "", stop: async () => undefined };
  const scenario = buildScenarios({ maxArticleId: 1000, runId: "profile" }).find((s) => s.name === scenarioName);
  if (!scenario) throw new Error(`unknown scenario ${scenarioName}`);
  await runLoad(running, scenario, 3, 10);
  const result = await runLoad(running, scenario, seconds, 10);
  console.log(`${system} ${scenarioName}: ${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.cpuMsPerRequest.toFixed(2)} ms CPU/request`);
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));

  // One profile per thread; the main thread's is the largest.
  const files = fs.readdirSync(directory).map((file) => path.join(directory, file));
  const main = files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
  console.log(`${summarise(JSON.parse(fs.readFileSync(main, "utf8")) as CpuProfile, 20)}\n\nprofile: ${main}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
