// Ingestion killed mid-batch (SIGKILL, no chance to clean up): every article
// already stored is complete, and rerunning stores the rest with no duplicates.
// "Complete" is checked against a reference database that ingested the same
// corpus without interruption: same articles, and for each the same number of
// mentions, claims, events and topics.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, useTestDatabase, type TestDatabase } from "../support/database";
import { articleShapes, countRows, eventually, runTsx, writeGeneratedCorpus } from "./support";

const ARTICLES = 60;

const shapes = (db: TestDatabase) => articleShapes(db.pool);
const count = (db: TestDatabase, table: string) => countRows(db.pool, table);

describe("ingestion killed mid-batch", () => {
  const victim = useTestDatabase();
  let reference: TestDatabase;
  let corpus: string;

  beforeAll(async () => {
    reference = await createTestDatabase();
    corpus = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-corpus-"));
    writeGeneratedCorpus(corpus, ARTICLES, 7);
  });

  afterAll(async () => {
    await reference.close();
    fs.rmSync(corpus, { recursive: true, force: true });
  });

  const ingest = (db: TestDatabase) => runTsx("src/cli/ingest.ts", [corpus], { DATABASE_URL: db.url });

  it("leaves only whole articles, and a rerun completes the rest without duplicates", async () => {
    const complete = ingest(reference);
    expect(await complete.exited).toBe(0);
    expect(await count(reference, "article")).toBe(ARTICLES);
    const expected = await shapes(reference);

    const killed = ingest(victim());
    const someLanded = await eventually(async () => (await count(victim(), "article")) >= 3 || killed.child.exitCode !== null, 120_000, 10);
    killed.child.kill("SIGKILL");
    await killed.exited;
    expect(someLanded).toBe(true);
    const stored = await count(victim(), "article");
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(ARTICLES); // else the corpus is too small to be killed mid-batch

    // No partial article: each one stored is exactly what the uninterrupted run stored for it.
    for (const [hash, shape] of await shapes(victim())) expect({ hash, shape }).toEqual({ hash, shape: expected.get(hash) });

    const rerun = ingest(victim());
    expect(await rerun.exited).toBe(0);
    expect(rerun.output()).toMatch(new RegExp(`${ARTICLES - stored} new, ${stored} skipped`));
    expect(await shapes(victim())).toEqual(expected);
    for (const table of ["article", "actor", "actor_alias", "claim", "event", "article_actor"]) {
      expect({ table, rows: await count(victim(), table) }).toEqual({ table, rows: await count(reference, table) });
    }
  }, 240_000);
});
