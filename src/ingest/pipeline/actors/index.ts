// Stage 3: actors (people, organisations, states, media, groups; places for
// venues and cities) and their mentions, each mention resolved to one actor of
// the article.
//
// Capitalised word runs are read against the lexicons: role words in front of a
// name give its description ("Deputy Prime Minister") and a country or demonym
// in front of those its affiliation; org heads ("Committee", "Forces") make an
// organisation, media cues ("news agency X", "X broadcaster") a media outlet.
// People are then clustered: full names by surname plus compatible given names,
// surname-only mentions to the full name they abbreviate.
//
// Sub-steps, one module each: find.ts (word runs), type.ts (what a run names),
// titles.ts (descriptions), resolve.ts (mentions to actors).
import { isSubheading } from "../clean";
import { type Sentence, tokenize } from "../sentences";
import { type ActorIndex, type Candidate, L } from "./candidates";
import { buildRuns, splitCompounds } from "./find";
import { foldStateGovernments, nameMinistriesByState, qualifyGenericBodies } from "./qualify";
import { resolve } from "./resolve";
import { classifyRun } from "./type";

export type { ActorIndex, ActorMention } from "./candidates";

/** Reads the actors of a cleaned body; `source` (the outlet the crawler names) marks its mentions in the text as media. */
export function extractActors(body: string, sentences: Sentence[], source?: string | null): ActorIndex {
  const candidates: Candidate[] = [];
  for (const sentence of sentences) {
    if (isSubheading(sentence)) continue;
    const tokens = splitCompounds(tokenize(sentence.text, sentence.start));
    for (const run of buildRuns(tokens, body)) candidates.push(...classifyRun(run, tokens, body).map(withoutTrailingConnector));
    candidates.push(...lowercaseMinistries(sentence));
  }
  const index = foldStateGovernments(resolve(splitAdjacentSurnames(candidates), body, source));
  qualifyGenericBodies(index);
  nameMinistriesByState(index);
  return index;
}

const MINISTRY = new RegExp(`\\b(\\p{Lu}[\\p{L}-]+)\\s+(?:${[...L.roles.portfolios].filter((p) => !p.includes(" ")).join("|")})\\s+ministry\\b`, "gu");

/** "the Saudi foreign ministry said": a demonym and a portfolio name the ministry even when the text does not capitalise it. */
function lowercaseMinistries(sentence: Sentence): Candidate[] {
  return [...sentence.text.matchAll(MINISTRY)].flatMap((match) => {
    const affiliationCode = L.states.byDemonym.get(match[1]!.toLowerCase());
    const start = sentence.start + (match.index ?? 0);
    const canonical = match[0].replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
    return affiliationCode ? [{ kind: "ORGANIZATION" as const, start, end: start + match[0].length, surface: match[0], canonical, affiliationCode }] : [];
  });
}

/** "Member of the Cabinet and National Security Advisor X": a name never ends in a connector left over from a title. */
function withoutTrailingConnector(candidate: Candidate): Candidate {
  const match = /\s+(?:and|of|for|the)$/.exec(candidate.surface);
  return match ? { ...candidate, surface: candidate.surface.slice(0, match.index), end: candidate.end - match[0].length } : candidate;
}

/** "At the talks with Shannon Ryabkov put forward …": two surnames of two people the article names in full, side by side, are two mentions. */
export function splitAdjacentSurnames(candidates: Candidate[]): Candidate[] {
  const fullNames = candidates.filter((c) => c.kind === "PERSON" && c.surface.includes(" ")).map((c) => c.surface.split(/\s+/));
  return candidates.flatMap((candidate) => {
    const words = candidate.surface.split(" ");
    // Each word must end another person's full name, never this one's ("His father, Gnassingbé Eyadema").
    const surnameOf = (word: string) => fullNames.find((full) => full.length >= 2 && full[full.length - 1] === word && full.join(" ") !== candidate.surface);
    if (candidate.kind === "ORGANIZATION" || candidate.kind === "MEDIA" || words.length !== 2 || candidate.description) return [candidate];
    const [first, second] = [surnameOf(words[0]!), surnameOf(words[1]!)];
    if (!first || !second || first === second) return [candidate];
    const secondStart = candidate.start + words[0]!.length + 1;
    return [
      { ...candidate, kind: "PERSON", surface: words[0]!, end: candidate.start + words[0]!.length },
      { ...candidate, kind: "PERSON", surface: words[1]!, start: secondStart },
    ];
  });
}
