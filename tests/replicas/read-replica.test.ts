// Read scaling against a real streaming replica: the test starts its own
// primary and a replica of it (pg_basebackup) from the Postgres binaries on the
// machine, then shows queries answered by the replica and mutations, with their
// read-your-writes, by the primary.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createApiKey } from "../../src/auth/keys";
import { createDb, type DbHandle } from "../../src/db/client";
import { migrate } from "../../src/db/migrate";
import { bearer, startTestServer, type TestServer } from "../hardening/server";

const BIN = fs.existsSync("/usr/lib/postgresql/15/bin") ? "/usr/lib/postgresql/15/bin" : path.dirname(execFileSync("which", ["postgres"], { encoding: "utf8" }).trim());
const [PRIMARY_PORT, REPLICA_PORT] = [55432 + (process.pid % 500), 56432 + (process.pid % 500)];
const SLOW_TEST_MS = 120_000;
const root = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-replica-"));
const dirs = { primary: path.join(root, "primary"), replica: path.join(root, "replica"), sockets: root };

/** Postgres refuses to run as root: as root, its tools run as the postgres user. */
function pgTool(tool: string, args: string[]): string {
  const command = path.join(BIN, tool);
  const asRoot = process.getuid?.() === 0;
  return execFileSync(asRoot ? "runuser" : command, asRoot ? ["-u", "postgres", "--", command, ...args] : args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

const url = (port: number) => `postgresql://postgres@127.0.0.1:${port}/postgres`;
let server: TestServer;
let primary: DbHandle;
let replica: pg.Client;

beforeAll(async () => {
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres", root]);
  pgTool("initdb", ["-D", dirs.primary, "-U", "postgres", "--auth=trust", "--no-sync"]);
  // initdb's trust pg_hba.conf already admits replication connections from localhost.
  fs.appendFileSync(path.join(dirs.primary, "postgresql.conf"), `\nport = ${PRIMARY_PORT}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${dirs.sockets}'\nwal_level = replica\nmax_wal_senders = 4\nfsync = off\n`);
  pgTool("pg_ctl", ["-D", dirs.primary, "-l", path.join(root, "primary.log"), "-w", "start"]);
  pgTool("pg_basebackup", ["-h", "127.0.0.1", "-p", String(PRIMARY_PORT), "-U", "postgres", "-D", dirs.replica, "-R", "-X", "stream"]);
  pgTool("pg_ctl", ["-D", dirs.replica, "-l", path.join(root, "replica.log"), "-o", `-p ${REPLICA_PORT}`, "-w", "start"]);
  await migrate(url(PRIMARY_PORT));
  primary = createDb(url(PRIMARY_PORT));
  replica = new pg.Client({ connectionString: url(REPLICA_PORT) });
  await replica.connect();
  server = await startTestServer(url(PRIMARY_PORT), { DATABASE_REPLICA_URLS: url(REPLICA_PORT), SEED_DEMO: "false" });
}, SLOW_TEST_MS);

afterAll(async () => {
  await server?.stop();
  await replica?.end().catch(() => undefined);
  await primary?.close();
  for (const dir of [dirs.replica, dirs.primary]) {
    try {
      pgTool("pg_ctl", ["-D", dir, "-m", "immediate", "stop"]);
    } catch {
      // Never started.
    }
  }
  fs.rmSync(root, { recursive: true, force: true });
});

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

test("queries read from the replica; a mutation and its author's next queries from the primary", async () => {
  expect((await replica.query("SELECT pg_is_in_recovery() AS standby")).rows[0].standby).toBe(true);
  const { secret } = await createApiKey(primary.prisma, "replica test", "EDITOR");
  await until(async () => (await replica.query("SELECT 1 FROM api_key")).rowCount === 1, "the key to reach the replica");
  // Freeze the replica: from now on it does not see what the primary writes.
  await replica.query("SELECT pg_wal_replay_pause()");

  const ingest = await server.gql(`mutation { ingestArticle(input: { text: "A court ruling\\n\\nThe court ruled on Monday that the contract stands.", source: "Replica Wire" }) { created article { title source } } }`, undefined, bearer(secret));
  // The mutation's payload reads on the primary: its own write is there.
  expect(ingest.body.data.ingestArticle).toEqual({ created: true, article: { title: "A court ruling", source: "Replica Wire" } });

  // Another client's query is answered by the frozen replica, which has no article yet ...
  const anonymous = await server.gql(`{ articles { totalCount } }`);
  expect(anonymous.body.data.articles.totalCount).toBe(0);
  // ... while the author of the write reads its own writes, from the primary.
  const author = await server.gql(`{ articles { totalCount } }`, undefined, bearer(secret));
  expect(author.body.data.articles.totalCount).toBe(1);

  await replica.query("SELECT pg_wal_replay_resume()");
  await until(async () => (await server.gql(`{ articles { totalCount } }`)).body.data.articles.totalCount === 1, "the replica to catch up");
}, SLOW_TEST_MS);
