// Starts each system under test as a child process on a free loopback port,
// so that every server has its own memory (VmRSS) and its own event loop.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { READY_LINE } from "./child";
import type { SystemName } from "./scenarios";

export interface RunningSystem {
  name: SystemName;
  baseUrl: string;
  pid: number;
  /** Resident memory of the server process, in MB. */
  rssMb(): number;
  /** The last lines the server printed (why a request failed, when it says). */
  outputTail(): string;
  stop(): Promise<void>;
}

export const SYSTEM_ENTRY: Record<SystemName, { file: string; env: Record<string, string> }> = {
  ours: { file: "our-server.ts", env: { DATALOADERS: "on" } },
  naive: { file: "our-server.ts", env: { DATALOADERS: "off" } },
  postgraphile: { file: "postgraphile.ts", env: {} },
  floor: { file: "floor-server.ts", env: {} },
};

export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

export interface StartOptions {
  databaseUrl: string;
  poolSize: number;
  /** Extra environment for our server (e.g. a raised query cost limit). */
  env?: Record<string, string>;
}

export async function startSystem(name: SystemName, options: StartOptions): Promise<RunningSystem> {
  const entry = SYSTEM_ENTRY[name];
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, entry.file)], {
    env: {
      ...process.env,
      ...options.env,
      ...entry.env,
      DATABASE_URL: options.databaseUrl,
      DB_POOL_SIZE: String(options.poolSize),
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      SEED_DEMO: "false",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The tail of what the server printed (its logs go to stdout, crashes to stderr).
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk).slice(-4000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s\n${output}`)), 60_000);
    const ready = new RegExp(`${READY_LINE} (\\d+)`);
    child.stdout!.on("data", () => {
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before listening\n${output}`));
    });
  });
  const pid = child.pid!;
  return {
    name,
    baseUrl: `http://127.0.0.1:${port}`,
    pid,
    rssMb: () => rssMb(pid),
    outputTail: () => output.trim().split("\n").slice(-3).join("\n"),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}
