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
  stop(): Promise<void>;
}

const ENTRY: Record<SystemName, { file: string; env: Record<string, string> }> = {
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
  const entry = ENTRY[name];
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
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s\n${stderr}`)), 60_000);
    let stdout = "";
    child.stdout!.on("data", (chunk) => {
      stdout += chunk;
      const match = new RegExp(`${READY_LINE} (\\d+)`).exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before listening\n${stderr}`));
    });
  });
  const pid = child.pid!;
  return {
    name,
    baseUrl: `http://127.0.0.1:${port}`,
    pid,
    rssMb: () => rssMb(pid),
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
