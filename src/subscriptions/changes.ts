// The change feed of one API process: a dedicated Postgres connection that
// LISTENs to the notifications the database's triggers send when any process
// stores an article or touches an event (prisma/migrations/*_change_notifications),
// fanned out in-process to every subscription and to the response cache. If
// the connection drops, it reconnects; notifications sent while it was down
// are missed (subscriptions are live updates, not a log to replay), and the
// reconnection itself counts as a change of the graph (the cache cannot tell).
import { EventEmitter, on } from "node:events";
import pg from "pg";

const CHANNELS = { article: "newsgraph_article", event: "newsgraph_event" } as const;
export type ChangeKind = keyof typeof CHANNELS;
/** Any committed change to the graph (prisma/migrations/*_graph_change_notifications). */
const GRAPH_CHANNEL = "newsgraph_graph";

const RECONNECT_MS = 1000;

export class ChangeFeed {
  private readonly emitter = new EventEmitter();
  private client: pg.Client | null = null;
  private stopped = false;
  private connecting: Promise<void> | null = null;

  constructor(private readonly connection: pg.ClientConfig) {
    // Every subscription listens; there is no fixed number of them.
    this.emitter.setMaxListeners(0);
  }

  /** Connects and LISTENs; resolves once notifications are being received. */
  start(): Promise<void> {
    this.connecting ??= this.connect();
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.connection);
    client.on("notification", ({ channel, payload }) => {
      if (channel === GRAPH_CHANNEL) return void this.emitter.emit("graph");
      const kind = (Object.keys(CHANNELS) as ChangeKind[]).find((k) => CHANNELS[k] === channel);
      const id = Number(payload);
      if (kind && Number.isInteger(id)) this.emitter.emit(kind, id);
    });
    const reconnect = () => {
      if (this.client !== client || this.stopped) return;
      this.client = null;
      setTimeout(() => void this.retry(), RECONNECT_MS).unref();
    };
    client.on("error", reconnect);
    client.on("end", reconnect);
    await client.connect();
    for (const channel of [...Object.values(CHANNELS), GRAPH_CHANNEL]) await client.query(`LISTEN ${channel}`);
    this.client = client;
    this.emitter.emit("graph");
  }

  private async retry(): Promise<void> {
    if (this.stopped) return;
    await this.connect().catch(() => setTimeout(() => void this.retry(), RECONNECT_MS).unref());
  }

  /**
   * The ids of the rows of this kind changed from now on that `accept` lets
   * through. Returning the iterator stops listening at once, even while it waits.
   */
  changes(kind: ChangeKind, accept: (id: number) => Promise<boolean> = async () => true): AsyncIterableIterator<number> {
    const source = on(this.emitter, kind);
    const started = this.start();
    return {
      async next(): Promise<IteratorResult<number>> {
        await started;
        for (;;) {
          const { done, value } = await source.next();
          if (done) return { done: true, value: undefined };
          const id = (value as [number])[0];
          if (await accept(id)) return { done: false, value: id };
        }
      },
      async return(): Promise<IteratorResult<number>> {
        await source.return?.();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Calls `listener` on every committed change to the graph, and on (re)connecting. */
  onGraphChange(listener: () => void): void {
    this.emitter.on("graph", listener);
    void this.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
