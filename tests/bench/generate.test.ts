// The benchmark's data generator on a tiny graph: right row counts, every
// reference resolving, indexes and keys restored after the load, and the same
// rows for the same seed. (Speed is measured by `npm run bench:data`, not here.)
import { createHash } from "node:crypto";
import { loadGraph } from "../../bench/data";
import { generateGraph, type RowSink, type TableName } from "../../bench/generate";
import { useTestDatabase } from "../support/database";

const db = useTestDatabase();
const ARTICLES = 50;

async function count(sql: string): Promise<number> {
  const { rows } = await db().pool.query<{ n: string }>(sql);
  return Number(rows[0].n);
}

async function indexesAndForeignKeys() {
  return {
    indexes: await count(`SELECT count(*) AS n FROM pg_indexes WHERE schemaname = 'public'`),
    foreignKeys: await count(`SELECT count(*) AS n FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`),
  };
}

/** Digest of every row the generator emits for a seed, without a database. */
async function digest(seed: number): Promise<string> {
  const hash = createHash("sha256");
  const sink: RowSink = { row: (table: TableName, cells) => void hash.update(`${table}:${JSON.stringify(cells)}\n`), flush: async () => undefined };
  await generateGraph({ articles: 20, seed, topicIds: new Map([["diplomacy", 1], ["energy", 2], ["defense", 3], ["military-bases", 4],
    ["economy-trade", 5], ["reconstruction", 6], ["humanitarian-aid", 7], ["security", 8], ["israel-strikes", 9], ["sanctions", 10],
    ["transitional-justice", 11], ["elections", 12], ["education-culture", 13]]) }, sink);
  return hash.digest("hex");
}

describe("bench data generator", () => {
  let before = { indexes: 0, foreignKeys: 0 };

  beforeAll(async () => {
    before = await indexesAndForeignKeys();
    await loadGraph({ url: db().url, articles: ARTICLES, seed: 7 });
  });

  it("loads the requested articles with about 8 actors and 10 claims each", async () => {
    expect(await count("SELECT count(*) AS n FROM article")).toBe(ARTICLES);
    const claims = await count("SELECT count(*) AS n FROM claim");
    expect(claims).toBeGreaterThanOrEqual(7 * ARTICLES);
    expect(claims).toBeLessThanOrEqual(13 * ARTICLES);
    const mentions = await count("SELECT count(*) AS n FROM article_actor");
    expect(mentions / ARTICLES).toBeGreaterThan(4);
    expect(mentions / ARTICLES).toBeLessThanOrEqual(11);
    expect(await count("SELECT count(*) AS n FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_topic t WHERE t.article_id = a.id)")).toBe(0);
  });

  it("restores every index and foreign key it dropped for the load", async () => {
    expect(before.indexes).toBeGreaterThan(20);
    expect(before.foreignKeys).toBeGreaterThan(20);
    expect(await indexesAndForeignKeys()).toEqual(before);
  });

  it("keeps claims inside their article's body, at their offsets", async () => {
    expect(
      await count("SELECT count(*) AS n FROM claim c JOIN article a ON a.id = c.article_id WHERE substr(a.body, c.start_offset + 1, c.end_offset - c.start_offset) <> c.text"),
    ).toBe(0);
  });

  it("links every event to 1-10 reporting articles whose actors include its participants", async () => {
    const { rows } = await db().pool.query<{ min: number; max: number }>(
      "SELECT min(n)::int AS min, max(n)::int AS max FROM (SELECT e.id, count(ae.article_id) AS n FROM event e LEFT JOIN article_event ae ON ae.event_id = e.id GROUP BY e.id) s",
    );
    expect(rows[0].min).toBeGreaterThanOrEqual(1);
    expect(rows[0].max).toBeLessThanOrEqual(10);
    expect(
      await count(`SELECT count(*) AS n FROM event_participant p WHERE NOT EXISTS (
        SELECT 1 FROM article_event ae JOIN article_actor aa ON aa.article_id = ae.article_id
        WHERE ae.event_id = p.event_id AND aa.actor_id = p.actor_id)`),
    ).toBe(0);
  });

  it("finds generated text through full-text search", async () => {
    expect(await count("SELECT count(*) AS n FROM claim WHERE search_vector @@ websearch_to_tsquery('english', 'ceasefire OR pipeline OR sanctions')")).toBeGreaterThan(0);
  });

  it("leaves the id sequences past the loaded rows", async () => {
    const { rows } = await db().pool.query<{ id: number }>(
      "INSERT INTO actor (name, kind) VALUES ('After The Load', 'PERSON') RETURNING id",
    );
    expect(rows[0].id).toBeGreaterThan(await count("SELECT max(id) AS n FROM actor WHERE name <> 'After The Load'"));
  });

  it("generates the same rows for the same seed, other rows for another", async () => {
    expect(await digest(3)).toBe(await digest(3));
    expect(await digest(3)).not.toBe(await digest(4));
  });
});
