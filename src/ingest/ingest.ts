// Entry point of ingestion: text in, article and everything extracted from it
// stored in one transaction. The same text or URL twice is one article.
import { createHash } from "node:crypto";
import type { Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { Tx } from "./sql";
import { extractArticle } from "./pipeline";
import { storeArticle, type IngestStats } from "./store";
import type { ArticleInput, ExtractedArticle } from "./types";

export type { IngestStats } from "./store";

export interface IngestOutcome {
  articleId: number;
  /** False when the same text or URL was already stored: nothing was written. */
  created: boolean;
  /** What the article added; absent when nothing was written. */
  stats?: IngestStats;
}

export type BatchOutcome = IngestOutcome | { error: string; index: number };

export interface IngestOptions {
  /** The extraction pipeline; tests hand in fixed ExtractedArticle objects. */
  extract?: (input: ArticleInput) => ExtractedArticle;
  /** Runs inside the transaction after everything is written (tests inject failures here). */
  beforeCommit?: (tx: Tx, articleId: number) => Promise<void>;
}

/** Resolution of a long article against a large graph can take a while; lock waits too. */
const TRANSACTION_OPTIONS = { maxWait: 60_000, timeout: 120_000 };

/** sha256 of the text with Unicode and whitespace normalised: re-fetched copies hash alike. */
export function contentHash(text: string): string {
  const normalised = text.normalize("NFC").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normalised).digest("hex");
}

async function findExisting(db: Db, hash: string, url: string | null | undefined): Promise<number | undefined> {
  const [found] = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM article WHERE content_hash = ${hash} OR url = ${url ?? null} ORDER BY id LIMIT 1`;
  return found?.id;
}

export async function ingestArticle(db: Db, input: ArticleInput, options: IngestOptions = {}): Promise<IngestOutcome> {
  const hash = contentHash(input.text);
  const existing = await findExisting(db, hash, input.url);
  if (existing !== undefined) return { articleId: existing, created: false };

  const extracted = (options.extract ?? extractArticle)(input);
  try {
    return await db.$transaction(async (tx) => {
      const { articleId, stats } = await storeArticle(tx, input, extracted, hash);
      await options.beforeCommit?.(tx, articleId);
      return { articleId, created: true, stats };
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    // A concurrent ingest of the same text or URL committed first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await findExisting(db, hash, input.url);
      if (winner !== undefined) return { articleId: winner, created: false };
    }
    throw error;
  }
}

/** Ingests each article in its own transaction; a failure is reported and the batch goes on. */
export async function ingestArticles(db: Db, inputs: ArticleInput[], options: IngestOptions = {}): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = [];
  for (const [index, input] of inputs.entries()) {
    try {
      outcomes.push(await ingestArticle(db, input, options));
    } catch (error) {
      outcomes.push({ error: describeFailure(error), index });
    }
  }
  return outcomes;
}

/** One line saying why an article could not be ingested. */
export function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n").map((line) => line.trim()).filter(Boolean).slice(-1)[0] ?? "unknown error";
}
