// The extraction pipeline: raw article text in, a plain ExtractedArticle out.
// Pure functions, no database; the store resolves the result against the graph.
import type { ArticleInput, ExtractedArticle } from "../types";
import { extractActors } from "./actors";
import { addHeadlineSpeaker } from "./actors/headline";
import { extractClaims } from "./claims";
import { cleanArticle } from "./clean";
import { datelineDate, findDates } from "./dates";
import { assignRelations, extractEvents, linkClaims } from "./events";
import { detectLanguage, SUPPORTED_LANGUAGES } from "./language";
import { extractRussianFacts } from "./russian";
import { splitSentences } from "./sentences";
import { topicSlugs, topicsOf } from "./topics";

export function extractArticle(input: ArticleInput): ExtractedArticle {
  const { title, body, pageDate } = cleanArticle(input.text, input.title);
  const language = detectLanguage(`${title ?? ""}\n${body}`, input.language);
  const publishedAt = input.publishedAt ?? pageDate ?? datelineDate(body);
  const article: ExtractedArticle = { title, body, language, publishedAt, actors: [], claims: [], events: [], topics: [] };
  if (!SUPPORTED_LANGUAGES.has(language)) return article;

  const sentences = splitSentences(body);
  if (language === "ru") return { ...article, ...extractRussianFacts(body, sentences, publishedAt, title) };
  const actors = extractActors(body, sentences, input.source);
  addHeadlineSpeaker(actors, title);
  const dates = findDates(body, sentences, publishedAt);
  const claims = extractClaims(body, sentences, actors);
  const events = extractEvents({ body, sentences, actors, dates, claims, publishedAt });
  assignRelations(events, publishedAt);
  linkClaims(claims, events, actors.byKey);
  for (const claim of claims) claim.topics = topicSlugs(claim.text);
  return {
    ...article,
    actors: actors.actors,
    claims,
    events,
    topics: topicsOf(`${title ?? ""}\n${body}`),
  };
}
