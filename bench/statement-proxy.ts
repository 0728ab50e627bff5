// Counts SQL statements on the wire, the same way for every system under test.
//
// pg_stat_statements is not preloaded on the shared Postgres here (it needs a
// server restart), and pg_stat_database.xact_commit counts transactions, not
// statements. So the benchmark puts this TCP proxy between a server and
// Postgres for a counting pass, and counts the frontend protocol messages
// that each run one statement: Query ('Q', simple protocol) and Execute ('E',
// extended protocol, what pg sends for parameterised queries). BEGIN and
// COMMIT count too: they are round trips like any other statement.
//
// Given a round-trip time, it also holds every packet for half of it each way:
// a database on another host (`npm run bench -- --db-latency-ms 1`), where a
// statement costs a network round trip, as it does in production.
import net from "node:net";

const SSL_REQUEST = 80877103;
const GSS_ENCRYPTION_REQUEST = 80877104;

export interface StatementProxy {
  /** Connection string for the proxied database. */
  url: string;
  /** Statements seen since the proxy started. */
  statements(): number;
  close(): Promise<void>;
}

/** Reads the frontend side of one connection, calling onStatement for each Q or E message. */
function frontendParser(onStatement: () => void) {
  let pending: Buffer = Buffer.alloc(0);
  let startup = true;
  return (chunk: Buffer) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (;;) {
      if (startup) {
        // Startup-phase messages have no type byte: int32 length, int32 code.
        if (pending.length < 8) return;
        const length = pending.readInt32BE(0);
        if (pending.length < length) return;
        const code = pending.readInt32BE(4);
        startup = code === SSL_REQUEST || code === GSS_ENCRYPTION_REQUEST;
        pending = pending.subarray(length);
      } else {
        if (pending.length < 5) return;
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) return;
        const type = String.fromCharCode(pending[0]);
        if (type === "Q" || type === "E") onStatement();
        pending = pending.subarray(1 + length);
      }
    }
  };
}

/** Writes to `to`, after `delayMs` when there is one (timers of one duration fire in order, so bytes stay in order). */
function forwarder(to: net.Socket, delayMs: number): (chunk: Buffer) => void {
  if (delayMs <= 0) return (chunk) => to.write(chunk);
  return (chunk) => setTimeout(() => to.writable && to.write(chunk), delayMs);
}

export async function startStatementProxy(databaseUrl: string, { roundTripMs = 0 } = {}): Promise<StatementProxy> {
  const upstream = new URL(databaseUrl);
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const backend = net.connect(Number(upstream.port || 5432), upstream.hostname);
    sockets.add(client).add(backend);
    const parse = frontendParser(() => statements++);
    const toBackend = forwarder(backend, roundTripMs / 2);
    client.on("data", (chunk) => {
      parse(chunk);
      toBackend(chunk);
    });
    backend.on("data", forwarder(client, roundTripMs / 2));
    const end = () => {
      client.destroy();
      backend.destroy();
      sockets.delete(client);
      sockets.delete(backend);
    };
    client.on("close", end).on("error", end);
    backend.on("close", end).on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const proxied = new URL(databaseUrl);
  proxied.hostname = "127.0.0.1";
  proxied.port = String((server.address() as net.AddressInfo).port);
  return {
    url: proxied.toString(),
    statements: () => statements,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
