// Helpers for fault tests: free ports, a server process of its own, bounded polling.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");

export { freePort } from "../../src/net";
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns true or `withinMs` passes; returns whether it did. */
export async function eventually(check: () => Promise<boolean>, withinMs: number, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await sleep(everyMs);
  }
  return false;
}

export interface ChildRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs a TypeScript entry point with tsx in its own process. */
export function runTsx(entry: string, args: string[], env: Record<string, string>): ChildRun {
  let output = "";
  // `node --import tsx`, not the tsx CLI: the CLI runs the script in a grandchild that SIGKILL would orphan.
  const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export async function postJson(url: string, body: unknown) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

export interface PostgresProcess {
  url: string;
  /** Stops Postgres (fast shutdown: open connections are cut) and waits for it to exit. */
  stop(): Promise<void>;
}

/** An embedded Postgres in a process of its own (tests/faults/postgres-process.ts). */
export async function startPostgresProcess(dataDir: string, port: number): Promise<PostgresProcess> {
  const run = runTsx("tests/faults/postgres-process.ts", [dataDir, String(port)], {});
  const started = await eventually(async () => /ready /.test(run.output()) || run.child.exitCode !== null, 60_000, 50);
  const url = /ready (\S+)/.exec(run.output())?.[1];
  if (!started || !url) throw new Error(`embedded Postgres did not start:\n${run.output()}`);
  return {
    url,
    async stop() {
      if (run.child.exitCode === null) run.child.kill("SIGTERM");
      await run.exited;
    },
  };
}
