// Postgres stops and comes back while requests run. The server (a process of
// its own, `src/main.ts`) must answer every request during the outage with a
// clear error, never exit, and serve again within 5 s of Postgres returning.
// The test uses an embedded Postgres of its own so the shared one is untouched.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eventually, freePort, postJson, runTsx, sleep, startPostgresProcess, type ChildRun, type PostgresProcess } from "./support";

const QUERY = { query: `query Outage { articles(first: 5) { totalCount nodes { title } } }` };

describe("Postgres outage", () => {
  let dataDir: string;
  let pgPort: number;
  let postgres: PostgresProcess | undefined;
  let server: ChildRun | undefined;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-outage-"));
    pgPort = await freePort();
    postgres = await startPostgresProcess(dataDir, pgPort);
  });

  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill("SIGKILL");
    await postgres?.stop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("fails clearly during the outage, never exits, and recovers", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = runTsx("src/main.ts", [], { DATABASE_URL: postgres!.url, PORT: String(port), SEED_DEMO: "false", NODE_ENV: "production", LOG_LEVEL: "warn" });
    expect(await eventually(async () => (await fetch(`${base}/ready`)).status === 200, 30_000)).toBe(true);
    expect((await postJson(`${base}/graphql`, QUERY)).body.data.articles.totalCount).toBe(0);

    // Clients keep asking throughout; every answer is recorded.
    const answers: { phase: string; status: number; codes: string[] }[] = [];
    let phase = "before";
    let running = true;
    let retryAfter: string | null = null;
    const client = async () => {
      while (running) {
        // Filed under the phase the answer arrived in: a request in flight when Postgres stops may fail.
        try {
          const { status, body, headers } = await postJson(`${base}/graphql`, QUERY);
          if (status === 503) retryAfter = headers.get("retry-after");
          answers.push({ phase, status, codes: (body.errors ?? []).map((e: { extensions: { code: string } }) => e.extensions.code) });
        } catch {
          answers.push({ phase, status: 0, codes: ["NO_RESPONSE"] });
        }
        await sleep(20);
      }
    };
    const clients = Array.from({ length: 4 }, client);
    await sleep(300);

    phase = "outage";
    await postgres!.stop();
    await sleep(1500);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect((await fetch(`${base}/health`)).status).toBe(200);

    postgres = await startPostgresProcess(dataDir, pgPort);
    phase = "after";
    const servedAgain = await eventually(async () => {
      const { body } = await postJson(`${base}/graphql`, QUERY);
      return body.data?.articles?.totalCount === 0;
    }, 5_000, 50);
    running = false;
    await Promise.all(clients);

    expect(servedAgain).toBe(true);
    expect(server.child.exitCode).toBeNull();
    const during = answers.filter((a) => a.phase === "outage");
    expect(during.length).toBeGreaterThan(0);
    // During the outage every request got an answer, with the code and HTTP status that say what happened.
    for (const answer of during) {
      if (answer.codes.length) expect([answer.codes, answer.status]).toEqual([["DATABASE_UNAVAILABLE"], 503]);
      expect(answer.status).not.toBe(0);
    }
    expect(retryAfter).toBe("5");
    expect(during.some((a) => a.codes.includes("DATABASE_UNAVAILABLE"))).toBe(true);
    expect(answers.filter((a) => a.phase === "before").every((a) => a.status === 200 && a.codes.length === 0)).toBe(true);
    expect((await fetch(`${base}/ready`)).status).toBe(200);

    // And it still shuts down cleanly afterwards.
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  }, 120_000);
});
