// Stage 5 for Russian text: claims with their speakers, the same ExtractedClaim
// the English stage gives, the text kept in Russian.
//
// A sentence (or several, when a quotation runs across them) is a claim when a
// reporting verb stands outside quotation marks ("заявил", "сообщили",
// "говорится в сообщении") or an attribution phrase does ("по словам X", "как
// сообщает X"). Russian puts the speaker before the verb ("Лавров заявил") or,
// after a comma, a dash or a quotation, after it ("..., сообщили в МИД
// России", "«...», — сказал Лавров"). "В ведомстве" refers back to the last
// body named, "он" to the last man; unnamed sources ("источник", "эксперты",
// a title with no name) give a claim without a speaker.
import type { ExtractedClaim } from "../../types";
import type { ActorIndex, ActorMention } from "../actors";
import { pushEachVoice } from "../claims";
import type { Sentence } from "../sentences";
import { genderOfGivenName, ru } from "./lexicon";
import { lowerRu, stem } from "./morphology";
import { claimUnits, russianQuoteSpans, type Span } from "./quotes";

interface Predicate {
  /** Where the speaker's clause starts, for splitting a sentence between two voices. */
  clauseStart: number;
  speakerKey?: string;
  /** The source is unnamed on purpose. */
  anonymous?: boolean;
  /** The attribution closes the sentence: "..., пишет РИА Новости." */
  closing?: boolean;
  /** The attribution opens the sentence: "По словам X, ...". */
  opening?: boolean;
}

interface Context {
  body: string;
  unit: Span;
  actors: ActorIndex;
  claims: ExtractedClaim[];
  insideQuote: (position: number) => boolean;
}

const SPEAKER_KINDS = new Set(["PERSON", "STATE", "ORGANIZATION", "MEDIA", "GROUP"]);
const PREPOSITIONS = new Set("в во на с со к ко у о об от до из за по при для без между перед над под про через после около".split(" "));
const phrases = (list: string[]) => list.sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, "\\s+")).join("|");
const ACCORDING = new RegExp(`(?<!\\p{L})(${phrases([...ru.speech.according])})(?!\\p{L})`, "giu");
const WORD = /[\p{L}-]+/gu;
/** Impersonal reporting verbs: no subject, the author named after them or told before. */
const IMPERSONAL = new Set(["говорится", "сообщается", "отмечается"]);

export function extractRussianClaims(body: string, sentences: Sentence[], actors: ActorIndex): ExtractedClaim[] {
  const quotes = russianQuoteSpans(body);
  const asides = quoteAsides(body);
  const insideQuote = (position: number) => quotes.some((q) => position > q.start && position < q.end) && !asides.some((a) => position >= a.start && position < a.end);
  const claims: ExtractedClaim[] = [];
  const push = (start: number, end: number, speakerKey: string | undefined) => {
    while (start < end && /[\s,;—–-]/.test(body[start])) start += 1;
    while (end > start && /[\s,;]/.test(body[end - 1])) end -= 1;
    if (end > start) claims.push(makeClaim(body, start, end, speakerKey, quotes));
  };
  let previous: { unitIndex: number; speakerKey: string } | null = null;
  const units = claimUnits(sentences, quotes);
  for (const [unitIndex, unit] of units.entries()) {
    const context: Context = { body, unit, actors, claims, insideQuote };
    const predicates = findPredicates(context);
    const attributed = predicates.filter((p) => p.speakerKey);
    if (attributed.length === 0) {
      if (predicates.some((p) => p.anonymous)) push(unit.start, unit.end, undefined);
      // A quotation standing alone right after a claim goes on with it.
      else if (previous?.unitIndex === unitIndex - 1 && predicates.length === 0 && quotedShare(unit, quotes) >= 0.6) {
        push(unit.start, unit.end, previous.speakerKey);
        previous = { unitIndex, speakerKey: previous.speakerKey };
        continue;
      }
      previous = null;
      continue;
    }
    const speakers = new Set(attributed.map((p) => p.speakerKey));
    const ordered = [...predicates].sort((a, b) => a.clauseStart - b.clauseStart);
    const closing = ordered[ordered.length - 1];
    const opening = ordered.find((p) => p.opening && p.speakerKey);
    if (speakers.size > 1 && opening) {
      push(unit.start, unit.end, opening.speakerKey); // "По словам Ушакова, Путин отметил ...": all of it is Ushakov's account
    } else if (speakers.size > 1 && closing.closing && closing.speakerKey) {
      push(unit.start, unit.end, closing.speakerKey);
    } else if (speakers.size === 1 && attributed.length === predicates.length) {
      // One voice: a quotation running over several sentences is one statement, as quoted;
      // "Об этом заявил X": X's statement is the sentence before, when no claim took it.
      const before = units[unitIndex - 1];
      const refersBack = before && /^[\s«"„“]*Об\s+этом\s/u.test(body.slice(unit.start, unit.end)) && (claims.at(-1)?.end ?? -1) <= before.start;
      push(refersBack ? before.start : unit.start, unit.end, attributed[0].speakerKey);
    } else {
      pushEachVoice(ordered, unit, push);
    }
    previous = { unitIndex, speakerKey: attributed[attributed.length - 1].speakerKey! };
  }
  return claims;
}

/**
 * "«…, - сообщили в МИД. - …»": an attribution set between dashes inside a quotation interrupts it,
 * it is not quoted. (A dash after a comma, then a reporting clause, then a full stop or comma and a dash.)
 */
export function quoteAsides(body: string): Span[] {
  const asides: Span[] = [];
  for (const match of body.matchAll(/,\s+[-—–]\s+([^\n"«»„“”]{3,120}?)[.,]\s+[-—–]\s+/gu)) {
    const words = (match[1].match(WORD) ?? []).map(lowerRu);
    if (!words.some((word) => ru.speech.verbs.has(word))) continue;
    const start = (match.index ?? 0) + match[0].indexOf(match[1]);
    asides.push({ start, end: start + match[1].length });
  }
  return asides;
}

function makeClaim(body: string, start: number, end: number, speakerKey: string | undefined, quotes: Span[]): ExtractedClaim {
  const quote = quotes
    .filter((q) => q.start < end && q.end > start)
    .map((q) => body.slice(Math.max(q.start + 1, start), Math.min(q.end - 1, end)).trim().replace(/^[«"„“]|[,.]$/g, ""))
    .filter((text) => text.split(/\s+/).length >= 2)
    .join(" … ");
  return { start, end, text: body.slice(start, end), topics: [], ...(speakerKey ? { speakerKey } : {}), ...(quote ? { quote } : {}) };
}

function quotedShare(unit: Span, quotes: Span[]): number {
  const quoted = quotes.filter((q) => q.start >= unit.start && q.end <= unit.end).reduce((sum, q) => sum + q.end - q.start, 0);
  return quoted / Math.max(1, unit.end - unit.start);
}

// ---------------------------------------------------------------- predicates and speakers

function findPredicates(context: Context): Predicate[] {
  const { body, unit, insideQuote } = context;
  const text = body.slice(unit.start, unit.end);
  const predicates: Predicate[] = [];
  const taken: Span[] = [];
  for (const match of text.matchAll(ACCORDING)) {
    const at = unit.start + (match.index ?? 0);
    if (insideQuote(at)) continue;
    const phraseStart = at + match[0].length;
    const phraseEnd = phraseStart + (/[,.;:!?)]/.exec(body.slice(phraseStart, unit.end))?.index ?? unit.end - phraseStart);
    // "По его словам, ...": the pronoun is the voice of the claim just before.
    const pronoun = /\s(?:его|ее|её|их)\s/u.test(match[0]);
    const speakerKey = pronoun ? context.claims.at(-1)?.speakerKey : firstSpeakerIn(phraseStart, phraseEnd, context);
    const anonymous = !speakerKey && !pronoun && namesUnnamedSource(body.slice(phraseStart, phraseEnd));
    const closing = at > unit.start && /^[\s.!?»"”]*$/.test(body.slice(phraseEnd, unit.end));
    const opening = /^[\s«"„“—–-]*$/.test(body.slice(unit.start, at));
    predicates.push({ clauseStart: clauseStartBefore(at, context), speakerKey, anonymous, closing, opening });
    taken.push({ start: at, end: phraseStart });
  }
  for (const match of text.matchAll(WORD)) {
    const at = unit.start + (match.index ?? 0);
    const word = lowerRu(match[0]);
    if (!ru.speech.verbs.has(word) || insideQuote(at) || taken.some((t) => at >= t.start && at < t.end)) continue;
    const predicate = reportingVerb(at, at + match[0].length, word, context);
    if (predicate) predicates.push(predicate);
  }
  return predicates;
}

/** Start of the clause a verb at `at` belongs to: after the last semicolon, colon, dash, closing quotation or "что". */
function clauseStartBefore(at: number, { body, unit }: Context): number {
  const before = body.slice(unit.start, at);
  let start = 0;
  for (const match of before.matchAll(/[;:]\s*|\s[—–-]\s+|[»"”]\s*,?\s*(?:[—–-]\s*)?|,\s+(?:что|как|который|которая|которые)\s+|,\s+/g)) {
    start = (match.index ?? 0) + match[0].length;
  }
  return unit.start + start;
}

function reportingVerb(at: number, verbEnd: number, verb: string, context: Context): Predicate | undefined {
  const { body, unit } = context;
  const clauseStart = clauseStartBefore(at, context);
  const subjectText = body.slice(clauseStart, at);
  const clauseEnd = verbEnd + (/[,.;:!?(]/.exec(body.slice(verbEnd, unit.end))?.index ?? unit.end - verbEnd);
  const closing = /^[\s.!?»"”]*$/.test(body.slice(clauseEnd, unit.end)) && clauseStart > unit.start;
  // "..., говорится в сообщении МИД", "Отмечается, что ...": the statement's author is named after it, else it is the voice just quoted.
  if (IMPERSONAL.has(verb)) {
    const speakerKey = firstSpeakerIn(verbEnd, unit.end, context) ?? context.claims.at(-1)?.speakerKey;
    return { clauseStart, speakerKey, anonymous: !speakerKey, closing };
  }
  const after = () => speakerAfter(verbEnd, clauseEnd, context);
  const before = () => speakerBefore(clauseStart, at, verb, context);
  // Nothing but a comma, dash or quotation before the verb: the speaker follows it.
  const inverted = subjectText.trim() === "";
  // "«...», — сказал он.", "«...», — прокомментировала дипломат.": a pronoun, or a bare noun for one
  // whose verb agrees with the voice just quoted, goes back to that voice.
  const backReference = inverted ? speakerReferredBack(body.slice(verbEnd, clauseEnd), verb, at, context) : undefined;
  if (backReference) return { clauseStart, speakerKey: backReference, closing };
  const found = inverted ? after() ?? before() : before() ?? after();
  if (found === "anonymous") return { clauseStart, anonymous: true, closing };
  if (found) return { clauseStart, speakerKey: found, closing: inverted && closing };
  // "..., сообщило агентство": a subject after the verb that names no actor is not the sentence's subject.
  if (inverted && /\p{L}/u.test(body.slice(verbEnd, clauseEnd))) {
    const noun = nounSpeaker(body.slice(verbEnd, clauseEnd), verbEnd, context);
    return noun === "anonymous" || !noun ? { clauseStart, anonymous: true, closing } : { clauseStart, speakerKey: noun, closing };
  }
  // "Лавров, глава МИД России, заявил": the subject may stand before an aside between commas.
  const sentenceSubject = speakerBefore(unit.start, at, verb, context);
  return sentenceSubject && sentenceSubject !== "anonymous" ? { clauseStart, speakerKey: sentenceSubject } : undefined;
}

const mentionsIn = ({ actors, insideQuote }: Context, start: number, end: number) =>
  actors.mentions.filter((m) => m.start >= start && m.end <= end && !insideQuote(m.start) && SPEAKER_KINDS.has(actors.byKey.get(m.key)?.kind ?? ""));

const kindOf = ({ actors }: Context, mention: ActorMention) => actors.byKey.get(mention.key)?.kind;

/** The first speaker named between start and end, a person before any other actor. */
function firstSpeakerIn(start: number, end: number, context: Context): string | undefined {
  const found = mentionsIn(context, start, end);
  return (found.find((m) => kindOf(context, m) === "PERSON") ?? found[0])?.key;
}

function namesUnnamedSource(text: string): boolean {
  return (text.match(WORD) ?? []).some((word) => ru.unnamedSources.has(stem(word)));
}

/** "сообщили в МИД России", "сказал Лавров", "заявил пресс-секретарь президента Дмитрий Песков", "сообщил источник": the speaker after the verb. */
function speakerAfter(verbEnd: number, clauseEnd: number, context: Context): string | "anonymous" | undefined {
  const window = context.body.slice(verbEnd, clauseEnd);
  const words = [...window.matchAll(WORD)];
  const found = mentionsIn(context, verbEnd, clauseEnd);
  // A person whose title alone stands between: no preposition but those titles use ("помощник по ...", "посол ... в").
  const person = found.find((m) => kindOf(context, m) === "PERSON");
  const between = person ? words.filter((w) => verbEnd + (w.index ?? 0) < person.start).map((w) => w[0].toLowerCase()) : [];
  if (person && between.length <= 8 && !between.some((w) => PREPOSITIONS.has(w) && !["по", "при", "в"].includes(w))) return person.key;
  const first = found[0];
  // "сообщил ТАСС министр ... по национальной политике, внешним связям ... Джамбулат Умаров": the outlet is only told;
  // the title after it runs on, over commas, to the person who holds it.
  if (first && kindOf(context, first) === "MEDIA" && ru.titles.heads.has(stem(/^[\s,]*([\p{L}-]+)/u.exec(context.body.slice(first.end, clauseEnd))?.[1] ?? ""))) {
    const holder = mentionsIn(context, first.end, context.unit.end).find((m) => kindOf(context, m) === "PERSON");
    if (holder && !/[.!?]/.test(context.body.slice(first.end, holder.start))) return holder.key;
  }
  const wordsBefore = words.filter((w) => verbEnd + (w.index ?? 0) < (first?.start ?? clauseEnd));
  if (wordsBefore.some((w) => ru.unnamedSources.has(stem(w[0])))) return "anonymous";
  if (!first || wordsBefore.length > 3) return undefined;
  return first.key;
}

/** The subject before the verb: an actor not governed by a preposition, a pronoun, a title or "в ведомстве". */
function speakerBefore(start: number, at: number, verb: string, context: Context): string | "anonymous" | undefined {
  const { body } = context;
  const plural = /ли$/.test(verb);
  const candidates = mentionsIn(context, start, at).filter((m) => {
    const previousWord = /([\p{L}]+)\s*$/u.exec(body.slice(Math.max(start, m.start - 20), m.start))?.[1]?.toLowerCase();
    if (!previousWord || !PREPOSITIONS.has(previousWord)) return true;
    return plural && ["в", "во"].includes(previousWord) && kindOf(context, m) !== "PERSON"; // "в МИД России сообщили"
  });
  const subjectWords = (body.slice(start, at).match(WORD) ?? []).map((w) => w.toLowerCase());
  // A title or source standing for a person not named: "Уполномоченный словацкого МИД напомнил", "источник сообщил".
  const headWord = subjectWords.find((w) => !PREPOSITIONS.has(w));
  const firstMentionWordIndex = candidates.length > 0 ? (body.slice(start, candidates[0].start).match(WORD) ?? []).length : subjectWords.length;
  // "саудовский министр подчеркнул": the minister of that state, not the state.
  const titleWord = subjectWords.find((w) => ru.titles.heads.has(stem(w)));
  if (titleWord && candidates.length > 0 && candidates.every((m) => kindOf(context, m) === "STATE")) {
    const state = candidates[0]!.key;
    const minister = personWithTitle(stem(titleWord), at, context, state);
    if (minister) return minister;
  }
  const person = candidates.find((m) => kindOf(context, m) === "PERSON");
  // ("Официальный представитель МИД Мария Захарова заявила": a title the person is named after is no unnamed source.)
  const titled = person && !SOURCE_ONLY.has(stem(headWord ?? ""));
  if (headWord && !titled && subjectWords.indexOf(headWord) < firstMentionWordIndex && ru.unnamedSources.has(stem(headWord))) return "anonymous";
  if (person) return person.key;
  // "Глава МИД добавил": a title heads the subject; the body is only its complement.
  const holder = headWord && ru.titles.heads.has(stem(headWord)) ? personWithTitle(stem(headWord), at, context) : undefined;
  if (holder) return holder;
  if (candidates.length > 0) return candidates[0].key;
  const pronoun = subjectWords.find((w) => ["он", "она"].includes(w));
  if (pronoun) return lastPerson(at, pronoun === "она" ? "f" : "m", context);
  return nounSpeaker(body.slice(start, at), start, context);
}

/** Unnamed sources that are never a title before a name ("источник в окружении X сообщил"). */
const SOURCE_ONLY = new Set(["источник", "собеседник", "осведомленный", "очевидец", "свидетель", "лицо"].map(stem));

/**
 * A subject that is a common noun, read from the head of its noun phrase (up to
 * the first preposition): "министр" (the person with that title), "агентство"
 * (the outlet named last), "в ведомстве" (the body named last), "источник".
 */
function nounSpeaker(text: string, position: number, context: Context): string | "anonymous" | undefined {
  const all = (text.match(WORD) ?? []).map((w) => w.toLowerCase());
  const from = ["в", "во"].includes(all[0]) ? 1 : 0;
  const until = all.findIndex((w, i) => i >= from && PREPOSITIONS.has(w));
  const words = all.slice(from, until < 0 ? undefined : until).map(stem);
  const last = (kind: string) => [...context.actors.mentions].reverse().find((m) => m.end <= position && kindOf(context, m) === kind)?.key;
  const title = words.find((w) => ru.titles.heads.has(w));
  const holder = title ? personWithTitle(title, position + text.length, context) : undefined;
  if (holder) return holder;
  if (words.some((w) => ru.mediaNouns.has(w))) return last("MEDIA") ?? "anonymous";
  if (words.some((w) => ru.anaphora.has(w))) return last("ORGANIZATION");
  if (words.some((w) => ru.unnamedSources.has(w))) return "anonymous";
  return undefined;
}

/**
 * The speaker a pronoun or a single common noun after an inverted verb stands for: "сказал он" the
 * last man, "прокомментировала дипломат" the woman who spoke just before (the verb's ending tells).
 */
function speakerReferredBack(window: string, verb: string, at: number, context: Context): string | undefined {
  const words = (window.match(WORD) ?? []).map((w) => lowerRu(w));
  if (words.length !== 1) return undefined;
  if (words[0] === "он" || words[0] === "она") return lastPerson(at, words[0] === "она" ? "f" : "m", context);
  const gender = /ла$/.test(verb) ? "f" : /л$/.test(verb) ? "m" : undefined;
  const last = context.claims.at(-1);
  const actor = last?.speakerKey ? context.actors.byKey.get(last.speakerKey) : undefined;
  if (!gender || !actor || actor.kind !== "PERSON" || context.unit.start - last!.end > 300) return undefined;
  const stemmed = stem(words[0]);
  const describes = ru.unnamedSources.has(stemmed) || ru.titles.heads.has(stemmed);
  return describes && personGender(actor.aliases) === gender ? actor.key : undefined;
}

/** "он"/"она": the person who spoke last when that was just before, else the last person of that gender named. */
function lastPerson(position: number, gender: "m" | "f", context: Context): string | undefined {
  const fits = (key: string) => {
    const actor = context.actors.byKey.get(key);
    return actor?.kind === "PERSON" && personGender(actor.aliases) === gender;
  };
  const lastClaim = context.claims.at(-1);
  if (lastClaim?.speakerKey && fits(lastClaim.speakerKey) && context.unit.start - lastClaim.end < 400) return lastClaim.speakerKey;
  return [...context.actors.mentions].reverse().find((m) => m.end <= position && fits(m.key))?.key;
}

/** A woman when a Cyrillic form of her name has a woman's given name or surname ending. */
function personGender(aliases: string[]): "m" | "f" {
  const cyrillic = aliases.filter((alias) => /[\u0400-\u04ff]/.test(alias));
  const female = cyrillic.some((alias) => {
    const words = alias.split(/\s+/);
    return (words.length > 1 && genderOfGivenName(words[0]) === "f") || /(ова|ева|ина|ская)$/.test(words[words.length - 1]);
  });
  return female ? "f" : "m";
}

/** "министр подчеркнул": the person of the article whose title has that head (a minister also as "глава МИД"), named last before. */
function personWithTitle(headStem: string, position: number, context: Context, stateKey?: string): string | undefined {
  // A minister is also "глава МИД"; a deputy minister ("замминистра") also "замглавы МИД", "заместитель министра".
  const heads = (description: string) =>
    description.split(/\s+/).some((w) => stem(w) === headStem) ||
    (headStem === stem("министр") && /(?:^|\s)глав\p{L}*\s+(?:МИД|министерства)/u.test(description)) ||
    (headStem === stem("замминистра") && /(?:^|\s)(?:замглавы\s+(?:МИД|министерства)|заместител\p{L}*\s+(?:министра|главы))/iu.test(description));
  const holders = context.actors.actors.filter((a) => a.kind === "PERSON" && a.description && heads(a.description) && (!stateKey || !a.affiliationKey || a.affiliationKey === stateKey));
  const lastBefore = (key: string) => Math.max(-1, ...context.actors.mentions.filter((m) => m.key === key && m.start < position).map((m) => m.start));
  return holders.sort((a, b) => lastBefore(b.key) - lastBefore(a.key))[0]?.key;
}
