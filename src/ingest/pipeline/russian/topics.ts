// Stage 7 for Russian text: topics from Russian keywords (topics.json
// weighed with the English stage's threshold and saturation so that
// scores mean the same in both languages.
import { lexicons } from "../../lexicons";
import type { ExtractedTopic } from "../../types";
import raw from "./topics.json";
import { lowerRu } from "./morphology";

const { threshold, saturation } = lexicons.topics;

/** "телефонн* разговор*" -> a pattern matching every case form of the phrase. */
function keywordPattern(keyword: string): RegExp {
  const words = keyword.split(" ").map((word) => (word.endsWith("*") ? `${word.slice(0, -1)}\\p{L}*` : word));
  return new RegExp(`(?<!\\p{L})${words.join("\\s+")}(?!\\p{L})`, "gu");
}

const KEYWORDS = Object.entries(raw.topics as Record<string, Record<string, number>>).map(
  ([slug, entries]) => [slug, Object.entries(entries).map(([keyword, weight]) => ({ pattern: keywordPattern(keyword), weight }))] as const,
);

/** Topics of a Russian text, strongest first. */
export function russianTopicsOf(text: string): ExtractedTopic[] {
  const normalized = lowerRu(text).replace(/[-‐–—]/g, " ");
  const found: ExtractedTopic[] = [];
  for (const [slug, keywords] of KEYWORDS) {
    const evidence = keywords.reduce((sum, { pattern, weight }) => sum + (normalized.match(pattern)?.length ?? 0) * weight, 0);
    if (evidence >= threshold) found.push({ slug, score: Math.min(1, Math.round((evidence / saturation) * 100) / 100) });
  }
  return found.sort((a, b) => b.score - a.score);
}

export const russianTopicSlugs = (text: string) => russianTopicsOf(text).map((topic) => topic.slug);
