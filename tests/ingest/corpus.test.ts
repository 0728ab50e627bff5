// Reading article files with their manifest, and ingesting a folder with a summary.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CorpusError, ingestCorpus, readCorpus } from "../../src/ingest/corpus";
import type { ArticleInput } from "../../src/ingest/types";
import { useTestDatabase } from "../support/database";
import { actor, article } from "./fixtures";

const db = useTestDatabase();

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "corpus-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

it("reads .txt files in name order with the metadata of the manifest beside them", () => {
  const dir = folder({
    "b.txt": "Second.",
    "a.txt": "First.",
    "notes.md": "not an article",
    "manifest.json": JSON.stringify({ articles: [{ file: "b.txt", url: "https://example.org/b", source: "Wire", publishedAt: "2025-09-10" }] }),
  });
  const files = readCorpus([dir]);
  expect(files.map((f) => f.file)).toEqual(["a.txt", "b.txt"]);
  expect(files[0].input).toMatchObject({ text: "First.", url: null, publishedAt: null });
  expect(files[1].input).toMatchObject({ url: "https://example.org/b", source: "Wire", publishedAt: new Date("2025-09-10T00:00:00Z") });
});

it("refuses a missing path or a manifest that is not JSON", () => {
  expect(() => readCorpus(["/no/such/folder"])).toThrow(CorpusError);
  expect(() => readCorpus([folder({ "a.txt": "x", "manifest.json": "{" })])).toThrow(/manifest.json is not valid JSON/);
});

it("ingests a folder and sums up new, skipped and failed articles", async () => {
  const dir = folder({ "a.txt": "Novak spoke.", "b.txt": "Novak spoke.", "c.txt": "broken", "d.txt": "Novak spoke again." });
  const extract = (input: ArticleInput) => {
    if (input.text === "broken") throw new Error("cannot parse");
    return article(input.text, { actors: [actor("n", "Alexander Novak", "PERSON")] });
  };
  const progress: number[] = [];
  const summary = await ingestCorpus(db().prisma, readCorpus([dir]), (done) => progress.push(done), { extract });
  expect(summary).toMatchObject({ articlesNew: 2, articlesSkipped: 1, actorsCreated: 1, actorsMerged: 1 });
  expect(summary.failures).toEqual([{ file: path.join(dir, "c.txt"), reason: "cannot parse" }]);
  expect(summary.articleIds.get("a.txt")).toBe(summary.articleIds.get("b.txt"));
  expect(progress).toEqual([1, 2, 3, 4]);
});
