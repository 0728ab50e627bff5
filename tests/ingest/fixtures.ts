// Hand-made extraction results, so store tests do not depend on the pipeline.
import type { ArticleInput, ExtractedActor, ExtractedArticle, ExtractedEvent } from "../../src/ingest/types";

/** An actor mentioned once per surface form, at the offsets where the body holds them. */
export function actor(key: string, name: string, kind: ExtractedActor["kind"], aliases: string[] = []): ExtractedActor {
  return { key, name, kind, aliases: [name, ...aliases], mentions: [{ start: 0, end: name.length }] };
}

export function event(key: string, fields: Partial<ExtractedEvent> & Pick<ExtractedEvent, "participants">): ExtractedEvent {
  return {
    key,
    title: `event ${key}`,
    kind: "MEETING",
    status: "OCCURRED",
    relation: "REPORTS",
    topics: [],
    evidence: [],
    ...fields,
  };
}

export const day = (iso: string) => ({ date: new Date(`${iso}T00:00:00Z`), precision: "DAY" as const });
export const month = (iso: string) => ({ date: new Date(`${iso}-01T00:00:00Z`), precision: "MONTH" as const });

/** An article whose extraction is fixed: ingest it with `{ extract: fixed(article) }`. */
export function article(body: string, fields: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return { title: null, body, language: "en", publishedAt: null, actors: [], claims: [], events: [], topics: [], ...fields };
}

export const fixed = (extracted: ExtractedArticle) => (_input: ArticleInput) => extracted;
