// Entry point of ingestion: text in, article and everything extracted from it stored.
// (Implementation lands with the store; this fixes the signature others call.)
import type { Db } from "../db/client";
import type { ArticleInput } from "./types";

export interface IngestOutcome {
  articleId: number;
  /** False when the same text or URL was already stored: nothing was written. */
  created: boolean;
}

export type BatchOutcome = IngestOutcome | { error: string; index: number };

export async function ingestArticle(_db: Db, _input: ArticleInput): Promise<IngestOutcome> {
  throw new Error("ingestion not implemented yet");
}

export async function ingestArticles(db: Db, inputs: ArticleInput[]): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = [];
  for (const [index, input] of inputs.entries()) {
    try {
      outcomes.push(await ingestArticle(db, input));
    } catch (error) {
      outcomes.push({ error: (error as Error).message, index });
    }
  }
  return outcomes;
}
