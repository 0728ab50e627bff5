// The bundled demo corpus (demo/corpus: sample articles and their manifest),
// ingested through the real pipeline when the database holds no article yet.
import path from "node:path";
import type { Db } from "./db/client";
import { ingestCorpus, readCorpus } from "./ingest/corpus";

const DEMO_CORPUS_DIR = path.resolve(__dirname, "../demo/corpus");

/** Returns how many articles were loaded: 0 when the database already had some. */
export async function loadDemoCorpusIfEmpty(db: Db, dir = DEMO_CORPUS_DIR): Promise<number> {
  if ((await db.article.count({ take: 1 })) > 0) return 0;
  const summary = await ingestCorpus(db, readCorpus([dir]));
  for (const failure of summary.failures) console.error(`demo corpus: ${failure.file} failed: ${failure.reason}`);
  return summary.articlesNew;
}
