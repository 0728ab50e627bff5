// Liveness and readiness. /health says the process answers; /ready says it can
// serve: Postgres answers SELECT 1 quickly and every migration on disk is applied.
import { Router } from "express";
import type { Pool } from "pg";
import { pendingMigrations } from "../db/migrate";

const READY_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface Readiness {
  ready: boolean;
  database: "ok" | string;
  pendingMigrations?: string[];
}

export async function checkReadiness(pool: Pool, databaseUrl: string): Promise<Readiness> {
  try {
    await withTimeout(pool.query("SELECT 1"), READY_TIMEOUT_MS, "database");
  } catch {
    return { ready: false, database: "unreachable" };
  }
  try {
    const pending = await withTimeout(pendingMigrations(databaseUrl), READY_TIMEOUT_MS, "migration check");
    return { ready: pending.length === 0, database: "ok", pendingMigrations: pending };
  } catch {
    return { ready: false, database: "migration state unknown" };
  }
}

export function healthRoutes(pool: Pool): Router {
  const router = Router();
  // pg keeps the URL it was given; readiness checks migrations over a connection of its own.
  const databaseUrl = (pool.options as { connectionString?: string }).connectionString ?? "";
  router.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/ready", async (_req, res) => {
    const readiness = await checkReadiness(pool, databaseUrl);
    res.status(readiness.ready ? 200 : 503).json(readiness);
  });
  return router;
}
