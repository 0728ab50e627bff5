// Measuring one system on one scenario: one checked request, a counting pass
// (statements per request, through the wire proxy), and autocannon load runs.
import fs from "node:fs";
import autocannon from "autocannon";
import type { Scenario, SystemName } from "./scenarios";
import type { RunningSystem } from "./systems";

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx responses, socket errors, timeouts and bodies carrying GraphQL errors. */
  failures: number;
  /** Highest server VmRSS sampled during the run, MB. */
  rssMb: number;
  /** Server process CPU time per request, ms (user + system). */
  cpuMsPerRequest: number;
}

export interface Answer {
  data: unknown;
  errors?: Array<{ message: string }>;
}

/** Sends request i of a scenario once and returns the parsed body. */
export async function sendOnce(system: RunningSystem, scenario: Scenario, i: number): Promise<Answer> {
  const spec = scenario.request(system.name, i);
  const response = await fetch(system.baseUrl + spec.path, {
    method: "POST",
    headers: { "content-type": "application/json", ...spec.headers },
    body: spec.body,
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as Answer;
  } catch {
    return { data: null, errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 300)}` }] };
  }
}

/** Statements per request: `count` sequential requests, divided into the proxy's count of them. */
export async function statementsPerRequest(system: RunningSystem, scenario: Scenario, statementsSeen: () => number, count: number, firstIndex = 0) {
  const before = statementsSeen();
  for (let i = 0; i < count; i++) {
    const answer = await sendOnce(system, scenario, firstIndex + i);
    if (answer.errors?.length) throw new Error(`${system.name}/${scenario.name}: ${answer.errors[0].message}`);
  }
  return (statementsSeen() - before) / count;
}

/** CPU seconds (user + system) the process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** One autocannon run; `overallRate` caps the request rate (for latency at a given load). */
export async function runLoad(
  system: RunningSystem,
  scenario: Scenario,
  seconds: number,
  connections: number,
  overallRate?: number,
): Promise<LoadResult> {
  let next = 0;
  let rssMb = system.rssMb();
  const sampler = setInterval(() => (rssMb = Math.max(rssMb, system.rssMb())), 250);
  const cpuBefore = cpuSeconds(system.pid);
  try {
    const result = await autocannon({
      url: system.baseUrl,
      method: "POST",
      connections,
      duration: seconds,
      overallRate,
      requests: [
        {
          setupRequest: (request: any) => {
            const spec = scenario.request(system.name as SystemName, next++);
            return { ...request, path: spec.path, body: spec.body, headers: { ...request.headers, "content-type": "application/json", ...spec.headers } };
          },
        },
      ],
      verifyBody: (body: string) => !body.includes('"errors"'),
    } as autocannon.Options);
    const requests = result.requests.total;
    // With no completed request autocannon reports 0 ms latencies: report them as unknown instead.
    return {
      requestsPerSecond: requests / result.duration,
      p50Ms: requests > 0 ? result.latency.p50 : NaN,
      p99Ms: requests > 0 ? result.latency.p99 : NaN,
      requests,
      failures: result.non2xx + result.errors + result.timeouts + (result.mismatches ?? 0),
      rssMb,
      cpuMsPerRequest: requests > 0 ? ((cpuSeconds(system.pid) - cpuBefore) * 1000) / requests : NaN,
    };
  } finally {
    clearInterval(sampler);
  }
}
