// What every benchmarked server process shares: where to listen, which
// database to use, and how to tell the runner it is ready.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

export const READY_LINE = "bench-server-listening";

export function childSettings() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is required");
  return { databaseUrl, poolSize: Number(process.env.DB_POOL_SIZE ?? 10) };
}

/** Listens on a free loopback port and prints it for the runner (bench/systems.ts). */
export function announceWhenListening(server: Server): void {
  server.listen(0, "127.0.0.1", () => {
    console.log(`${READY_LINE} ${(server.address() as AddressInfo).port}`);
  });
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}
