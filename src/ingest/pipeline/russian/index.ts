// The Russian stages: actors, claims, dates, events and topics from a Russian
// body, in the structures the English stages produce, so that the store
// resolves and writes them the same way (and links claims to events with the
// English stage's rules).
import type { ExtractedArticle } from "../../types";
import { nameMinistriesByState } from "../actors/qualify";
import { assignRelations, linkClaims } from "../events";
import type { Sentence } from "../sentences";
import { extractRussianActors } from "./actors";
import { extractRussianClaims } from "./claims";
import { findRussianDates, russianDatelineDate } from "./dates";
import { extractRussianEvents } from "./events";
import { russianTopicSlugs, russianTopicsOf } from "./topics";

export type RussianFacts = Pick<ExtractedArticle, "publishedAt" | "actors" | "claims" | "events" | "topics">;

export function extractRussianFacts(body: string, sentences: Sentence[], givenDate: Date | null, title?: string | null): RussianFacts {
  // The English dateline reader knows English month names only.
  const publishedAt = givenDate ?? russianDatelineDate(body);
  const actors = extractRussianActors(body, sentences);
  nameMinistriesByState(actors);
  const claims = extractRussianClaims(body, sentences, actors);
  const dates = findRussianDates(body, sentences, publishedAt);
  const events = extractRussianEvents(body, sentences, actors, dates, publishedAt);
  assignRelations(events, publishedAt);
  linkClaims(claims, events, actors.byKey);
  for (const claim of claims) claim.topics = russianTopicSlugs(claim.text);
  for (const event of events) event.topics = russianTopicSlugs(event.evidence.map((span) => body.slice(span.start, span.end)).join(" "));
  return { publishedAt, actors: actors.actors, claims, events, topics: russianTopicsOf(`${title ?? ""}\n${body}`) };
}
