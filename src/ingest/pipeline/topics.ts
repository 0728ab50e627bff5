// Stage 7: topics from a weighted keyword lexicon keyed by topic slug. An
// article, event or claim gets a topic when the keywords found in its text add
// up to the threshold; the score grows with the evidence and saturates at 1.
import { normalizeText } from "../../text/normalize";
import { lexicons } from "../lexicons";
import type { ExtractedTopic } from "../types";

const { threshold, saturation, topics } = lexicons.topics;

interface Keyword {
  pattern: RegExp;
  weight: number;
}

/** One global pattern per keyword; "defen*" matches any ending. */
const KEYWORDS: Array<[string, Keyword[]]> = Object.entries(topics).map(([slug, entries]) => [
  slug,
  Object.entries(entries).map(([keyword, weight]) => {
    const stem = normalizeText(keyword.replace(/\*$/, "")).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const tail = keyword.endsWith("*") ? "\\w*" : "";
    return { pattern: new RegExp(`\\b${stem}${tail}\\b`, "g"), weight };
  }),
]);

/** Topics of a text, strongest first. */
export function topicsOf(text: string): ExtractedTopic[] {
  const normalized = normalizeText(text);
  const found: ExtractedTopic[] = [];
  for (const [slug, keywords] of KEYWORDS) {
    let evidence = 0;
    for (const { pattern, weight } of keywords) {
      pattern.lastIndex = 0;
      evidence += (normalized.match(pattern)?.length ?? 0) * weight;
    }
    if (evidence >= threshold) found.push({ slug, score: Math.min(1, Math.round((evidence / saturation) * 100) / 100) });
  }
  return found.sort((a, b) => b.score - a.score);
}

/** Slugs only, for claims and events. */
export function topicSlugs(text: string): string[] {
  return topicsOf(text).map((topic) => topic.slug);
}
