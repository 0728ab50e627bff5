// The eval command end to end on a tiny corpus with a fixed extraction: a
// scratch database is created, scored from and dropped.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { runEval } from "../../src/eval/run";
import type { ArticleInput } from "../../src/ingest/types";
import { actor, article, day, event } from "../ingest/fixtures";
import { TEST_RUN_ENV } from "../support/urls";
import { SLOW_TEST_MS } from "./floors";

const serverUrl = () => process.env[TEST_RUN_ENV.serverUrl]!;

function writeCorpus(): { corpus: string; gold: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eval-run-"));
  const corpus = path.join(dir, "corpus");
  fs.mkdirSync(corpus);
  fs.writeFileSync(path.join(corpus, "a.txt"), "Putin met Sharaa in Moscow.");
  fs.writeFileSync(path.join(corpus, "b.txt"), "Sharaa and Putin held talks.");
  fs.writeFileSync(
    path.join(corpus, "manifest.json"),
    JSON.stringify({ articles: [{ file: "a.txt", url: null, source: null, publishedAt: "2025-10-16" }] }),
  );
  const gold = path.join(dir, "gold.json");
  fs.writeFileSync(
    gold,
    JSON.stringify({
      ignore: ["Moscow"],
      actors: [
        { name: "Vladimir Putin", kind: "PERSON", aliases: ["Putin"] },
        { name: "Ahmad al-Sharaa", kind: "PERSON", aliases: ["Sharaa"] },
      ],
      topics: [],
      events: [
        {
          key: "visit", title: "Visit", date: "2025-10-15", precision: "day", place: "Moscow",
          participants: { must: [], may: [] }, articles: { must: ["a.txt", "b.txt"], may: [] },
        },
      ],
      articles: ["a.txt", "b.txt"].map((file) => ({
        file, title: null, boilerplate: [], actors: { must: ["Vladimir Putin", "Ahmad al-Sharaa"], may: [] },
        claims: [], topics: { must: [], may: [] },
      })),
    }),
  );
  return { corpus, gold };
}

/** Every article names both men and reports one meeting on 15 October. */
function extract(input: ArticleInput) {
  return article(input.text, {
    publishedAt: input.publishedAt ?? null,
    actors: [actor("p", "Vladimir Putin", "PERSON", ["Putin"]), actor("s", "Sharaa", "PERSON")],
    events: [event("e", { date: day("2025-10-15"), participants: [{ actorKey: "p", role: "HOST" }, { actorKey: "s", role: "VISITOR" }] })],
  });
}

async function databaseExists(name: string): Promise<boolean> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rows.length > 0;
  } finally {
    await client.end();
  }
}

it("ingests the corpus into a scratch database, scores it and drops the database", async () => {
  const { corpus, gold } = writeCorpus();
  const scratchName = `newsgraph_eval_test_${process.pid}`;
  const report = await runEval({ corpus, gold, serverUrl: serverUrl(), extract, scratchName });
  expect(report.articles).toBe(2);
  // "Sharaa" alone in the first article becomes Ahmad al-Sharaa's actor; the second finds it again.
  expect(report.actors).toMatchObject({ tp: 4, fp: 0, fn: 0, duplicates: 0, mergeErrors: 0 });
  expect(report.events).toMatchObject({ tp: 1, fp: 0, fragmentation: 0, coverage: 1 });
  expect(await databaseExists(scratchName)).toBe(false);
}, SLOW_TEST_MS);
