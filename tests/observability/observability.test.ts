// Health/readiness, database error classification and request logging against real Postgres.
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { Writable } from "node:stream";
import pino from "pino";
import { createDb } from "../../src/db/client";
import { databaseErrorCode, createFormatError } from "../../src/observability/errors";
import { healthRoutes } from "../../src/observability/health";
import { operationLabel, registry } from "../../src/observability/metrics";
import { observeRequests } from "../../src/observability/requests";
import { createTestDatabase, useTestDatabase } from "../support/database";

async function serve(app: express.Express) {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

describe("health and readiness", () => {
  const db = useTestDatabase();

  it("is alive and ready on a migrated, reachable database", async () => {
    const { base, close } = await serve(express().use(healthRoutes(db().pool)));
    try {
      expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: "ok" });
      const ready = await fetch(`${base}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ ready: true, database: "ok", pendingMigrations: [] });
    } finally {
      await close();
    }
  });

  it("is not ready when a migration is pending or the database is unreachable", async () => {
    const other = await createTestDatabase();
    await other.pool.query(`DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)`);
    const unreachable = createDb("postgresql://postgres@127.0.0.1:1/postgres");
    const pending = await serve(express().use(healthRoutes(other.pool)));
    const down = await serve(express().use(healthRoutes(unreachable.pool)));
    try {
      const notMigrated = await fetch(`${pending.base}/ready`);
      expect(notMigrated.status).toBe(503);
      expect(((await notMigrated.json()) as { pendingMigrations: string[] }).pendingMigrations).toHaveLength(1);
      const noDatabase = await fetch(`${down.base}/ready`);
      expect(noDatabase.status).toBe(503);
      expect(await noDatabase.json()).toEqual({ ready: false, database: "unreachable" });
      expect((await fetch(`${down.base}/health`)).status).toBe(200);
    } finally {
      await pending.close();
      await down.close();
      await other.close();
      await unreachable.close();
    }
  });
});

describe("database errors", () => {
  const db = useTestDatabase();

  it("classifies a statement timeout and an unreachable server, from Prisma and from pg", async () => {
    const timed = createDb(db().url, { statementTimeoutMs: 100 });
    const unreachable = createDb("postgresql://postgres@127.0.0.1:1/postgres");
    try {
      const viaPrisma = await timed.prisma.$queryRaw`SELECT pg_sleep(2)`.catch((e: unknown) => e);
      const viaPool = await timed.pool.query("SELECT pg_sleep(2)").catch((e: unknown) => e);
      expect(databaseErrorCode(viaPrisma)).toBe("QUERY_TIMEOUT");
      expect(databaseErrorCode(viaPool)).toBe("QUERY_TIMEOUT");
      expect(databaseErrorCode(await unreachable.prisma.actor.findMany().catch((e: unknown) => e))).toBe("DATABASE_UNAVAILABLE");
      expect(databaseErrorCode(await unreachable.pool.query("SELECT 1").catch((e: unknown) => e))).toBe("DATABASE_UNAVAILABLE");
      expect(databaseErrorCode(new Error("something else"))).toBeNull();
      // The pool still works after a cancelled statement.
      expect((await timed.pool.query("SELECT 1 AS one")).rows[0].one).toBe(1);
    } finally {
      await timed.close();
      await unreachable.close();
    }
  });

  it("masks unexpected errors in production, keeps known codes", () => {
    const production = createFormatError(true);
    const internal = production({ message: "relation \"x\" does not exist", extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } }, new Error("SQL"));
    // The stack stays for the debug plugin (src/server.ts), which drops it unless the request may see it.
    expect(internal).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } });
    const known = production({ message: "input.text: must not be empty", extensions: { code: "BAD_USER_INPUT", field: "input.text" } }, new Error());
    expect(known.message).toBe("input.text: must not be empty");
    expect(createFormatError(false)({ message: "boom", extensions: { code: "INTERNAL_SERVER_ERROR" } }, new Error()).message).toBe("boom");
  });
});

describe("request logging and metrics", () => {
  it("logs one JSON line per request with the client's request id, and counts it", async () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const app = express().use(observeRequests(pino({ level: "info" }, sink))).get("/health", (_req, res) => void res.json({ ok: true }));
    const { base, close } = await serve(app);
    try {
      const mine = await fetch(`${base}/health`, { headers: { "x-request-id": "abc-123" } });
      expect(mine.headers.get("x-request-id")).toBe("abc-123");
      const hostile = await fetch(`${base}/health`, { headers: { "x-request-id": "bad id " + "x".repeat(200) } });
      expect(hostile.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await close();
    }
    const logged = lines.map((line) => JSON.parse(line));
    expect(logged[0]).toMatchObject({ requestId: "abc-123", method: "GET", path: "/health", status: 200, msg: "request" });
    expect(logged[1].requestId).not.toContain("bad");
    expect(await registry.metrics()).toMatch(/http_requests_total\{route="\/health",operation="",status="200"\} \d+/);
  });
});

describe("operation labels", () => {
  it("keeps client-chosen names from growing the metrics without bound", () => {
    expect(operationLabel(undefined)).toBe("anonymous");
    expect(operationLabel("Latest")).toBe("Latest");
    expect(operationLabel("bad name; DROP")).toBe("other");
    for (let i = 0; i < 300; i++) operationLabel(`Generated${i}`);
    expect(operationLabel("OneTooMany")).toBe("other");
    expect(operationLabel("Latest")).toBe("Latest");
  });
});
