// Stage 5: claims — direct quotes and reported speech with their speakers.
//
// The unit of a claim is a sentence, or several when a quotation runs across
// them. A reporting verb outside quotation marks ("said", "told", "stressed",
// "according to", ", noting that") marks the unit as a claim; the noun phrase
// before the verb names the speaker: an actor mention, a pronoun (the last
// person who spoke or was named), a demonym with a collective noun ("Syrian
// officials", "the Russian government"), a role ("Syria's foreign minister") or
// "the report" (the last outlet named). A unit with two different speakers is
// split at the second speaker's clause, unless the last voice closes the sentence
// (", according to X." / ", X reported."): then it is the whole sentence's. A
// quotation standing alone right after a claim continues it. Claims from an
// unnamed source ("According to sources, ...", "diplomats said") are kept
// without a speaker, except a fact merely sourced at the end (", according to
// sources."); other claims without a speaker are left out.
import { lexicons } from "../lexicons";
import type { ExtractedClaim } from "../types";
import type { ActorIndex } from "./actors";
import { FINITE, findPredicates, noteUnnamedSubject, PARTICIPLE, words } from "./claim-predicates";
import { claimUnits, quoteSpans, type Unit } from "./quotations";
import type { Sentence } from "./sentences";
import { wordCount } from "./speakers";

const S = lexicons.speech;

export function extractClaims(body: string, sentences: Sentence[], actors: ActorIndex): ExtractedClaim[] {
  const quotes = quoteSpans(body);
  const insideQuote = (position: number) => quotes.some((q) => position > q.start && position < q.end);
  const units = claimUnits(sentences, quotes);
  const claims: ExtractedClaim[] = [];
  const push = (start: number, end: number, speakerKey: string | undefined) => {
    const [s, e] = trimSpan(body, start, end);
    if (e > s) claims.push(makeClaim(body, s, e, speakerKey, quotes.filter((q) => q.start >= s && q.end <= e)));
  };
  const unnamedSpeakers: number[] = [];
  let previousUnitClaim = null as { unitIndex: number; speakerKey: string } | null;
  for (const [unitIndex, unit] of units.entries()) {
    noteUnnamedSubject(body, unit, { body, unit, actors, claims, unnamedSpeakers });
    const found = findPredicates(body, unit, insideQuote, actors, claims, unnamedSpeakers);
    const predicates = found.some((p) => p.speakerKey && !p.conduit) ? found.filter((p) => !p.conduit) : found;
    const attributed = predicates.filter((p) => p.speakerKey);
    if (attributed.length === 0 && predicates.some((p) => p.anonymous)) {
      push(unit.start, unit.end, undefined);
      previousUnitClaim = null;
      continue;
    }
    if (attributed.length === 0) {
      // A quotation on its own continues the claim just before it.
      const quoted = quotes.filter((q) => q.start >= unit.start && q.end <= unit.end).reduce((sum, q) => sum + q.end - q.start, 0);
      const previous = previousUnitClaim?.unitIndex === unitIndex - 1 ? previousUnitClaim : null;
      if (previous && predicates.length === 0 && quoted >= 0.6 * (unit.end - unit.start) && wordCount(body.slice(unit.start, unit.end)) >= 5) {
        push(unit.start, unit.end, previous.speakerKey);
        previousUnitClaim = { unitIndex, speakerKey: previous.speakerKey };
      }
      continue;
    }
    const speakers = new Set(attributed.map((p) => p.speakerKey));
    const closing = [...predicates].sort((a, b) => a.clauseStart - b.clauseStart).pop();
    // "According to the WHO, Estonian health officials have confirmed ...": the source that opens the sentence reports all of it.
    const opening = predicates.find((p) => p.according && p.speakerKey && /^\W*according\s+to\b/i.test(body.slice(unit.start, unit.end)));
    if (speakers.size > 1 && opening) {
      push(unit.start, unit.end, opening.speakerKey);
    } else if (speakers.size > 1 && closing?.closing && closing.speakerKey) {
      // "Mahan Air, which the EU says flew cargo, was listed, according to X.": X's sentence;
      // but in "..., he said, according to IRNA." or "X has said that ..., the Daily Courier reported." the outlet only carries what X said.
      const conduit = actors.byKey.get(closing.speakerKey)?.kind === "MEDIA";
      const voice = conduit ? attributed.find((p) => p !== closing && actors.byKey.get(p.speakerKey!)?.kind !== "MEDIA") : undefined;
      push(unit.start, unit.end, voice?.speakerKey ?? closing.speakerKey);
    } else if (speakers.size === 1 && attributed.length === predicates.length) {
      const clauses = attributed.map((p) => p.clauseStart);
      // "X said this on Monday": X's statement is the sentence before, when no claim took it.
      // (When the sentence before is already that speaker's claim, this one only completes it.)
      const before = units[unitIndex - 1];
      const last = claims.at(-1);
      if (before && SAID_THIS.test(body.slice(unit.start, unit.end))) {
        const own = last && last.end > before.start && last.speakerKey === attributed[0].speakerKey;
        if (own || ((last?.end ?? -1) <= before.start && !quotes.some((q) => q.start >= before.start && q.end <= before.end))) {
          if (own) claims.pop();
          push(own ? last!.start : before.start, unit.end, attributed[0].speakerKey!);
          previousUnitClaim = { unitIndex, speakerKey: attributed[0].speakerKey! };
          continue;
        }
      }
      for (const [start, end] of statementPieces(body, unit, sentences, quotes, insideQuote, clauses)) push(start, end, attributed[0].speakerKey!);
    } else {
      pushEachVoice(predicates, unit, push);
    }
    previousUnitClaim = { unitIndex, speakerKey: attributed[attributed.length - 1].speakerKey! };
  }
  return claims;
}

/** Several voices in one unit: each attributed clause, or an unnamed source's, runs to the next predicate's clause. */
export function pushEachVoice(
  predicates: ReadonlyArray<{ clauseStart: number; speakerKey?: string; voice?: boolean }>,
  unit: Unit,
  push: (start: number, end: number, speakerKey: string | undefined) => void,
): void {
  const ordered = [...predicates].sort((a, b) => a.clauseStart - b.clauseStart);
  for (const [i, predicate] of ordered.entries()) {
    if (!predicate.speakerKey && !predicate.voice) continue;
    const start = i === 0 ? unit.start : predicate.clauseStart;
    // Up to the next clause of its own: a verb inside this one's clause ("X said it has confirmed") does not end it.
    push(start, ordered.slice(i + 1).find((p) => p.clauseStart > Math.max(start, predicate.clauseStart))?.clauseStart ?? unit.end, predicate.speakerKey);
  }
}

/** "X said this", "X stated so": the statement is the sentence before. */
// ("said this was linked to …": "this" is the subject of what follows, not the statement before.)
const SAID_THIS = /\b(?:said|stated|told\s+\w+|noted|announced)\s+(?:this|so)\b(?!\s+(?:\p{L}+\s+)?(?:is|was|were|will|would|has|had|could|can|may|might|should|must)\b)/u;

/** A verb that says something ("said", "told"), which a participle after it may add to. */
const SAYS = /\b(?:said|says|told|stated)\b/i;

/** A follow-up verb after a comma or "and" (a closing quotation mark may stand between): the verb phrase is group 1. */
const FOLLOW_UP = new RegExp(`(?:,["”]?|["”],?|\\s+and)\\s+((?:and\\s+|while\\s+)?(?:${words(S.participles)}|${words(S.coordinated)}))\\b`, "gi");

/**
 * One speaker's unit as separate statements: each sentence of a quotation that
 * runs over several, and each follow-up verb that brings its own quotation
 * ("..., noting that “...”", "... and indicated they “...”"), and each clause of its own after
 * ", but" ("X called it a step, but he expressed doubts").
 */
function statementPieces(
  body: string,
  unit: Unit,
  sentences: Sentence[],
  quotes: Array<{ start: number; end: number }>,
  insideQuote: (position: number) => boolean,
  clauses: number[],
): Array<[number, number]> {
  // A quotation running over several sentences is one statement, unless a sentence inside it reports
  // another statement ("… He also renewed Moscow's condemnation …, describing them as …"): cut there.
  // "… Some win, some lose, but I believe …": the quoted speaker's own "I believe" reports nothing new.
  const reportsSpeech = (sentence: Sentence) => {
    const quoted = sentence.text.split(/[”"]/)[0]!; // the sentence's words before the quotation closes
    const thirdPerson = [...quoted.matchAll(new RegExp(FINITE.source, "gi"))].some((m) => !/\b(i|we|you)\s+(?:\w+\s+)?$/i.test(quoted.slice(0, m.index)));
    return thirdPerson || new RegExp(PARTICIPLE.source, "i").test(quoted);
  };
  const cuts = new Set<number>(
    sentences.filter((s) => s.start > unit.start && s.start < unit.end && (!insideQuote(s.start) || reportsSpeech(s))).map((s) => s.start),
  );
  // Only when the clause before reports speech of its own: in "A may fail, but X said ..." all of it is X's.
  for (const at of clauses) if (clauses.some((other) => other < at) && !insideQuote(at) && /,\s*but\s+$/i.test(body.slice(unit.start, at))) cuts.add(at);
  const text = body.slice(unit.start, unit.end);
  const followUps = [...text.matchAll(FOLLOW_UP)]
    .map((m) => unit.start + (m.index ?? 0) + m[0].length - m[1].length)
    .filter((at) => !insideQuote(at));
  const hasQuote = (start: number, end: number) => quotes.some((q) => q.start >= start && q.end <= end && wordCount(body.slice(q.start, q.end)) >= 2);
  // "“…,” Helen Ray, CFO of Acme, told …": a verb with no reporting verb before it is the sentence's own, not a follow-up.
  const verbs = [...text.matchAll(new RegExp(FINITE.source, "gi"))].map((m) => unit.start + (m.index ?? 0)).filter((at) => !insideQuote(at));
  for (const [i, at] of followUps.entries()) {
    if (!verbs.some((verb) => verb < at)) continue;
    const next = followUps[i + 1] ?? unit.end;
    const previous = i === 0 ? unit.start : followUps[i - 1];
    // "... said that A and added that B" is two statements too, and so is "X said A, adding that B";
    // but in "X highlighted A, pointing out that B" the participle only details A.
    const clause = /^(?:and\s+|while\s+)?([a-z]+)(?:\s+out)?\s+that\b/i.exec(body.slice(at, at + 40));
    const newClause = Boolean(clause && (!clause[1]!.endsWith("ing") || SAYS.test(body.slice(unit.start, at))));
    if ((hasQuote(at, Math.min(next, [...cuts].find((c) => c > at) ?? unit.end)) || newClause) && at > previous) cuts.add(at);
  }
  const points = [unit.start, ...[...cuts].sort((a, b) => a - b), unit.end];
  return points.slice(0, -1).map((start, i) => [start, points[i + 1]] as [number, number]);
}

function makeClaim(body: string, start: number, end: number, speakerKey: string | undefined, quotes: Array<{ start: number; end: number }>): ExtractedClaim {
  const quote = quotes
    .map((q) => body.slice(q.start + 1, q.end - 1).trim().replace(/[,.]$/, ""))
    .filter((text) => wordCount(text) >= 2)
    .join(" … ");
  return { start, end, text: body.slice(start, end), topics: [], ...(speakerKey ? { speakerKey } : {}), ...(quote ? { quote } : {}) };
}

function trimSpan(body: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,;]/.test(body[start])) start += 1;
  while (end > start && /[\s,;]/.test(body[end - 1])) end -= 1;
  // "... no message and | added that ...": the conjunction belongs to neither piece.
  const conjunction = /\s+(?:and|but)$/.exec(body.slice(start, end));
  if (conjunction) end -= conjunction[0].length;
  while (end > start && /[\s,;]/.test(body[end - 1])) end -= 1;
  return [start, end];
}
