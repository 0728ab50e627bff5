// Stage 7: topics from a weighted keyword lexicon keyed by topic slug. An
// article, event or claim gets a topic when the keywords found in its text add
// up to the threshold; the score grows with the evidence and saturates at 1.
// An article that no topic fits gets the lexicon's fallback topic ("other"),
// so every article is linked to at least one row of the taxonomy; claims and
// events get no fallback (an untagged claim is simply untagged).
import { normalizeText } from "../../text/normalize";
import { lexicons } from "../lexicons";
import type { ExtractedTopic } from "../types";

const { threshold, saturation, topics, fallback, secondaryShare, bodyHeads, lenderTalks } = lexicons.topics as typeof lexicons.topics & {
  fallback?: string;
  secondaryShare: number;
  bodyHeads: string[];
  lenderTalks: { lenders: string[]; topic: string; keywords: string[] };
};

interface Keyword {
  pattern: RegExp;
  weight: number;
  /** One official's title ("foreign minister", not "ministers"): repeated, it names the same official again, so it is evidence once. */
  official: boolean;
  /** One word ("economic"): inside a body's name ("the Economic Council") it may name the body, not the field. */
  single: boolean;
  /** A word of negotiation that counts for nothing when the talks are with a lender. */
  lenderWord: boolean;
}

/** Words of an official's title: "energy minister", "Minister of Health", "spokesperson on energy" name a job, not the story's field. */
const TITLE_WORD = "(?:minister|ministers|ministry|ministries|secretary|secretaries|commissioner|commissioners)";
const BEFORE_TITLE = `(?! ${TITLE_WORD}\\b)`;
/** "Minister of Health", "spokesperson on energy": the field a title covers follows it. */
const AFTER_TITLE = `(?<!\\b(?:${TITLE_WORD}|spokes\\w*|advis[eo]rs?) (?:of|for|on) (?:the )?(?:state for )?)`;

/**
 * One global pattern per keyword; "defen*" matches any ending. A keyword that is not itself
 * a title ("energy", unlike "foreign minister") does not count inside a portfolio title.
 */
const KEYWORDS: Array<[string, Keyword[]]> = Object.entries(topics).map(([slug, entries]) => [
  slug,
  Object.entries(entries).map(([keyword, weight]) => {
    const stem = normalizeText(keyword.replace(/\*$/, "")).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const tail = keyword.endsWith("*") ? "\\w*" : "";
    const title = new RegExp(`\\b${TITLE_WORD}\\b`).test(stem);
    const pattern = title ? `\\b${stem}${tail}\\b` : `${AFTER_TITLE}\\b${stem}${tail}\\b${BEFORE_TITLE}`;
    const official = /\b(?:minister|secretary|commissioner)\b/.test(stem);
    const single = !stem.includes(" ") && !official;
    const lenderWord = slug === lenderTalks.topic && lenderTalks.keywords.includes(keyword);
    return { pattern: new RegExp(pattern, "g"), weight, official, single, lenderWord };
  }),
]);

interface Scored {
  topic: ExtractedTopic;
  /** The weight of the strongest keyword found: 1 for a word that alone names the field ("terrorism"). */
  strongest: number;
  /** Every keyword found stands in a list of examples ("issues like the energy crisis and ..."): the field is named in passing. */
  inPassing: boolean;
}

/** "like the energy crisis and ...", "such as ...": the rest of a clause listing examples. */
const EXAMPLES = /\b(?:like|such as|including)\b[^.;:!?]{0,80}/g;
const exampleSpans = (text: string) => [...text.matchAll(EXAMPLES)].map((m) => [m.index, m.index + m[0].length] as const);

/** The topics whose evidence reaches the threshold, strongest first; may be empty. */
function scoreTopics(text: string): Scored[] {
  const normalized = normalizeText(text);
  const names = bodyNames(text);
  const distinctNames = [...new Set(names)];
  const withLender = LENDER_TALKS.test(normalized);
  const examples = exampleSpans(normalized);
  const inExample = (pattern: RegExp) => [...normalized.matchAll(pattern)].every((m) => examples.some(([start, end]) => m.index >= start && m.index < end));
  const found: Scored[] = [];
  for (const [slug, keywords] of KEYWORDS) {
    let evidence = 0;
    let strongest = 0;
    let inPassing = true;
    for (const { pattern, weight, official, single, lenderWord } of keywords) {
      if (lenderWord && withLender) continue;
      let matches = countIn(normalized, pattern);
      // The same body named again is no new evidence: its name's words count once per distinct name.
      if (single && names.length > 0) matches = Math.max(0, matches - sumCounts(names, pattern) + sumCounts(distinctNames, pattern));
      const count = official ? Math.min(matches, 1) : matches;
      evidence += count * weight;
      if (count > 0) {
        strongest = Math.max(strongest, weight);
        inPassing &&= inExample(pattern);
      }
    }
    // The epsilon keeps 0.7 + 0.3 from falling short of 1 by a rounding error.
    if (evidence >= threshold - 1e-9) found.push({ topic: { slug, score: Math.min(1, Math.round((evidence / saturation) * 100) / 100) }, strongest, inPassing });
  }
  return found.sort((a, b) => b.topic.score - a.topic.score);
}

const countIn = (text: string, pattern: RegExp) => {
  pattern.lastIndex = 0;
  return text.match(pattern)?.length ?? 0;
};
const sumCounts = (texts: string[], pattern: RegExp) => texts.reduce((sum, text) => sum + countIn(text, pattern), 0);

// A dot only inside a word ("U.S."): "Council." ends a sentence and the name.
const NAME_WORD = "\\p{Lu}(?:[\\p{L}'’-]|\\.(?=\\p{L}))*";
/** "the Economic Council", "Electoral Commission of Ghana", "the Commission": a body's proper name, ending in a word for a body. */
const BODY_NAME = new RegExp(
  `(?:${NAME_WORD} ){0,5}(?:${bodyHeads.join("|")})\\b(?: (?:of|for|on) (?:the )?${NAME_WORD}(?: (?:and )?${NAME_WORD})*)?`,
  "gu",
);
/** Body names, normalised, without a sentence's capitalised "The". */
const bodyNames = (text: string) => (text.match(BODY_NAME) ?? []).map((name) => normalizeText(name).replace(/^the /, ""));

/** "talks with the IMF", "IMF talks": negotiations with a lender are about money, not foreign relations. */
const LENDERS = `(?:${lenderTalks.lenders.join("|")})`;
const LENDER_TALKS = new RegExp(`\\b(?:(?:talks|negotiations|discussions) with (?:the )?${LENDERS}|${LENDERS} (?:talks|negotiations))\\b`);

/**
 * Topics of an article's text, strongest first; the fallback topic alone when none fits. An
 * article focused on one topic (at most one at full strength) keeps a secondary topic only with
 * a fair share of the main one's evidence or a word that alone names its field ("terrorism"):
 * a few common words of another field in passing ("his health" in a results story) do not make
 * it about that field, nor does a field named only among examples ("issues like the energy
 * crisis"). A broad article, with several topics at full strength, is a survey: every topic
 * reaching the threshold counts.
 */
export function topicsOf(text: string): ExtractedTopic[] {
  const found = scoreTopics(text);
  if (found.length === 0) return fallback ? [{ slug: fallback, score: 1 }] : [];
  const broad = found.filter(({ topic }) => topic.score >= 1).length > 1;
  const main = found[0]!.topic.score;
  return found
    .filter(({ topic, strongest, inPassing }, i) => broad || i === 0 || (!inPassing && (strongest >= 1 || topic.score >= secondaryShare * main)))
    .map(({ topic }) => topic);
}

/** Slugs only, for claims and events: no fallback, an empty list when no topic fits. */
export function topicSlugs(text: string): string[] {
  return scoreTopics(text).map(({ topic }) => topic.slug);
}
