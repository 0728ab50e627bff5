// Cues a run is read by besides its words: a media outlet's suffixes and
// reporting verbs, an ordinal sibling unit, the state a run's words name, where a sentence starts.
import { type Token } from "../sentences";
import { type Candidate, type Context, L, isOrdinal, lower, mediaAfterCue, mediaBeforeCue } from "./candidates";

const REPORTS = /^\s+(reported|reports|revealed|reveals|wrote|published|quoted|cited)\b/;
/** "Local media reports", "State media said": a word for the media's reach, not an outlet's name. */
const MEDIA_SCOPE = new Set("local state national foreign international western regional official independent social mainstream domestic public online".split(" "));

export function isMedia(run: Token[], ctx: Context, surface: string): boolean {
  const last = run[run.length - 1];
  if (run.length >= 2 && (L.organisations.mediaSuffixes.has(last.text) || /^\d+$/.test(last.text))) return true;
  const agency = L.organisations.newsAgencies.get(surface.toLowerCase());
  if (agency && (agency === surface || !/\p{Lu}{2}/u.test(agency))) return true;
  if (run.length === 1 && (L.states.byDemonym.has(surface.toLowerCase()) || L.states.byName.has(surface.toLowerCase()))) return false;
  const before = ctx.body.slice(Math.max(0, run[0].start - 40), run[0].start);
  const after = ctx.body.slice(last.end, last.end + 30);
  if (run.length === 1 && MEDIA_SCOPE.has(last.text.toLowerCase())) return false;
  if (mediaBeforeCue.test(before) || mediaAfterCue.test(after)) return true;
  // "The Sun reported", "the Mirror revealed": a title with its article that reports is a newspaper (a body reporting has its head noun).
  if (run.length === 1 && /\bthe\s+$/i.test(before) && REPORTS.test(after) && !L.organisations.heads.has(last.text)) return true;
  // "(MENAFN) Earlier this month...": an outlet's tag opening a paragraph.
  return /^[A-Z]{3,}$/.test(surface) && /(^|\n)\($/.test(before) && after.startsWith(")");
}

/** "the 4th and 5th Army Corps": the first ordinal names a sibling unit. */
export function ordinalSibling(run: Token[], ctx: Context): Candidate[] {
  if (!isOrdinal(run[0])) return [];
  const before = ctx.body.slice(Math.max(0, run[0].start - 12), run[0].start);
  const match = /(\d+(?:st|nd|rd|th)) and $/i.exec(before);
  if (!match) return [];
  const start = run[0].start - match[0].length;
  const rest = ctx.body.slice(run[0].end, run[run.length - 1].end);
  return [{ kind: "ORGANIZATION", start, end: start + match[1].length, surface: `${match[1]}${rest}` }];
}

export function stateCodeIn(run: Token[]): string | undefined {
  for (const token of run) {
    const code = L.states.byDemonym.get(lower(token)) ?? L.states.byName.get(lower(token));
    if (code) return code;
  }
  return undefined;
}

/** "US$125", "HK$ 10": a country code glued to a currency sign is the currency, not the state. */
export function isCurrencyPrefix(run: Token[], body: string): boolean {
  return run.length === 1 && /^\p{Lu}{1,3}$/u.test(run[0].text) && /^\s?[$€£¥]/u.test(body.slice(run[0].end, run[0].end + 2));
}

/** "2 MPs", "(65,223/2 MPS)": a plural acronym counted by a number names members, not a body. */
export function isCountedPlural(run: Token[], body: string): boolean {
  return run.length === 1 && /^\p{Lu}{2,}[sS]$/u.test(run[0].text) && /\d\s+$/.test(body.slice(Math.max(0, run[0].start - 3), run[0].start));
}

/** "CASA-CE", "P-NJANGO": capitals joined by hyphens are one acronym. */
export const HYPHENATED_ACRONYM = /^(?=[\p{Lu}-]{4,10}$)\p{Lu}+(?:-\p{Lu}+)+$/u;

/** "UniCredit analysts said", "XTB analyst Walid Kudmani": a one-word name before analysts is their employer. */
export function employsAnalysts(run: Token[], body: string): boolean {
  const after = body.slice(run[run.length - 1].end, run[run.length - 1].end + 40);
  return run.length === 1 && /^\s+(?:analysts|economists|strategists)\b|^\s+(?:analyst|economist|strategist)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(after);
}

/** "People’s National Convention (PNC)": the acronym in brackets after the words spells their capitals. */
export function spelledByAcronymAfter(words: Token[], body: string): boolean {
  const acronym = /^\s*\((\p{Lu}{3,})\)/u.exec(body.slice(words[words.length - 1]!.end))?.[1];
  return acronym !== undefined && acronym === words.filter((token) => /^\p{Lu}/u.test(token.text)).map((token) => token.text[0]).join("");
}

/** "... Foreign Minister Wang Yi ...": a word the text capitalises mid-sentence is a name even where it opens one ("Wang said"). */
export function capitalisedMidSentence(word: string, body: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return new RegExp(`[\\p{Ll},;]\\s+${word}\\b`, "u").test(body);
}

export function isSentenceStart(tokens: Token[], index: number, body: string): boolean {
  if (index <= 0) return true;
  const gap = body.slice(tokens[index - 1].end, tokens[index].start);
  return /[.:!?]\s*["“‘']?\s*$|^\s*["“‘(]\s*$/.test(gap);
}
