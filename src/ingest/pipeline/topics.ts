// Stage 7: topics from a weighted keyword lexicon keyed by topic slug. An
// article, event or claim gets a topic when the keywords found in its text add
// up to the threshold; the score grows with the evidence and saturates at 1.
// An article that no topic fits gets the lexicon's fallback topic ("other"),
// so every article is linked to at least one row of the taxonomy; claims and
// events get no fallback (an untagged claim is simply untagged).
import { normalizeText } from "../../text/normalize";
import { lexicons } from "../lexicons";
import type { ExtractedTopic } from "../types";

const { threshold, saturation, topics, fallback } = lexicons.topics as typeof lexicons.topics & { fallback?: string };

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

/** The topics whose evidence reaches the threshold, strongest first; may be empty. */
function scoreTopics(text: string): ExtractedTopic[] {
  const normalized = normalizeText(text);
  const found: ExtractedTopic[] = [];
  for (const [slug, keywords] of KEYWORDS) {
    let evidence = 0;
    for (const { pattern, weight } of keywords) {
      pattern.lastIndex = 0;
      evidence += (normalized.match(pattern)?.length ?? 0) * weight;
    }
    // The epsilon keeps 0.7 + 0.3 from falling short of 1 by a rounding error.
    if (evidence >= threshold - 1e-9) found.push({ slug, score: Math.min(1, Math.round((evidence / saturation) * 100) / 100) });
  }
  return found.sort((a, b) => b.score - a.score);
}

/** Topics of an article's text, strongest first; the fallback topic alone when none fits. */
export function topicsOf(text: string): ExtractedTopic[] {
  const found = scoreTopics(text);
  return found.length || !fallback ? found : [{ slug: fallback, score: 1 }];
}

/** Slugs only, for claims and events: no fallback, an empty list when no topic fits. */
export function topicSlugs(text: string): string[] {
  return scoreTopics(text).map((topic) => topic.slug);
}
