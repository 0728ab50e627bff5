// Ingestion killed mid-batch (SIGKILL, no chance to clean up): every article
// already stored is complete, and rerunning stores the rest with no duplicates.
// "Complete" is checked against a reference database that ingested the same
// corpus without interruption: same articles, and for each the same number of
// mentions, claims, events and topics.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateArticleTexts } from "../../bench/generate";
import { createTestDatabase, useTestDatabase, type TestDatabase } from "../support/database";
import { eventually, runTsx } from "./support";

const ARTICLES = 60;

/** Per article (by content hash): how many rows of each kind hang off it. */
async function articleShapes(db: TestDatabase): Promise<Map<string, string>> {
  const { rows } = await db.pool.query<{ content_hash: string; shape: string }>(`
    SELECT a.content_hash,
           concat_ws(' ', md5(a.body),
             (SELECT count(*) FROM article_actor x WHERE x.article_id = a.id) || ' mentions',
             (SELECT count(*) FROM claim x WHERE x.article_id = a.id) || ' claims',
             (SELECT count(*) FROM article_event x WHERE x.article_id = a.id) || ' events',
             (SELECT count(*) FROM article_topic x WHERE x.article_id = a.id) || ' topics') AS shape
      FROM article a`);
  return new Map(rows.map((row) => [row.content_hash, row.shape]));
}

const count = async (db: TestDatabase, table: string) => Number((await db.pool.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

describe("ingestion killed mid-batch", () => {
  const victim = useTestDatabase();
  let reference: TestDatabase;
  let corpus: string;

  beforeAll(async () => {
    reference = await createTestDatabase();
    corpus = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-corpus-"));
    const articles = generateArticleTexts(ARTICLES, 7);
    articles.forEach((article, i) => fs.writeFileSync(path.join(corpus, `${String(i).padStart(3, "0")}.txt`), article.text));
    const manifest = articles.map((article, i) => ({
      file: `${String(i).padStart(3, "0")}.txt`,
      title: article.title,
      source: article.source,
      publishedAt: article.publishedAt.toISOString(),
    }));
    fs.writeFileSync(path.join(corpus, "manifest.json"), JSON.stringify({ articles: manifest }));
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
    const expected = await articleShapes(reference);

    const killed = ingest(victim());
    const someLanded = await eventually(async () => (await count(victim(), "article")) >= 3 || killed.child.exitCode !== null, 120_000, 10);
    killed.child.kill("SIGKILL");
    await killed.exited;
    expect(someLanded).toBe(true);
    const stored = await count(victim(), "article");
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(ARTICLES); // else the corpus is too small to be killed mid-batch

    // No partial article: each one stored is exactly what the uninterrupted run stored for it.
    for (const [hash, shape] of await articleShapes(victim())) expect({ hash, shape }).toEqual({ hash, shape: expected.get(hash) });

    const rerun = ingest(victim());
    expect(await rerun.exited).toBe(0);
    expect(rerun.output()).toMatch(new RegExp(`${ARTICLES - stored} new, ${stored} skipped`));
    expect(await articleShapes(victim())).toEqual(expected);
    for (const table of ["article", "actor", "actor_alias", "claim", "event", "article_actor"]) {
      expect({ table, rows: await count(victim(), table) }).toEqual({ table, rows: await count(reference, table) });
    }
  }, 240_000);
});
