// Stage 5b: the predicates of a claim unit — reporting verbs ("X said", "said X",
// ", X reported"), "according to X" phrases and participles (", saying ...") —
// each with the clause it opens and the speaker its subject names (see claims.ts).
import { lexicons } from "../lexicons";
import type { ExtractedClaim } from "../types";
import type { ActorIndex } from "./actors";
import type { Unit } from "./quotations";
import {
  actorOf,
  attributionPhraseEnd,
  mainSubject,
  namesUnnamedSource,
  resolveSubject,
  ROLE_HEADS,
  SPEAKER_KINDS,
  type SpeakerContext,
  speakerAfter,
  speakerAtStart,
  subjectHead,
  wordCount,
} from "./speakers";

const S = lexicons.speech;
export const words = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
export const FINITE = new RegExp(`(?<![-\\w])(${words(S.finite)})\\b`, "gi");
export const PARTICIPLE = new RegExp(`,\\s+(${words(S.participles)})\\b`, "gi");
const ACCORDING = /\baccording\s+to\s+/gi;
const ADVERB_TAIL = new RegExp(`(\\s+|^)(${S.adverbs.map((a) => a.replace(/ /g, "\\s+")).join("|")})\\s*$`, "i");

export interface Predicate {
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
  /** An unnamed person who speaks ("a government source said"): kept as a claim beside a named voice. */
  voice?: boolean;
  /** An opening "In comments reported by X," that yields to a voice named after it. */
  conduit?: boolean;
}

/** The predicates of one unit, in the order found: "according to" phrases, finite verbs, then a participle. */
export function findPredicates(
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
    // "according to him": the person the pronoun stands for, as "he said" would.
    const pronoun = { him: "he", her: "she" }[phrase.toLowerCase()];
    const speakerKey =
      speakerAfter(phraseStart, context) ??
      (/^the\s/i.test(phrase) ? resolveSubject(phrase, phraseStart + phrase.length, context) : pronoun ? resolveSubject(pronoun, phraseStart + phrase.length, context) : undefined);
    const closing = at > unit.start && /^[\s.!?"”’']*$/.test(body.slice(phraseEnd, unit.end));
    // "X is set to visit Y, according to sources.": a fact with its sourcing, not a statement (as annotated);
    // "According to sources, ..." and "..., according to sources, who said ..." report what the sources say.
    const anonymous = !speakerKey && !closing && namesUnnamedSource(body.slice(phraseStart, phraseEnd));
    predicates.push({ clauseStart: clauseStartBefore(body, unit.start, at), speakerKey, anonymous, closing, according: true });
  }

  for (const match of text.matchAll(FINITE)) {
    const at = unit.start + (match.index ?? 0);
    // "made these comments", "his claims": after a determiner the word is a noun.
    if (insideQuote(at) || /\b(?:the|these|those|this|his|her|their|its|such|my|our|your)\s+$/i.test(body.slice(Math.max(unit.start, at - 8), at))) continue;
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
export function noteUnnamedSubject(body: string, unit: Unit, context: SpeakerContext) {
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
  // "called the president" is a phone call; "called the accord “a turning point”" names it.
  const namesQuote = /^\s+(?:[\w'’-]+\s+){1,5}["“‘]/.test(after);
  if (wantedNext && !namesQuote && !wantedNext.has(/^\s+([\w'’]+)/.exec(after)?.[1]?.toLowerCase() ?? "")) return undefined;
  // Passive with an agent: "as reported on Tuesday by the Syria TV broadcaster".
  const agent = /^\s+(?:(?:on|in|at|earlier|late)\s+[\w,]+\s+)?by\s+/i.exec(after);
  // "measures announced by the president" names what was announced, not a statement: only "as reported by",
  // "was announced by" or words ("comments reported by") carry one.
  const carriesWords = /(?:\bas|\b(?:is|was|were|are|been|be)|\b(?:comments|remarks|words|statements?|interview|reports?))\s+$/i.test(body.slice(Math.max(unit.start, at - 20), at));
  if (agent && !carriesWords) return undefined;
  const agentKey = agent ? speakerAfter(verbEnd + agent[0].length, context) : undefined;
  if (agentKey) {
    // "In comments reported by the state agency, X said ...": an opening phrase naming only who carried X's words.
    const opening = /^\W*(?:in|on|at)\s/i.test(body.slice(unit.start, at)) && !/[,;:]/.test(body.slice(unit.start, at));
    return { clauseStart: clauseStartBefore(body, unit.start, at), speakerKey: agentKey, conduit: opening };
  }
  if (S.passiveAs.has(verb) && /^\s+as\b/i.test(after) && !/\b(he|she|they|it|we|i)\s+$/i.test(body.slice(Math.max(unit.start, at - 12), at))) {
    return undefined; // "described as", not "which he described as"
  }
  // "Sudani, who met Putin for three hours, told reporters": the subject stands before the relative clause.
  // "Hussein, for his part, said", "Mammadov, an adviser to the president, said", "X, the district director, has said": an aside or apposition between commas does too.
  // "Helen Ray, CFO of Acme, told", "X, referring to the talks, had said": a title or a participle aside too (an auxiliary may follow it);
  // "Rolls, Airbus's exclusive engine partner ..., said": a possessive apposition too, and "Mr Mahama, in a statement, said".
  const relative =
    /,\s+(?:(?:who|which|whose)\b[^,]*|(?:a|an|the)\s[^,]*|[A-Z][\w-]*['’]s\s[^,]*|(?:in|during)\s+(?:a|an|his|her|its|their)\s[^,]*|for\s+(?:his|her|its|their)\s+part|in\s+turn|however|meanwhile|though|too|also|[a-z]+ing\b[^,]*),\s*(?:(?:has|have|had)\s+)?$/i.exec(
      body.slice(unit.start, at),
    ) ?? titleAside(body.slice(unit.start, at));
  const subjectEnd = relative ? unit.start + relative.index : at;
  const clauseStart = clauseStartBefore(body, unit.start, subjectEnd);
  // "X has declared", "X had said": the auxiliary is not part of the subject.
  // "Angola's National Electoral Commission (CNE) said": the acronym in brackets is no part of the subject.
  let subject = stripAdverbs(body.slice(clauseStart, subjectEnd)).replace(/(^|\s+)(has|have|had)$/i, "").replace(/\s*\(\p{Lu}[\p{Lu}\d&.-]*\)$/u, "");
  // "X was quoted as saying": the subject of the passive is the speaker.
  if (/^(quoted|cited)$/.test(verb) && /^\s+as\s+saying\b/i.test(after)) subject = subject.replace(/\s+(was|were|is|are|has been|had been|have been)$/i, "");
  const subjectText = subject.replace(/^[\s"“”‘’'(]+/, "").trim();
  // "The commission's chairperson, Jean Mensa, on Wednesday declared ...": a time phrase is no subject, nor is an auxiliary
  // ("..., Mrs Jean Mensa, has declared"); the name before the comma is.
  const clauseWords = body.slice(clauseStart, subjectEnd).trim();
  if (TIME_ONLY.test(clauseWords) || /^(?:has|have|had)$/i.test(clauseWords)) {
    const named = nameBeforeComma(clauseStart, context);
    if (named) return { clauseStart: unit.start, speakerKey: named };
  }
  // "X teased new products but told investors ...": a second verb sharing the sentence's subject.
  if (subjectText === "" && /\bbut\s*$/i.test(body.slice(unit.start, clauseStart)) && S.coordinated.has(verb)) {
    const speakerKey = [...earlier].reverse().find((p) => p.speakerKey)?.speakerKey ?? mainSubject(body, unit, context);
    if (speakerKey) return { clauseStart, speakerKey };
  }
  if (subjectText === "") {
    // "“...,” said Novak": the speaker follows the verb; "..., says the joint statement of Russia, Iran and Turkey": the body that issued it;
    // "minister of information, Muhammed Idris, has declared": the name set off by commas just before.
    // "“...,” reads the statement.": whoever the text said sent it.
    const speakerKey =
      speakerAtStart(verbEnd, context) ??
      (STATEMENT_AFTER.test(after) ? speakerAfter(verbEnd, context) : undefined) ??
      nameBeforeComma(clauseStart, context) ??
      (THE_MESSAGE.test(after) ? messageSender(context) : undefined) ??
      subjectBeforeComma(clauseStart, context);
    return speakerKey ? { clauseStart, speakerKey } : undefined;
  }
  if (/\band$/i.test(subjectText)) {
    // "X stated ... and noted ...": a second verb sharing the sentence's subject.
    if (!S.coordinated.has(verb)) return undefined;
    const speakerKey = [...earlier].reverse().find((p) => p.speakerKey)?.speakerKey ?? mainSubject(body, unit, context);
    return speakerKey ? { clauseStart, speakerKey } : undefined;
  }
  // "The FBI said it has confirmed that ...": a pronoun right after a speaking verb is that speaker going on.
  const voiceBefore = [...earlier].reverse().find((p) => p.speakerKey);
  // "Bush called it a positive step, but he expressed ...": the subject of the clause before goes on too.
  const before = body.slice(unit.start, clauseStart);
  if (voiceBefore && /^(it|he|she|they)$/i.test(subjectText) && (/\b(?:said|says|told\s+\w+|announced|stated)\s*$/i.test(before) || /,\s*but\s*$/i.test(before))) {
    return { clauseStart, speakerKey: voiceBefore.speakerKey };
  }
  if (wordCount(subjectText) > 12) return undefined;
  // "“…”, Kodjona Kandaga, President of the National Electoral Commission said": the office is the named person's.
  const officeHolder = lexicons.roles.heads.has(subjectText.split(/\s+/)[0]!.toLowerCase()) ? nameBeforeComma(clauseStart, context, "PERSON") : undefined;
  if (officeHolder) return { clauseStart, speakerKey: officeHolder };
  // "A source in the office of X" is unnamed; "the X Court in southern Estonia" is the court: the head before its modifier speaks.
  const head = subjectHead(subjectText);
  const end = clauseStart + subject.replace(/\s+$/, "").length;
  // "a U.S. official", "a spokesperson for X": one person left unnamed on purpose, whoever they speak for.
  // "A spokesperson for Ms Ardern said ... The spokesman said": the unnamed spokesperson goes on, still unnamed.
  const lastClaim = context.claims[context.claims.length - 1];
  const nearUnnamed = !lastClaim?.speakerKey && unit.start - (lastClaim?.end ?? -Infinity) < 400;
  const unnamedGoingOn =
    nearUnnamed &&
    ((/^the\s+spokes(?:man|woman|person)$/i.test(subjectText) && UNNAMED_SPOKESPERSON.test(lastClaim?.text ?? "")) ||
      // "The Italian ambassador said … He added …", "… The ambassador said …": the unnamed official goes on, still unnamed.
      (ROLE_OR_PRONOUN.test(subjectText) && context.unnamedSpeakers.some((at) => at >= lastClaim!.start && at < lastClaim!.end)));
  if (unnamedGoingOn) return { clauseStart: clauseStart + (subject.length - subject.trimStart().length), anonymous: true, voice: true };
  const unnamedPerson = UNNAMED_PERSON.test(subjectText);
  // "OPEC+ sources said": a source stays unnamed, whatever body it is close to.
  const lastHeadWord = head.toLowerCase().split(/\s+/).pop() ?? "";
  const unattributed = unnamedPerson || S.unattributedSubjects.has(lastHeadWord) || /^sources?$/.test(lastHeadWord);
  const speakerKey = unnamedPerson
    ? spokespersonOfBody(subjectText, end, context)
    : /^sources?$/.test(lastHeadWord)
      ? undefined
      : head === subjectText
        ? resolveSubject(subjectText, end, context)
        : unattributed
          ? undefined
          : (resolveSubject(head, end - (subjectText.length - head.length), context) ?? bodyInModifier(head, subjectText, end, context));
  // "The Syrian foreign minister welcomed ..." with no such person named: a later "he" is not an earlier speaker,
  // and "the court president said", "Mexican ambassador stressed": an official left unnamed speaks, without a speaker.
  // (Not when someone in the article holds that office: "the new information minister" is then a name the resolver missed.)
  const unnamedRole =
    !speakerKey &&
    UNNAMED_ROLE.test(subjectText) &&
    !context.actors.mentions.some((m) => m.start >= clauseStart && m.end <= end && actorOf(context.actors, m)?.kind !== "STATE") &&
    !officeHeld(subjectText, context);
  if (!speakerKey && ROLE_HEADS.some((head) => subjectText.toLowerCase().endsWith(head))) context.unnamedSpeakers.push(at);
  if (unnamedRole) return { clauseStart: clauseStart + (subject.length - subject.trimStart().length), anonymous: true, voice: true };
  if (!speakerKey && !unattributed) return undefined;
  // A tag set off by a comma or a quotation ("..., X reported."); "— a charge B has denied." is a clause of its own.
  const closing = clauseStart > unit.start && /[,"”]\s*$/.test(body.slice(unit.start, clauseStart)) && CLOSING_TAIL.test(body.slice(verbEnd, unit.end));
  const anonymous = !speakerKey && unattributed;
  const voice = anonymous && (unnamedPerson || UNNAMED_PEOPLE.has(head.toLowerCase().split(/\s+/).pop()!));
  return { clauseStart: clauseStart + (subject.length - subject.trimStart().length), speakerKey, anonymous, voice, closing };
}

/**
 * "Officials at the Foreign Ministry": the body the modifier names speaks, but not a country
 * ("a court in Estonia"), unless the head is what it issued ("a statement from the Estonian government").
 */
function bodyInModifier(head: string, subject: string, end: number, context: SpeakerContext): string | undefined {
  const key = resolveSubject(subject, end, context);
  const issued = /\b(?:statement|communiqu[ée]|declaration|letter|message)$/i.test(head);
  return key && (issued || context.actors.byKey.get(key)?.kind !== "STATE") ? key : undefined;
}

/** "a Finance Ministry spokesman", "A spokesman of the Ministry of Finance": an unnamed spokesperson speaks for the body named (not for a person: "a spokesperson for Ms Ardern"). */
function spokespersonOfBody(subject: string, end: number, context: SpeakerContext): string | undefined {
  if (!/\bspokes(?:man|woman|person)\b/i.test(subject)) return undefined;
  const start = end - subject.length;
  const body = context.actors.mentions.map((m) => (m.start >= start && m.end <= end ? actorOf(context.actors, m) : undefined)).find((a) => a?.kind === "ORGANIZATION");
  return body?.key;
}

const TIME_ONLY = /^(?:on\s+(?:\w+day|[A-Z][a-z]+\s+\d{1,2})|yesterday|today|earlier|later|(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend|morning|evening))$/i;

const THE_MESSAGE = /^\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:statement|message|letter|communiqu[ée])\s*[.,;]/i;
const SENT_MESSAGE = /\b(?:sent|issued|released|delivered|addressed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:statement|message|letter|communiqu[ée])\b/gi;

/** "The management of the company in a statement issued on Sunday, dismissed ...": a subject with no verb of its own before the comma. */
function subjectBeforeComma(clauseStart: number, context: SpeakerContext): string | undefined {
  const { body, unit } = context;
  const text = body.slice(unit.start, clauseStart).replace(/,\s*$/, "");
  // (A participle inside it, "a statement issued on Sunday", is no verb of its own.)
  if (!/^(?:the|a|an)\s/i.test(text) || new RegExp(FINITE.source, "i").test(text.replace(/\b(?:issued|released|published|made)\b/g, ""))) return undefined;
  const head = subjectHead(text);
  return resolveSubject(head, unit.start + head.length, context);
}

/** "X has sent a greeting message to ...": the actor opening the sentence that sent the message, shortly before the unit. */
function messageSender(context: SpeakerContext): string | undefined {
  const { body, unit, actors } = context;
  const from = Math.max(0, unit.start - 600);
  const sent = [...body.slice(from, unit.start).matchAll(SENT_MESSAGE)].pop();
  if (!sent) return undefined;
  const at = from + (sent.index ?? 0);
  const sentenceStart = Math.max(from, ...[...body.slice(from, at).matchAll(/[.!?\n]\s+/g)].map((m) => from + (m.index ?? 0) + m[0].length));
  const sender = actors.mentions.map((m) => (m.start >= sentenceStart && m.end <= at ? actorOf(actors, m) : undefined)).find((a) => a?.kind === "PERSON" || a?.kind === "ORGANIZATION");
  return sender?.key;
}

const UNNAMED_SPOKESPERSON = /\b(?:a|an)\s+spokes(?:man|woman|person)\b/i;

/** Whether the article names a person with the office a role subject ends with: "Ambassador Zakia Igil", "Idris, the minister" ("the Iraqi premier": a prime minister). */
function officeHeld(subject: string, context: SpeakerContext): boolean {
  const role = ROLE_HEADS.find((h) => subject.toLowerCase().endsWith(h))!;
  const offices = role === "premier" ? ["premier", "prime minister"] : [role];
  const { body, actors } = context;
  return actors.mentions.some((m) => {
    if (actorOf(actors, m)?.kind !== "PERSON") return false;
    // (A title set off by a comma counts, an opening phrase does not: "In a meeting with the ambassador, X said".)
    const title = /(?<=^|[,.;:\n])[^,.;:\n]{0,160}?,?\s*$/.exec(body.slice(0, m.start))?.[0] ?? "";
    if (/^\s*(?:in|at|on|during|with|after|before|for|from|to)\b/i.test(title)) return false;
    const near = `${title} ${/^,\s+(?:the|an?|\p{Lu}[\p{L}-]*['’]s)\s[^,.]{0,40}/u.exec(body.slice(m.end))?.[0] ?? ""}`.toLowerCase();
    return offices.some((o) => new RegExp(`\\b${o}\\b`).test(near));
  });
}

/** A role with no name: "the court president", "Mexican ambassador", "the Italian foreign minister" (a demonym or a lowercase word before the head). */
const UNNAMED_ROLE = new RegExp(`^(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_HEADS.map((h) => h.replace(/ /g, "\\s+")).join("|")})$`, "iu");

/** The subject that carries on an unnamed speaker: "he", "she", "the ambassador". */
const ROLE_OR_PRONOUN = new RegExp(`^(?:he|she|the\\s+(?:${ROLE_HEADS.map((h) => h.replace(/ /g, "\\s+")).join("|")}))$`, "i");

const UNNAMED_PERSON = /^(?:a|an|one)\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:official|source|spokesman|spokeswoman|spokesperson|diplomat|officer|aide|insider)\b/iu;

/** Unnamed people who speak ("a government source said"), unlike "reports indicate": their words are a claim beside a named voice. */
const UNNAMED_PEOPLE = new Set(["source", "sources", "diplomats", "insiders", "witnesses", "analysts", "experts", "observers", "critics", "traders", "economists", "investors", "dealers", "bankers", "investigators"]);

const STATEMENT_AFTER = /^\s+(?:the\s+)?(?:joint\s+|final\s+|official\s+)?(?:statement|communiqu[ée]|declaration|report)\s+(?:of|by|from|issued\s+by)\s/i;

/** ", CFO of Acme, " or ", Norway's foreign minister, " right before the verb: an aside naming the subject's title. */
function titleAside(before: string): { index: number } | null {
  const match = /,\s+([^,]{2,60}),\s*$/.exec(before);
  if (!match) return null;
  const words = match[1]!.toLowerCase().split(/[\s'’]+/);
  return words.some((word) => lexicons.roles.heads.has(word)) ? { index: match.index } : null;
}

/** The person or body named right before the comma that ends at `position`: "..., Muhammed Idris, has declared". */
function nameBeforeComma(position: number, context: SpeakerContext, kind?: string): string | undefined {
  const comma = /,\s*$/.exec(context.body.slice(0, position));
  if (!comma) return undefined;
  const mention = context.actors.mentions.find((m) => m.end === comma.index);
  const actor = actorOf(context.actors, mention);
  return actor && SPEAKER_KINDS.has(actor.kind) && actor.kind !== "STATE" && (!kind || actor.kind === kind) ? actor.key : undefined;
}

/** What may follow a verb that closes its sentence: "on Monday", "late on Tuesday", "in a statement", then the full stop. */
const CLOSING_TAIL = /^(?:\s+(?:on|in|at|late|earlier|last|this)(?:\s+(?:a|an|the))?\s+[\w-]+)*[\s.!?"”’']*$/i;

/** Start of the clause a verb at `at` belongs to: after the last comma, semicolon, "but", "while" or closing quote (a straight one after a question or full stop too). */
function clauseStartBefore(body: string, unitStart: number, at: number): number {
  const before = body.slice(unitStart, at);
  let best = 0;
  for (const match of before.matchAll(/(,|;|:|”|[.?!]"|—|–|\bbut\b|\bwhile\b|\bwhereas\b|\bbecause\b)\s*/g)) {
    best = (match.index ?? 0) + match[0].length;
  }
  return unitStart + best;
}

/** "he promptly", "Hill later": an "-ly" adverb after a pronoun or a name, not a noun ("the family"). */
const LY_ADVERB_TAIL = /(?<=(?:^|\s)(?:he|she|they|it|we|(?!(?:The|A|An|This|That|These|Those|His|Her|Its|Their)\b)\p{Lu}[\p{L}'’-]*))\s+\p{Ll}{2,}ly$/u;

function stripAdverbs(subject: string): string {
  let result = subject.replace(/\s+$/, "");
  for (let guard = 0; guard < 4; guard++) {
    const next = result.replace(ADVERB_TAIL, "").replace(LY_ADVERB_TAIL, "");
    if (next === result) break;
    result = next;
  }
  return result;
}
