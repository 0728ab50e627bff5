// Validation of the ingestion mutations' input: what ingestArticle(s) may hand to the store.
import type { ArticleInput } from "../ingest/types";
import { badInput, boundedList, httpUrl, notFutureDate, optionalText, text } from "./checks";

const MAX_TITLE_BYTES = 2_000;
const MAX_SOURCE_BYTES = 500;
/** ISO 639-1 code, or "und" for undetermined. */
const LANGUAGE = /^([a-z]{2}|und)$/;

export interface ArticleLimits {
  maxArticleBytes: number;
  /** Most articles one ingestArticles call accepts. */
  maxBatch: number;
}

/** Shape of the GraphQL input object: every field as the client sent it. */
export interface RawArticleInput {
  text?: unknown;
  title?: unknown;
  url?: unknown;
  source?: unknown;
  publishedAt?: unknown;
  language?: unknown;
}

export function validateArticleInput(input: RawArticleInput, limits: ArticleLimits, path = "input", now = new Date()): ArticleInput {
  const language = optionalText(`${path}.language`, input.language, { maxBytes: 8, singleLine: true });
  if (language !== null && !LANGUAGE.test(language)) throw badInput(`${path}.language`, 'must be an ISO 639-1 code or "und"');
  return {
    text: text(`${path}.text`, input.text, { maxBytes: limits.maxArticleBytes }),
    title: optionalText(`${path}.title`, input.title, { maxBytes: MAX_TITLE_BYTES, singleLine: true }),
    url: httpUrl(`${path}.url`, input.url),
    source: optionalText(`${path}.source`, input.source, { maxBytes: MAX_SOURCE_BYTES, singleLine: true }),
    publishedAt: notFutureDate(`${path}.publishedAt`, input.publishedAt, now),
    language,
  };
}

/** Validates the whole batch before any of it is stored. */
export function validateArticleInputs(inputs: readonly RawArticleInput[], limits: ArticleLimits, path = "inputs", now = new Date()): ArticleInput[] {
  return boundedList(path, inputs, limits.maxBatch).map((input, index) => validateArticleInput(input, limits, `${path}[${index}]`, now));
}
