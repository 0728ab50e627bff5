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
import type { ExtractedActor, ExtractedClaim } from "../types";
import type { ActorIndex, ActorMention } from "./actors";
import { genderOf } from "./names";
import type { Sentence } from "./sentences";

const S = lexicons.speech;
const SPEAKER_KINDS = new Set(["PERSON", "STATE", "ORGANIZATION", "MEDIA", "GROUP"]);
const words = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
const FINITE = new RegExp(`(?<![-\\w])(${words(S.finite)})\\b`, "gi");
const PARTICIPLE = new RegExp(`,\\s+(${words(S.participles)})\\b`, "gi");
const ACCORDING = /\baccording\s+to\s+/gi;
const ADVERB_TAIL = new RegExp(`(\\s+|^)(${S.adverbs.map((a) => a.replace(/ /g, "\\s+")).join("|")})\\s*$`, "i");
const PRONOUN = /(^|\s)(he|she)$/i;
const ROLE_HEADS = [...lexicons.roles.heads].sort((a, b) => b.length - a.length);

export interface Unit {
  start: number;
  end: number;
}

interface Predicate {
  /** Where the speaker's clause starts (the subject noun phrase), for splitting. */
  clauseStart: number;
  /** Absent when the verb names no speaker ("reports indicate", "sources said"). */
  speakerKey?: string;
  /** The source is unnamed on purpose ("according to diplomatic sources", "analysts said"). */
  anonymous?: boolean;
  /** The attribution closes the sentence: ", according to X." or ", X reported on Monday." */
  closing?: boolean;
  /** Made by "according to X", which may only name who carried the words. */
  according?: boolean;
}

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
    const predicates = findPredicates(body, unit, insideQuote, actors, claims, unnamedSpeakers);
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
    if (speakers.size > 1 && closing?.closing && closing.speakerKey) {
      // "Mahan Air, which the EU says flew cargo, was listed, according to X.": X's sentence;
      // but in "..., he said, according to IRNA." the outlet only carries what he said.
      const conduit = closing.according && actors.byKey.get(closing.speakerKey)?.kind === "MEDIA";
      const voice = conduit ? attributed.find((p) => p !== closing && actors.byKey.get(p.speakerKey!)?.kind !== "MEDIA") : undefined;
      push(unit.start, unit.end, voice?.speakerKey ?? closing.speakerKey);
    } else if (speakers.size === 1 && attributed.length === predicates.length) {
      for (const [start, end] of statementPieces(body, unit, sentences, quotes, insideQuote)) push(start, end, attributed[0].speakerKey!);
    } else {
      pushEachVoice(predicates, unit, push);
    }
    previousUnitClaim = { unitIndex, speakerKey: attributed[attributed.length - 1].speakerKey! };
  }
  return claims;
}

/** Several voices in one unit: each attributed clause runs to the next predicate's clause. */
export function pushEachVoice(
  predicates: ReadonlyArray<{ clauseStart: number; speakerKey?: string }>,
  unit: Unit,
  push: (start: number, end: number, speakerKey: string) => void,
): void {
  const ordered = [...predicates].sort((a, b) => a.clauseStart - b.clauseStart);
  for (const [i, predicate] of ordered.entries()) {
    if (!predicate.speakerKey) continue;
    const start = i === 0 ? unit.start : predicate.clauseStart;
    push(start, ordered.slice(i + 1).find((p) => p.clauseStart > start)?.clauseStart ?? unit.end, predicate.speakerKey);
  }
}

/** A follow-up verb after a comma or "and" (a closing quotation mark may stand between): the verb phrase is group 1. */
const FOLLOW_UP = new RegExp(`(?:,["”]?|["”],?|\\s+and)\\s+((?:and\\s+|while\\s+)?(?:${words(S.participles)}|${words(S.coordinated)}))\\b`, "gi");

/**
 * One speaker's unit as separate statements: each sentence of a quotation that
 * runs over several, and each follow-up verb that brings its own quotation
 * ("..., noting that “...”", "... and indicated they “...”").
 */
function statementPieces(
  body: string,
  unit: Unit,
  sentences: Sentence[],
  quotes: Array<{ start: number; end: number }>,
  insideQuote: (position: number) => boolean,
): Array<[number, number]> {
  // A quotation running over several sentences is one statement, unless a sentence inside it reports
  // another statement ("… He also renewed Moscow's condemnation …, describing them as …"): cut there.
  const reportsSpeech = (sentence: Sentence) => {
    const quoted = sentence.text.split(/[”"]/)[0]!; // the sentence's words before the quotation closes
    return new RegExp(FINITE.source, "i").test(quoted) || new RegExp(PARTICIPLE.source, "i").test(quoted);
  };
  const cuts = new Set<number>(
    sentences.filter((s) => s.start > unit.start && s.start < unit.end && (!insideQuote(s.start) || reportsSpeech(s))).map((s) => s.start),
  );
  const text = body.slice(unit.start, unit.end);
  const followUps = [...text.matchAll(FOLLOW_UP)]
    .map((m) => unit.start + (m.index ?? 0) + m[0].length - m[1].length)
    .filter((at) => !insideQuote(at));
  const hasQuote = (start: number, end: number) => quotes.some((q) => q.start >= start && q.end <= end && wordCount(body.slice(q.start, q.end)) >= 2);
  for (const [i, at] of followUps.entries()) {
    const next = followUps[i + 1] ?? unit.end;
    const previous = i === 0 ? unit.start : followUps[i - 1];
    if (hasQuote(at, Math.min(next, [...cuts].find((c) => c > at) ?? unit.end)) && at > previous) cuts.add(at);
  }
  const points = [unit.start, ...[...cuts].sort((a, b) => a - b), unit.end];
  return points.slice(0, -1).map((start, i) => [start, points[i + 1]] as [number, number]);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
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
  return [start, end];
}

// ---------------------------------------------------------------- quotations and units

/**
 * Quotation spans (marks included). Curly quotes pair across paragraphs; straight ones within a paragraph;
 * single curly ones (‘…’, British style) within a paragraph, told from apostrophes by what stands around them.
 */
export function quoteSpans(body: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of body.matchAll(SINGLE_QUOTED)) spans.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  let open = -1;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "“") open = i;
    else if (body[i] === "”" && open >= 0) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  spans.push(...straightQuoteSpans(body, "\n\n"));
  return spans.sort((a, b) => a.start - b.start);
}

/** Straight quotation marks paired within each paragraph (paragraphs split by `separator`). */
export function straightQuoteSpans(body: string, separator: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let paragraphStart = 0;
  for (const paragraph of body.split(separator)) {
    let open = -1;
    for (let i = 0; i < paragraph.length; i++) {
      if (paragraph[i] !== '"') continue;
      if (open < 0) open = i;
      else {
        spans.push({ start: paragraphStart + open, end: paragraphStart + i + 1 });
        open = -1;
      }
    }
    paragraphStart += paragraph.length + separator.length;
  }
  return spans;
}

/** ‘…’ opening after a space or bracket and closing before a non-letter: "Ankara’s" and "countries’ ties" are apostrophes. */
const SINGLE_QUOTED = /(?<=^|[\s(“"—–-])‘[^‘’\n]*(?:’\p{L}[^‘’\n]*)*’(?!\p{L})/gu;

/** Sentences, merged where one quotation spans several of them. */
function claimUnits(sentences: Sentence[], quotes: Array<{ start: number; end: number }>): Unit[] {
  const units: Unit[] = [];
  for (const sentence of sentences) {
    const last = units[units.length - 1];
    const continuesQuote = last && quotes.some((q) => q.start < last.end && q.end > sentence.start && q.start >= last.start);
    if (continuesQuote) last.end = sentence.end;
    else units.push({ start: sentence.start, end: sentence.end });
  }
  return units;
}

// ---------------------------------------------------------------- predicates and speakers

function findPredicates(
  body: string,
  unit: Unit,
  insideQuote: (position: number) => boolean,
  actors: ActorIndex,
  claims: ExtractedClaim[],
  unnamedSpeakers: number[],
): Predicate[] {
  const text = body.slice(unit.start, unit.end);
  const predicates: Predicate[] = [];
  const context: SpeakerContext = { body, unit, actors, claims, unnamedSpeakers };

  for (const match of text.matchAll(ACCORDING)) {
    const at = unit.start + (match.index ?? 0);
    if (insideQuote(at)) continue;
    const phraseStart = at + match[0].length;
    const phraseEnd = attributionPhraseEnd(body, phraseStart);
    // "according to the spokesman", "according to the ministry": the person or body the phrase stands for.
    const phrase = body.slice(phraseStart, phraseEnd).trim();
    const speakerKey = speakerAfter(phraseStart, context) ?? (/^the\s/i.test(phrase) ? resolveSubject(phrase, phraseStart + phrase.length, context) : undefined);
    const closing = at > unit.start && /^[\s.!?"”’']*$/.test(body.slice(phraseEnd, unit.end));
    // "X is set to visit Y, according to sources.": a fact with its sourcing, not a statement (as annotated);
    // "According to sources, ..." and "..., according to sources, who said ..." report what the sources say.
    const anonymous = !speakerKey && !closing && namesUnnamedSource(body.slice(phraseStart, phraseEnd));
    predicates.push({ clauseStart: clauseStartBefore(body, unit.start, at), speakerKey, anonymous, closing, according: true });
  }

  for (const match of text.matchAll(FINITE)) {
    const at = unit.start + (match.index ?? 0);
    if (insideQuote(at)) continue;
    const predicate = reportingVerb(at, match[0].length, match[1].toLowerCase().replace(/\s+/g, " "), predicates, context);
    if (predicate) predicates.push(predicate);
  }

  if (!predicates.some((p) => p.speakerKey)) {
    for (const match of text.matchAll(PARTICIPLE)) {
      const at = unit.start + (match.index ?? 0);
      if (insideQuote(at)) continue;
      const speakerKey = mainSubject(body, unit, context);
      if (speakerKey) predicates.push({ clauseStart: unit.start, speakerKey });
      break;
    }
  }
  return predicates;
}

const UNNAMED_SUBJECT = new RegExp(`^(?:the|a|an)\\s+((?:[\\p{L}'’-]+\\s+){0,3}?(?:${ROLE_HEADS.map((h) => h.replace(/ /g, "\\s+")).join("|")}))\\b`, "iu");

/** A sentence about "the Syrian foreign minister" with no such person named: a later "he" is not an earlier speaker. */
function noteUnnamedSubject(body: string, unit: Unit, context: SpeakerContext) {
  const match = UNNAMED_SUBJECT.exec(body.slice(unit.start, unit.end));
  if (!match) return;
  const end = unit.start + match[0].length;
  // "The Syrian interim president, Ahmad al-Sharaa, ...": named after all.
  const apposition = /^,\s*/.exec(body.slice(end, end + 3));
  const named = apposition && context.actors.mentions.some((m) => m.start === end + apposition[0].length && context.actors.byKey.get(m.key)?.kind === "PERSON");
  if (!named && !resolveSubject(match[0], end, context)) context.unnamedSpeakers.push(unit.start);
}

/** The predicate of a reporting verb at `at`, or nothing when it names no speaker and no unattributed source. */
function reportingVerb(at: number, length: number, verb: string, earlier: Predicate[], context: SpeakerContext): Predicate | undefined {
  const { body, unit } = context;
  const verbEnd = at + length;
  const after = body.slice(verbEnd, Math.min(unit.end, verbEnd + 60));
  const wantedNext = S.needsNext.get(verb);
  if (wantedNext && !wantedNext.has(/^\s+([\w'’]+)/.exec(after)?.[1]?.toLowerCase() ?? "")) return undefined; // "called the president" is a phone call
  // Passive with an agent: "as reported on Tuesday by the Syria TV broadcaster".
  const agent = /^\s+(?:(?:on|in|at|earlier|late)\s+[\w,]+\s+)?by\s+/i.exec(after);
  const agentKey = agent ? speakerAfter(verbEnd + agent[0].length, context) : undefined;
  if (agentKey) return { clauseStart: clauseStartBefore(body, unit.start, at), speakerKey: agentKey };
  if (S.passiveAs.has(verb) && /^\s+as\b/i.test(after) && !/\b(he|she|they|it|we|i)\s+$/i.test(body.slice(Math.max(unit.start, at - 12), at))) {
    return undefined; // "described as", not "which he described as"
  }
  // "Sudani, who met Putin for three hours, told reporters": the subject stands before the relative clause.
  // "Hussein, for his part, said", "Mammadov, an adviser to the president, said": an aside or apposition between commas does too.
  // "Helen Ray, CFO of Acme, told", "X, referring to the talks, had said": a title or a participle aside too.
  const relative =
    /,\s+(?:(?:who|which|whose)\b[^,]*|(?:a|an)\s[^,]*|for\s+(?:his|her|its|their)\s+part|in\s+turn|however|meanwhile|though|too|also|[a-z]+ing\b[^,]*),\s*$/i.exec(
      body.slice(unit.start, at),
    ) ?? titleAside(body.slice(unit.start, at));
  const subjectEnd = relative ? unit.start + relative.index : at;
  const clauseStart = clauseStartBefore(body, unit.start, subjectEnd);
  // "X has declared", "X had said": the auxiliary is not part of the subject.
  let subject = stripAdverbs(body.slice(clauseStart, subjectEnd)).replace(/(^|\s+)(has|have|had)$/i, "");
  // "X was quoted as saying": the subject of the passive is the speaker.
  if (/^(quoted|cited)$/.test(verb) && /^\s+as\s+saying\b/i.test(after)) subject = subject.replace(/\s+(was|were|is|are|has been|had been|have been)$/i, "");
  const subjectText = subject.replace(/^[\s"“”‘’'(]+/, "").trim();
  if (subjectText === "") {
    // "“...,” said Novak": the speaker follows the verb; "..., says the joint statement of Russia, Iran and Turkey": the body that issued it;
    // "minister of information, Muhammed Idris, has declared": the name set off by commas just before.
    const speakerKey =
      speakerAtStart(verbEnd, context) ?? (STATEMENT_AFTER.test(after) ? speakerAfter(verbEnd, context) : undefined) ?? nameBeforeComma(clauseStart, context);
    return speakerKey ? { clauseStart, speakerKey } : undefined;
  }
  if (/\band$/i.test(subjectText)) {
    // "X stated ... and noted ...": a second verb sharing the sentence's subject.
    if (!S.coordinated.has(verb)) return undefined;
    const speakerKey = [...earlier].reverse().find((p) => p.speakerKey)?.speakerKey ?? mainSubject(body, unit, context);
    return speakerKey ? { clauseStart, speakerKey } : undefined;
  }
  if (wordCount(subjectText) > 12) return undefined;
  const speakerKey = resolveSubject(subjectText, clauseStart + subject.replace(/\s+$/, "").length, context);
  // "The Syrian foreign minister welcomed ..." with no such person named: a later "he" is not an earlier speaker.
  if (!speakerKey && ROLE_HEADS.some((head) => subjectText.toLowerCase().endsWith(head))) context.unnamedSpeakers.push(at);
  const unattributed = S.unattributedSubjects.has(subjectText.toLowerCase().split(/\s+/).pop() ?? "");
  if (!speakerKey && !unattributed) return undefined;
  const closing = clauseStart > unit.start && CLOSING_TAIL.test(body.slice(verbEnd, unit.end));
  return { clauseStart: clauseStart + (subject.length - subject.trimStart().length), speakerKey, anonymous: !speakerKey && unattributed, closing };
}

const STATEMENT_AFTER = /^\s+(?:the\s+)?(?:joint\s+|final\s+|official\s+)?(?:statement|communiqu[ée]|declaration|report)\s+(?:of|by|from|issued\s+by)\s/i;

/** ", CFO of Acme, " or ", Norway's foreign minister, " right before the verb: an aside naming the subject's title. */
function titleAside(before: string): { index: number } | null {
  const match = /,\s+([^,]{2,60}),\s*$/.exec(before);
  if (!match) return null;
  const words = match[1]!.toLowerCase().split(/[\s'’]+/);
  return words.some((word) => lexicons.roles.heads.has(word)) ? { index: match.index } : null;
}

/** The person or body named right before the comma that ends at `position`: "..., Muhammed Idris, has declared". */
function nameBeforeComma(position: number, context: SpeakerContext): string | undefined {
  const comma = /,\s*$/.exec(context.body.slice(0, position));
  if (!comma) return undefined;
  const mention = context.actors.mentions.find((m) => m.end === comma.index);
  const actor = actorOf(context.actors, mention);
  return actor && SPEAKER_KINDS.has(actor.kind) && actor.kind !== "STATE" ? actor.key : undefined;
}

/** What may follow a verb that closes its sentence: "on Monday", "late on Tuesday", "in a statement", then the full stop. */
const CLOSING_TAIL = /^(?:\s+(?:on|in|at|late|earlier|last|this)(?:\s+(?:a|an|the))?\s+[\w-]+)*[\s.!?"”’']*$/i;

/** Start of the clause a verb at `at` belongs to: after the last comma, semicolon, "but", "while" or closing quote. */
function clauseStartBefore(body: string, unitStart: number, at: number): number {
  const before = body.slice(unitStart, at);
  let best = 0;
  for (const match of before.matchAll(/(,|;|:|”|—|–|\bbut\b|\bwhile\b|\bwhereas\b|\bbecause\b)\s*/g)) {
    best = (match.index ?? 0) + match[0].length;
  }
  return unitStart + best;
}

function stripAdverbs(subject: string): string {
  let result = subject.replace(/\s+$/, "");
  for (let guard = 0; guard < 4; guard++) {
    const next = result.replace(ADVERB_TAIL, "");
    if (next === result) break;
    result = next;
  }
  return result;
}

interface SpeakerContext {
  body: string;
  unit: Unit;
  actors: ActorIndex;
  claims: ExtractedClaim[];
  /** Positions of speakers described but not named ("the minister said"). */
  unnamedSpeakers: number[];
}

const actorOf = (actors: ActorIndex, mention: ActorMention | undefined): ExtractedActor | undefined =>
  mention ? actors.byKey.get(mention.key) : undefined;

/** The speaker a subject noun phrase (ending at `end` in the body) stands for. */
function resolveSubject(subject: string, end: number, context: SpeakerContext): string | undefined {
  const { actors } = context;
  const lowerSubject = subject.toLowerCase();
  // An actor named right before the verb: "Novak", "Kremlin spokesperson Dmitry Peskov", "the Foreign Ministry".
  const ending = actors.mentions.filter((m) => m.end === end);
  const named = ending.map((m) => actorOf(actors, m)).find((a) => a && SPEAKER_KINDS.has(a.kind));
  if (named) return named.key;
  const pronoun = PRONOUN.exec(lowerSubject);
  if (pronoun && wordCount(subject) <= 3) return lastPerson(end - subject.length, pronoun[2], context);
  // "They said", "The three ministers confirmed", "the statement reads": the voices of the claim just before.
  if (GROUP_SUBJECT.test(lowerSubject)) return lastClaimSpeaker(end - subject.length, context, () => true);
  // "It said": an organisation or a state that spoke just before.
  if (/^it$/.test(lowerSubject)) return lastClaimSpeaker(end - subject.length, context, (kind) => kind !== "PERSON");
  const lastWord = lowerSubject.split(/\s+/).pop() ?? "";
  const start = end - subject.length;
  const inside = actors.mentions.filter((m) => m.start >= start && m.end <= end);
  // "Syrian officials", "A statement from the Russian government", "the Anadolu news agency".
  if (S.collectiveHeads.has(lastWord) || S.sourceNouns.has(lastWord)) {
    const named = inside.map((m) => actorOf(actors, m)).filter((a): a is ExtractedActor => Boolean(a && SPEAKER_KINDS.has(a.kind)));
    const rank = ["MEDIA", "ORGANIZATION", "PERSON", "STATE", "GROUP"];
    const best = named.sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind))[0];
    if (best) return best.key;
  }
  // "The ministry said", "the commission added": the organisation of that kind named last.
  const body = /^the\s+([a-z]+)$/.exec(lowerSubject)?.[1];
  if (body && NAMED_BODIES.has(body)) {
    const named = lastNamed(start, context, (actor) => actor.kind === "ORGANIZATION" && actor.name.toLowerCase().split(/\s+/).includes(body));
    if (named) return named;
  }
  // "A statement by FIFA read": whoever issued it.
  const issued = /^(?:a|an|the)\s+(?:joint\s+|official\s+)?(?:statement|communiqu[ée]|declaration|report|letter)\s+(?:by|from|of)\s+/.exec(lowerSubject);
  if (issued) {
    const issuer = inside.map((m) => actorOf(actors, m)).find((a) => a && SPEAKER_KINDS.has(a.kind));
    if (issuer) return issuer.key;
  }
  // "The company said", "the group added": the organisation named last.
  if (/^(the|this)\s+(company|group|firm|bank|carrier|airline|insurer|lender|manufacturer|maker|retailer|club|federation|body|union|party|court|tribunal|organisation|organization)$/.test(lowerSubject)) {
    return lastOfKind(start, "ORGANIZATION", context);
  }
  // "The report said", "the agency added": the outlet named last.
  if (/^(the|this|that)\s/.test(lowerSubject) && S.sourceNouns.has(lowerSubject.replace(/^(the|this|that)\s+/, ""))) {
    return lastOfKind(start, "MEDIA", context);
  }
  // "Syria's foreign minister", "the deputy prime minister".
  const role = ROLE_HEADS.find((head) => lowerSubject.endsWith(head));
  if (role) return personWithRole(lowerSubject, inside, start, context);
  return undefined;
}

/** Bodies a text goes on calling by their head noun alone once it has named them ("the Foreign Ministry" ... "the ministry said"). */
const NAMED_BODIES = new Set(["ministry", "embassy", "presidency", "council", "commission", "court", "agency", "office", "committee", "bank", "parliament", "assembly", "federation", "association", "authority"]);

/** The actor that fits, named last before `position`. */
function lastNamed(position: number, context: SpeakerContext, fits: (actor: ExtractedActor) => boolean): string | undefined {
  const { actors } = context;
  for (let i = actors.mentions.length - 1; i >= 0; i--) {
    const mention = actors.mentions[i];
    if (mention.end > position) continue;
    const actor = actors.byKey.get(mention.key);
    if (actor && fits(actor)) return actor.key;
  }
  return undefined;
}

/** The actor named at `position` (after "according to" or "by"): outlets and people before states. */
function speakerAfter(position: number, context: SpeakerContext): string | undefined {
  const { body, actors } = context;
  const phraseEnd = attributionPhraseEnd(body, position);
  const candidates = actors.mentions
    .filter((m) => m.start >= position && m.end <= phraseEnd)
    .map((m) => actorOf(actors, m))
    .filter((a): a is ExtractedActor => Boolean(a && SPEAKER_KINDS.has(a.kind)));
  const rank = ["MEDIA", "PERSON", "ORGANIZATION", "STATE", "GROUP"];
  return candidates.sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind))[0]?.key;
}

/** End of the source phrase after "according to" or "by": the next punctuation mark, at most 80 characters on. */
function attributionPhraseEnd(body: string, position: number): number {
  return position + (/[,.;:)\n]/.exec(body.slice(position, position + 80))?.index ?? 80);
}

/** "sources familiar with the talks", "diplomatic sources", "analysts": a source left unnamed on purpose. */
function namesUnnamedSource(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => S.unattributedSubjects.has(word));
}

/** An actor mention starting right at `position` (skipping spaces, and a title before a name: "said former German envoy Jane Roe"). */
function speakerAtStart(position: number, context: SpeakerContext): string | undefined {
  const { body, actors } = context;
  const skipped = /^\s*/.exec(body.slice(position))?.[0].length ?? 0;
  const title = /^(?:(?:the|a|an|former|then|top|chief|senior|[\p{L}-]+(?:ian|ese|ish|i|an))\s+)*(?:[\p{Ll}-]+\s+){0,3}/u.exec(body.slice(position + skipped, position + skipped + 60))?.[0] ?? "";
  const titled = title && title.toLowerCase().split(/\s+/).some((word) => lexicons.roles.heads.has(word)) ? title.length : 0;
  const mention = actors.mentions.find((m) => m.start === position + skipped) ?? actors.mentions.find((m) => titled > 0 && m.start === position + skipped + titled);
  const actor = actorOf(actors, mention);
  return actor && SPEAKER_KINDS.has(actor.kind) ? actor.key : undefined;
}

/** The subject of the unit's main clause, when it is an actor: "Mr Lavrov echoed the sentiment, saying ...". */
function mainSubject(body: string, unit: Unit, context: SpeakerContext): string | undefined {
  let start = unit.start;
  const text = body.slice(unit.start, unit.end);
  // Skip an opening adverbial: "In late July, ...", "Back in July, ...".
  const intro = /^(?:[A-Z][a-z]+(?:\s+[\w'’-]+){0,6}),\s+/.exec(text);
  if (intro && /^(In|On|At|During|Back|Following|After|Before|Earlier|Later|Last|Since|Despite|Meanwhile|However|Additionally|Moreover|Also|Today|Yesterday)\b/.test(intro[0])) {
    start += intro[0].length;
  }
  // The subject noun phrase: titles, names, determiners and role words up to the verb.
  let end = start;
  for (const match of body.slice(start, unit.end).matchAll(/[\p{L}\p{N}'’.-]+/gu)) {
    const word = match[0].replace(/['’]s$/, "");
    const isPart = /^\p{Lu}/u.test(word) || ["the", "a", "an", "of"].includes(word) || lexicons.roles.heads.has(word) || lexicons.roles.modifiers.has(word);
    const wordStart = start + (match.index ?? 0);
    if (!isPart || /[,;:]/.test(body.slice(end, wordStart))) break;
    end = wordStart + match[0].length;
  }
  if (end === start) return undefined;
  const subject = body.slice(start, end).replace(/['’]s$/, "");
  return resolveSubject(subject, start + subject.length, context);
}

/** Plural or collective subjects that stand for the voices just quoted, never for a new one. */
const GROUP_SUBJECT =
  /^(?:they|the\s+(?:(?:two|three|four|five|several|other)\s+)?(?:top\s+|foreign\s+)?(?:sides|parties|participants|countries|states|nations|governments|ministers|diplomats|leaders|delegations|presidents|guarantors|guarantor\s+states)|the\s+(?:joint\s+)?(?:statement|communiqu[ée]|declaration))$/;

/** The speaker of the last claim, when it ended near `position` and its kind fits. */
function lastClaimSpeaker(position: number, context: SpeakerContext, fits: (kind: string) => boolean): string | undefined {
  const last = context.claims[context.claims.length - 1];
  if (!last?.speakerKey || position - last.end > 1500) return undefined;
  const kind = context.actors.byKey.get(last.speakerKey)?.kind;
  return kind && fits(kind) ? last.speakerKey : undefined;
}

/** he/she: the person who spoke in the last claim when it is close, else the last person named (of a compatible gender). */
function lastPerson(position: number, pronoun: string, context: SpeakerContext): string | undefined {
  const { actors, claims, unit } = context;
  const wanted = pronoun === "she" ? "f" : "m";
  const fits = (key: string) => {
    const actor = actors.byKey.get(key);
    const gender = actor ? genderOf(actor.name) : undefined;
    return actor?.kind === "PERSON" && (!gender || gender === wanted);
  };
  const unnamed = Math.max(-1, ...context.unnamedSpeakers.filter((at) => at < position));
  const lastClaim = claims[claims.length - 1];
  if (lastClaim?.speakerKey && fits(lastClaim.speakerKey) && unit.start - lastClaim.end < 400 && lastClaim.end > unnamed) return lastClaim.speakerKey;
  for (let i = actors.mentions.length - 1; i >= 0; i--) {
    const mention = actors.mentions[i];
    if (mention.end <= unnamed) return undefined;
    if (mention.end <= position && fits(mention.key)) return mention.key;
  }
  return undefined;
}

function lastOfKind(position: number, kind: string, context: SpeakerContext): string | undefined {
  return lastNamed(position, context, (actor) => actor.kind === kind);
}

/** The person whose described role the subject names, of the state it names when it does. */
function personWithRole(subject: string, inside: ActorMention[], start: number, context: SpeakerContext): string | undefined {
  const { actors } = context;
  const roleWords = subject
    .replace(/^(the|a|an)\s+/, "")
    .split(/\s+/)
    .filter((word) => lexicons.roles.heads.has(word) || lexicons.roles.modifiers.has(word));
  if (roleWords.length === 0) return undefined;
  const stateKey = inside.map((m) => actors.byKey.get(m.key)).find((a) => a?.kind === "STATE")?.key;
  const roleText = roleWords.join(" ");
  const people = actors.actors.filter(
    (a) => a.kind === "PERSON" && a.description && a.description.toLowerCase().includes(roleText) && (!stateKey || !a.affiliationKey || a.affiliationKey === stateKey),
  );
  if (people.length === 0) return undefined;
  const lastBefore = (a: ExtractedActor) => Math.max(-1, ...a.mentions.filter((m) => m.start < start).map((m) => m.start));
  return people.sort((a, b) => lastBefore(b) - lastBefore(a))[0].key;
}
