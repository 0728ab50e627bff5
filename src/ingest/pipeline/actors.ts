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
import type { ActorKind } from "../../generated/prisma/enums";
import { normalizeName } from "../../text/normalize";
import { lexicons } from "../lexicons";
import type { ExtractedActor } from "../types";
import { isSubheading } from "./clean";
import { isCommonWord, isKnownName, isKnownPlace, isVerbWord, nameParts, sameGivenNames, sameSurname, type NameParts } from "./names";
import { type Sentence, type Token, tokenize } from "./sentences";

export interface ActorMention {
  key: string;
  start: number;
  end: number;
}

export interface ActorIndex {
  actors: ExtractedActor[];
  byKey: Map<string, ExtractedActor>;
  /** Every mention, in text order. */
  mentions: ActorMention[];
}

const L = lexicons;
const MONTHS_AND_DAYS = new Set(
  ("january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday " +
    "jan feb mar apr jun jul aug sep sept oct nov dec").split(" "),
);
/** Capitalised function words that never start a name. */
const NEVER_NAMES = new Set(
  ("the a an this that these those there here it its he she they we i you his her their our my your " +
    "according however additionally meanwhile despite following during while since after before in on at for with as but and or if when " +
    "although though beyond both many some several other another each every all most such also earlier later last next previous " +
    "reports talks sources officials").split(" "),
);
const CONNECTORS = new Set(["of", "for", "on", "and", "the", "de"]);
const PERSON_AFTER = new Set(["regime", "family", "government", "administration", "era", "rule", "clan", "dynasty", "loyalists", "camp"]);
const SPEAKING_VERBS = new Set(["said", "says", "told", "stressed", "added", "noted", "stated", "warned", "insisted", "argued", "explained"]);
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "to", "from", "into", "across", "outside", "inside", "around"]);
const particlePrefixed = new RegExp(`^(${[...L.particles.hyphenPrefixes].join("|")})[-‐]\\p{Lu}`, "iu");
const mediaBeforeCue = new RegExp(`\\b(${L.organisations.mediaBefore.map(escape).join("|")})\\s*$`, "i");
const mediaAfterCue = new RegExp(`^\\s*(${L.organisations.mediaAfter.map(escape).join("|")})\\b`, "i");

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

type CandidateKind = ActorKind | "PENDING";

/** One mention as read from the text, before resolution. */
interface Candidate {
  kind: CandidateKind;
  start: number;
  end: number;
  surface: string;
  stateCode?: string;
  /** The text itself shows a person (title, particle, "the X regime"), not just a capital letter. */
  personEvidence?: boolean;
  description?: string;
  affiliationCode?: string;
  /** The lexicon's name for what the surface names ("Alawites" for "Alawite"). */
  canonical?: string;
  /** The mention was preceded by a place preposition ("in Tartus"). */
  afterPlacePreposition?: boolean;
}

/** Reads the actors of a cleaned body; `source` (a crawler's outlet name) becomes a media actor. */
export function extractActors(body: string, sentences: Sentence[], source?: string | null): ActorIndex {
  const candidates: Candidate[] = [];
  for (const sentence of sentences) {
    if (isSubheading(sentence)) continue;
    const tokens = splitCompounds(tokenize(sentence.text, sentence.start));
    for (const run of buildRuns(tokens, body)) candidates.push(...classifyRun(run, tokens, body));
  }
  return resolve(candidates, body, source);
}

// ---------------------------------------------------------------- tokens and runs

/** "Russian-Syrian", "Damascus-Moscow", "Druze-majority": compounds of known entities become separate tokens. */
function splitCompounds(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const parts = token.text.split(/[-‐–]/);
    if (parts.length > 1 && parts.some((part) => isEntityWord(part))) {
      let offset = token.start;
      parts.forEach((part, i) => {
        out.push({ text: part, start: offset, end: offset + part.length, possessive: i === parts.length - 1 && token.possessive });
        offset += part.length + 1;
      });
    } else {
      out.push(token);
    }
  }
  return out;
}

function isEntityWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    L.states.byName.has(lower) ||
    L.states.byDemonym.has(lower) ||
    L.states.capitals.has(lower) ||
    L.organisations.groups.has(lower) ||
    L.states.notStates.has(lower) // "Arab-Russian"
  );
}

const isCap = (token: Token) => /^\p{Lu}/u.test(token.text) || particlePrefixed.test(token.text);
const isOrdinal = (token: Token) => /^\d+(st|nd|rd|th)$/i.test(token.text);
const lower = (token: Token) => token.text.toLowerCase();

function adjacent(body: string, a: Token, b: Token): boolean {
  const gap = body.slice(a.end, b.start);
  return !a.possessive && (/^ ?$/.test(gap) || (gap === ". " && /^\p{Lu}$/u.test(a.text))); // "Donald J. Trump"
}

function buildRuns(tokens: Token[], body: string): Token[][] {
  const runs: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    const startsOrdinalName = isOrdinal(first) && i + 1 < tokens.length && isCap(tokens[i + 1]) && adjacent(body, first, tokens[i + 1]);
    if ((!isCap(first) && !startsOrdinalName) || MONTHS_AND_DAYS.has(lower(first))) {
      i += 1;
      continue;
    }
    const run = [first];
    let j = i;
    while (j + 1 < tokens.length) {
      const previous = tokens[j];
      const next = tokens[j + 1];
      const afterNext = tokens[j + 2];
      if (previous.possessive) {
        // "People's Palace", "People's Assembly": a possessive inside a name.
        const gap = body.slice(previous.end, next.start);
        if (/^['’]s $/.test(gap) && (L.organisations.placeHeads.has(next.text) || L.organisations.heads.has(next.text))) {
          run.push(next);
          j += 1;
          continue;
        }
        break;
      }
      if (!adjacent(body, previous, next) || MONTHS_AND_DAYS.has(lower(next))) break;
      if (isCap(next)) {
        run.push(next);
        j += 1;
        continue;
      }
      if (/^\d{1,4}$/.test(next.text) && isCap(previous)) {
        // "Article 40", "Section 12", "Resolution 2254": a capitalised common noun and a number name a clause, not an actor.
        if (L.organisations.numberedNouns.has(previous.text)) {
          run.pop();
          j += 1;
          break;
        }
        run.push(next); // "Levant 24", "France 24"
        j += 1;
        break;
      }
      const joinsNext = afterNext && adjacent(body, next, afterNext) && isCap(afterNext) && !MONTHS_AND_DAYS.has(lower(afterNext));
      if (joinsNext && L.particles.name.has(lower(next))) {
        run.push(next, afterNext);
        j += 2;
        continue;
      }
      if (joinsNext && CONNECTORS.has(lower(next)) && connectorAllowed(run, lower(next))) {
        run.push(next, afterNext);
        j += 2;
        continue;
      }
      break;
    }
    if (run.length) runs.push(run);
    i = j + 1;
  }
  return runs;
}

/** "Minister of Construction", "Commission on Trade and Economic Cooperation": connectors inside org and role names. */
function connectorAllowed(run: Token[], connector: string): boolean {
  const hasOrgHead = run.some((token) => L.organisations.heads.has(token.text));
  if (connector === "and" || connector === "the") return hasOrgHead && run.some((token) => ["of", "for", "on"].includes(token.text));
  if (connector === "of") return hasOrgHead || run.some((token) => L.roles.heads.has(lower(token)));
  return hasOrgHead;
}

// ---------------------------------------------------------------- reading one run

/** The sentence a run is read in. */
interface Context {
  tokens: Token[];
  body: string;
}

function classifyRun(fullRun: Token[], tokens: Token[], body: string): Candidate[] {
  let run = fullRun;
  let index = tokens.indexOf(run[0]);
  // Drop capitalised ordinary words that only open the sentence ("Beyond", "Regular", "The").
  // ("Human Rights Watch" keeps its first word: the run names an organisation or a place.)
  const namesInstitution = run.some((token) => L.organisations.heads.has(token.text) || L.organisations.placeHeads.has(token.text));
  while (
    run.length > 0 &&
    (NEVER_NAMES.has(lower(run[0])) ||
      /-(led|backed|based|run|owned|affiliated|aligned|controlled|linked|born|majority)$/i.test(run[0].text) ||
      (isSentenceStart(tokens, index, body) &&
        !namesInstitution &&
        isCommonWord(run[0].text) &&
        !isEntityWord(run[0].text) &&
        !(isRoleWord(run[0]) && run.length > 1) &&
        !capitalisedMidSentence(run[0].text, body)))
  ) {
    run = run.slice(1);
    index += 1;
  }
  if (run.length === 0) return [];
  const ctx: Context = { tokens, body };
  const start = run[0].start;
  const end = run[run.length - 1].end;
  const surface = body.slice(start, end);
  const lowerSurface = surface.toLowerCase();
  const whole = (kind: CandidateKind, extra: Partial<Candidate> = {}): Candidate[] => [{ kind, start, end, surface, ...extra }];

  const group = run.length === 1 ? L.organisations.groups.get(lowerSurface) : undefined;
  if (group) return whole("GROUP", { canonical: group });
  const seat = L.states.seats.get(lowerSurface);
  if (seat) return whole("STATE", { stateCode: seat });
  if (isMedia(run, ctx, surface)) return whole("MEDIA");
  if (L.organisations.acronyms.has(surface)) return whole("ORGANIZATION");
  if (run.some((token) => L.organisations.notActorWords.has(token.text))) return [];
  if (run.length > 1 && run.some((token) => L.organisations.nonActorHeads.has(token.text))) return [];
  const companyNoun = /([\p{L}-]+)\s+$/u.exec(body.slice(Math.max(0, start - 20), start))?.[1].toLowerCase() ?? "";
  const hasOrgHead =
    (run.length > 1 && (run.some((token) => L.organisations.heads.has(token.text)) || L.organisations.companyEnds.has(run[run.length - 1].text))) ||
    L.organisations.companyBefore.has(companyNoun);
  if (hasOrgHead || L.organisations.acronyms.has(surface)) {
    const extra = ordinalSibling(run, ctx);
    return [...whole("ORGANIZATION", { affiliationCode: stateCodeIn(run) }), ...extra];
  }
  if (run.some((token) => L.organisations.placeHeads.has(token.text)) || L.states.regions.has(lowerSurface)) return whole("PLACE");
  const wholeState = L.states.byName.get(lowerSurface);
  if (wholeState) return whole("STATE", { stateCode: wholeState });
  if (run.length > 1 && isKnownPlace(surface)) return whole("PLACE"); // "New York", "Tel Aviv"
  return segment(run, ctx);
}

/** "... Foreign Minister Wang Yi ...": a word the text capitalises mid-sentence is a name even where it opens one ("Wang said"). */
function capitalisedMidSentence(word: string, body: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return new RegExp(`[\\p{Ll},;]\\s+${word}\\b`, "u").test(body);
}

function isSentenceStart(tokens: Token[], index: number, body: string): boolean {
  if (index <= 0) return true;
  const gap = body.slice(tokens[index - 1].end, tokens[index].start);
  return /[.:!?]\s*["“‘']?\s*$|^\s*["“‘(]\s*$/.test(gap);
}

function isRoleWord(token: Token): boolean {
  const word = lower(token);
  return L.roles.heads.has(word) || L.roles.modifiers.has(word) || L.particles.honorifics.has(word.replace(/\.$/, ""));
}

function isMedia(run: Token[], ctx: Context, surface: string): boolean {
  const last = run[run.length - 1];
  if (run.length >= 2 && (L.organisations.mediaSuffixes.has(last.text) || /^\d+$/.test(last.text))) return true;
  const agency = L.organisations.newsAgencies.get(surface.toLowerCase());
  if (agency && (agency === surface || !/\p{Lu}{2}/u.test(agency))) return true;
  if (run.length === 1 && (L.states.byDemonym.has(surface.toLowerCase()) || L.states.byName.has(surface.toLowerCase()))) return false;
  const before = ctx.body.slice(Math.max(0, run[0].start - 40), run[0].start);
  const after = ctx.body.slice(last.end, last.end + 30);
  if (mediaBeforeCue.test(before) || mediaAfterCue.test(after)) return true;
  // "(MENAFN) Earlier this month...": an outlet's tag opening a paragraph.
  return /^[A-Z]{3,}$/.test(surface) && /(^|\n)\($/.test(before) && after.startsWith(")");
}

/** "the 4th and 5th Army Corps": the first ordinal names a sibling unit. */
function ordinalSibling(run: Token[], ctx: Context): Candidate[] {
  if (!isOrdinal(run[0])) return [];
  const before = ctx.body.slice(Math.max(0, run[0].start - 12), run[0].start);
  const match = /(\d+(?:st|nd|rd|th)) and $/i.exec(before);
  if (!match) return [];
  const start = run[0].start - match[0].length;
  const rest = ctx.body.slice(run[0].end, run[run.length - 1].end);
  return [{ kind: "ORGANIZATION", start, end: start + match[1].length, surface: `${match[1]}${rest}` }];
}

function stateCodeIn(run: Token[]): string | undefined {
  for (const token of run) {
    const code = L.states.byDemonym.get(lower(token)) ?? L.states.byName.get(lower(token));
    if (code) return code;
  }
  return undefined;
}

type Segment =
  | { type: "STATE"; tokens: Token[]; code: string; capital: boolean }
  | { type: "ROLE"; tokens: Token[] }
  | { type: "NAME"; tokens: Token[] }
  | { type: "GROUP"; tokens: Token[]; name: string };

/** Splits a run into states, role words and names: "Russian | Deputy Prime Minister | Alexander Novak". */
function segment(run: Token[], ctx: Context): Candidate[] {
  const segments: Segment[] = [];
  let k = 0;
  while (k < run.length) {
    const stateMatch = matchState(run, k);
    if (stateMatch) {
      segments.push(stateMatch.segment);
      k += stateMatch.length;
      continue;
    }
    const group = L.organisations.groups.get(lower(run[k]));
    if (group) {
      segments.push({ type: "GROUP", tokens: [run[k]], name: group });
      k += 1;
      continue;
    }
    const roleLength = matchRole(run, k);
    if (roleLength > 0) {
      segments.push({ type: "ROLE", tokens: run.slice(k, k + roleLength) });
      k += roleLength;
      continue;
    }
    const last = segments[segments.length - 1];
    if (last?.type === "NAME") last.tokens.push(run[k]);
    else segments.push({ type: "NAME", tokens: [run[k]] });
    k += 1;
  }
  return segmentsToCandidates(segments, run, ctx);
}

function matchState(run: Token[], k: number): { segment: Segment; length: number } | null {
  for (let length = Math.min(5, run.length - k); length >= 1; length--) {
    const words = run.slice(k, k + length);
    const text = words.map((token) => token.text).join(" ").toLowerCase();
    const code = L.states.byName.get(text) ?? L.states.seats.get(text) ?? (length === 1 ? L.states.byDemonym.get(text) : undefined);
    if (code) return { segment: { type: "STATE", tokens: words, code, capital: false }, length };
    const capital = L.states.capitals.get(text);
    if (capital) return { segment: { type: "STATE", tokens: words, code: capital, capital: true }, length };
  }
  return null;
}

/** Length of a role phrase at k ("Deputy Prime Minister", "Minister of Construction"), 0 if none. */
function matchRole(run: Token[], k: number): number {
  let lastHead = -1;
  let m = k;
  while (m < run.length) {
    const word = lower(run[m]).replace(/\.$/, "");
    const afterOf = m > k && lower(run[m - 1]) === "of";
    if (L.particles.honorifics.has(word) || L.roles.heads.has(word)) lastHead = m;
    else if (word === "of" && lastHead >= 0) {
      // "Minister of Construction", "Chief of Staff"
    } else if (!(L.roles.modifiers.has(word) || (afterOf && L.roles.portfolios.has(word)))) break;
    if (afterOf && L.roles.portfolios.has(word)) lastHead = m;
    m += 1;
  }
  // A role must leave something after it or be a whole title; "General" alone before a non-name is not a rank.
  return lastHead >= 0 ? lastHead - k + 1 : 0;
}

function segmentsToCandidates(segments: Segment[], run: Token[], ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { body } = ctx;
  let affiliationCode: string | undefined;
  let role: Token[] | undefined;
  for (const [i, seg] of segments.entries()) {
    const start = seg.tokens[0].start;
    const end = seg.tokens[seg.tokens.length - 1].end;
    const surface = body.slice(start, end);
    if (seg.type === "STATE") {
      const lastToken = seg.tokens[seg.tokens.length - 1];
      if (seg.capital && !isMetonym(seg, segments[i + 1], run, ctx)) {
        out.push({ kind: "PLACE", start, end, surface });
      } else {
        out.push({ kind: "STATE", start, end, surface, stateCode: seg.code });
      }
      affiliationCode = !seg.capital || lastToken.possessive ? seg.code : affiliationCode;
      continue;
    }
    if (seg.type === "GROUP") {
      out.push({ kind: "GROUP", start, end, surface, canonical: seg.name });
      continue;
    }
    if (seg.type === "ROLE") {
      role = seg.tokens;
      continue;
    }
    const nameTokens = seg.tokens;
    const described = role ?? undefined;
    let lookback = described ? describeBefore(ctx, run[0]) : describeBefore(ctx, nameTokens[0]);
    if (!described && !lookback.description && seg === segments[segments.length - 1]) lookback = describeAfter(ctx, nameTokens[nameTokens.length - 1]);
    const description = [lookback.description, described ? body.slice(described[0].start, described[described.length - 1].end) : undefined]
      .filter(Boolean)
      .join(" ")
      .replace(/\b(Mr|Mrs|Ms|Dr|Prof|Sir)\.?\s*/g, "")
      .trim();
    const affiliation = affiliationCode ?? lookback.affiliationCode;
    out.push(...nameCandidates(nameTokens, ctx, Boolean(described), description || undefined, affiliation));
    role = undefined;
    affiliationCode = undefined;
  }
  return out;
}

/** A capital stands for its state when it acts: "Moscow's support", "Moscow sees", "Damascus and Moscow". */
function isMetonym(seg: Segment, next: Segment | undefined, run: Token[], ctx: Context): boolean {
  const lastToken = seg.tokens[seg.tokens.length - 1];
  if (lastToken.possessive) return true;
  if (next || lastToken !== run[run.length - 1]) return false;
  const after = ctx.body.slice(lastToken.end, lastToken.end + 40);
  const nextWord = /^\s+([a-z]+)/.exec(after)?.[1];
  if (nextWord && (isVerbWord(nextWord) || nextWord === "and" && /^\s+and\s+(the\s+)?\p{Lu}/u.test(after))) return true;
  const before = ctx.body.slice(Math.max(0, seg.tokens[0].start - 25), seg.tokens[0].start);
  return /\b(between|with|and)\s+$/.test(before) && !/\b(in|at|to|from|near)\s+$/.test(before);
}


/**
 * Role words just before a name, in any case, and the state in front of them:
 * "Kremlin spokesperson", "Syria's interim", "former president", "Syria’s transitional president, ".
 */
function describeBefore(ctx: Context, first: Token): { description?: string; affiliationCode?: string } {
  const { tokens, body } = ctx;
  const words: Token[] = [];
  const description = () => (words.length ? body.slice(words[0].start, words[words.length - 1].end) : undefined);
  let cursor = first.start;
  let crossedComma = false;
  for (let i = tokens.indexOf(first) - 1; i >= 0; i--) {
    const token = tokens[i];
    const gap = body.slice(token.end, cursor);
    const plain = /^(['’]s)? $/.test(gap);
    const comma: boolean = !crossedComma && words.length === 0 && /^, $/.test(gap);
    if (!plain && !comma) break;
    const word = lower(token);
    const code = L.states.byDemonym.get(word) ?? L.states.byName.get(word) ?? L.states.seats.get(word) ?? (token.possessive ? L.states.capitals.get(word) : undefined);
    if (code && !comma) return { description: description(), affiliationCode: code };
    if (!isRoleWord(token) || MONTHS_AND_DAYS.has(word)) break;
    crossedComma ||= comma;
    words.unshift(token);
    cursor = token.start;
  }
  return { description: description() };
}

/** An appositive after the name: "Alexander Lavrentiev, the Kremlin's special envoy for Syria". */
function describeAfter(ctx: Context, last: Token): { description?: string; affiliationCode?: string } {
  const { tokens, body } = ctx;
  let i = tokens.indexOf(last) + 1;
  if (i >= tokens.length || !/^, $/.test(body.slice(last.end, tokens[i].start))) return {};
  const gapAfter = (token: Token) => body.slice(token.end, tokens[tokens.indexOf(token) + 1]?.start ?? token.end);
  if (["the", "a", "an"].includes(lower(tokens[i])) && gapAfter(tokens[i]) === " ") i += 1;
  const word = lower(tokens[i] ?? last);
  const affiliationCode = L.states.byDemonym.get(word) ?? L.states.byName.get(word) ?? L.states.seats.get(word);
  if (affiliationCode && i < tokens.length) i += 1;
  const words: Token[] = [];
  while (i < tokens.length && isRoleWord(tokens[i]) && (words.length === 0 || /^ $/.test(body.slice(words[words.length - 1].end, tokens[i].start)))) {
    words.push(tokens[i]);
    i += 1;
  }
  if (!words.some((token) => L.roles.heads.has(lower(token)))) return {};
  return { description: body.slice(words[0].start, words[words.length - 1].end), affiliationCode };
}

function nameCandidates(nameTokens: Token[], ctx: Context, titled: boolean, description: string | undefined, affiliationCode: string | undefined): Candidate[] {
  // Trailing particles or connectors cannot end a name.
  let tokens = nameTokens;
  while (tokens.length > 1 && (L.particles.name.has(lower(tokens[tokens.length - 1])) || CONNECTORS.has(lower(tokens[tokens.length - 1])))) tokens = tokens.slice(0, -1);
  if (tokens.some((token) => /\d/.test(token.text))) return [];
  const { body } = ctx;
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const surface = body.slice(start, end);
  const words = tokens.filter((token) => !L.particles.name.has(lower(token)));
  if (words.length === 0) return [];
  if (words.every((token) => L.states.notStates.has(lower(token)))) return [];
  // "Syrians", "Israelis": the people of a country, neither a person nor the state.
  if (words.length === 1 && /s$/i.test(words[0].text) && L.states.byDemonym.has(lower(words[0]).slice(0, -1))) return [];
  const particle = tokens.length > words.length || particlePrefixed.test(tokens[0].text);
  const base: Candidate = { kind: "PENDING", start, end, surface, description, affiliationCode };
  if (words.length >= 2) {
    // "Anna Berg", "Vice Premier Ding Xuexiang": a known given name or a title makes a person even when a part is also a word.
    const ordinary = words.some((token) => isCommonWord(token.text) && !/^\p{Lu}{2,}$/u.test(token.text));
    if (ordinary && !titled && !isKnownName(words[0].text)) return [];
    return [{ ...base, kind: "PERSON", personEvidence: true }];
  }
  const index = ctx.tokens.indexOf(tokens[0]);
  const previous = ctx.tokens[index - 1];
  const afterPlacePreposition = Boolean(previous && PLACE_PREPOSITIONS.has(lower(previous)) && /^ $/.test(body.slice(previous.end, start)));
  const nextWord = /^\s+([a-z]+)/.exec(body.slice(end, end + 20))?.[1] ?? "";
  const beforeWord = /(\w+)\s+$/.exec(body.slice(Math.max(0, start - 10), start))?.[1]?.toLowerCase();
  const regime = PERSON_AFTER.has(nextWord) && beforeWord === "the";
  // "Erdogan said": a name that speaks is a person (acronyms are more likely outlets or bodies).
  const speaks = SPEAKING_VERBS.has(nextWord) && !/^\p{Lu}+$/u.test(surface) && !isKnownPlace(surface);
  return [{ ...base, personEvidence: titled || particle || regime || speaks, afterPlacePreposition }];
}

// ---------------------------------------------------------------- resolution

interface PersonCluster {
  key: string;
  parts: NameParts;
  /** Surface forms, with their counts, of full names (given name and surname). */
  fullForms: Map<string, number>;
  aliases: Set<string>;
  mentions: ActorMention[];
  description?: string;
  affiliationCode?: string;
}

function resolve(candidates: Candidate[], body: string, source?: string | null): ActorIndex {
  const actors = new Map<string, ExtractedActor>();
  const mentions: ActorMention[] = [];
  const add = (key: string, name: string, kind: ActorKind, candidate: Candidate | null) => {
    let actor = actors.get(key);
    if (!actor) {
      actor = { key, name, kind, aliases: [], mentions: [] };
      actors.set(key, actor);
    }
    if (candidate) {
      if (!actor.aliases.includes(candidate.surface)) actor.aliases.push(candidate.surface);
      actor.mentions.push({ start: candidate.start, end: candidate.end });
      mentions.push({ key, start: candidate.start, end: candidate.end });
    }
    return actor;
  };

  // Outlets first: once a name is cued as media anywhere, every mention of it is the outlet.
  const mediaKeys = new Map<string, string>();
  const mediaName = (surface: string) => normalizeName(surface.replace(/^the\s+/i, ""));
  for (const candidate of candidates) if (candidate.kind === "MEDIA") mediaKeys.set(mediaName(candidate.surface), candidate.surface);
  const sourceName = source && !/[/:]/.test(source) ? source.trim() : null;
  if (sourceName) mediaKeys.set(mediaName(sourceName), sourceName);
  // Organisations, also by their initials ("AU" after "African Union").
  const orgKeys = new Set(candidates.filter((c) => c.kind === "ORGANIZATION").flatMap((c) => [normalizeName(c.surface), normalizeName(initials(c.surface.replace(/^the\s+/i, "")))]));

  const people: Candidate[] = [];
  for (const candidate of candidates) {
    const normalized = mediaName(candidate.surface);
    if (mediaKeys.has(normalized) && candidate.kind !== "STATE") {
      add(`media:${normalized}`, preferredMediaName(mediaKeys.get(normalized) ?? candidate.surface, candidate.surface), "MEDIA", candidate);
      continue;
    }
    switch (candidate.kind) {
      case "STATE": {
        const code = candidate.stateCode ?? "";
        add(`state:${code}`, L.states.byCode.get(code)?.name ?? candidate.surface, "STATE", candidate);
        break;
      }
      case "ORGANIZATION":
      case "GROUP":
      case "PLACE": {
        const kindPrefix = candidate.kind.toLowerCase();
        const name = candidate.canonical ?? titleCaseShouting(candidate.surface.replace(/^the\s+/i, ""));
        const actor = add(`${kindPrefix}:${normalizeName(name)}`, name, candidate.kind, candidate);
        if (candidate.affiliationCode) actor.affiliationKey = `state:${candidate.affiliationCode}`;
        break;
      }
      case "MEDIA":
        break; // handled above
      case "PERSON":
      case "PENDING":
        if (candidate.kind === "PENDING" && orgKeys.has(normalizeName(candidate.surface))) {
          add(`organization:${normalizeName(candidate.surface)}`, candidate.surface, "ORGANIZATION", candidate);
        } else {
          people.push(candidate);
        }
        break;
    }
  }

  for (const cluster of clusterPeople(people)) {
    const actor = add(cluster.key, canonicalName(cluster), "PERSON", null);
    actor.aliases = [...cluster.aliases];
    actor.mentions = cluster.mentions.map(({ start, end }) => ({ start, end }));
    if (cluster.description) actor.description = cluster.description;
    if (cluster.affiliationCode) actor.affiliationKey = `state:${cluster.affiliationCode}`;
    mentions.push(...cluster.mentions);
  }
  for (const candidate of people.filter((c) => c.kind === "PENDING" && !c.personEvidence)) {
    if (!mentions.some((m) => m.start === candidate.start) && (isKnownPlace(candidate.surface) || candidate.afterPlacePreposition)) add(`place:${normalizeName(candidate.surface)}`, candidate.surface, "PLACE", candidate);
  }
  if (sourceName) add(`media:${mediaName(sourceName)}`, sourceName, "MEDIA", null);

  mergeAcronyms(actors, mentions);
  mergeBracketedAcronyms(actors, mentions, body);
  // Affiliations must point at actors of this article.
  for (const actor of actors.values()) {
    if (actor.affiliationKey && !actors.has(actor.affiliationKey)) {
      const code = actor.affiliationKey.slice("state:".length);
      const state = L.states.byCode.get(code);
      if (state) add(actor.affiliationKey, state.name, "STATE", null);
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { actors: [...actors.values()], byKey: actors, mentions };
}

/** "EU" and "European Union" in one article are one organisation. */
function mergeAcronyms(actors: Map<string, ExtractedActor>, mentions: ActorMention[]) {
  const organisations = [...actors.values()].filter((a) => a.kind === "ORGANIZATION");
  for (const short of organisations.filter((a) => /^[A-Z]{2,6}$/.test(a.name.replace(/\./g, "")))) {
    const full = organisations.find((a) => a !== short && initials(a.name) === short.name.replace(/\./g, ""));
    if (!full) continue;
    full.aliases.push(...short.aliases.filter((alias) => !full.aliases.includes(alias)));
    full.mentions.push(...short.mentions);
    for (const mention of mentions) if (mention.key === short.key) mention.key = full.key;
    actors.delete(short.key);
  }
}

/**
 * "the Kuwait News Agency (KUNA)": the acronym in brackets right after an
 * organisation's name is that organisation, whatever its letters, and so is
 * every later use of it.
 */
function mergeBracketedAcronyms(actors: Map<string, ExtractedActor>, mentions: ActorMention[], body: string) {
  const institution = (actor: ExtractedActor | undefined): actor is ExtractedActor => actor?.kind === "ORGANIZATION" || actor?.kind === "MEDIA";
  for (const mention of [...mentions]) {
    const full = actors.get(mention.key);
    const acronym = /^ \(([A-Z]{2,6})\)/.exec(body.slice(mention.end, mention.end + 10))?.[1];
    if (!acronym || !institution(full)) continue;
    const short = [...actors.values()].find((a) => a !== full && a.name === acronym);
    if (short) {
      if (!institution(short)) continue;
      if (short.kind === "MEDIA") full.kind = "MEDIA";
      for (const m of mentions) if (m.key === short.key) m.key = full.key;
      full.mentions.push(...short.mentions);
      actors.delete(short.key);
    }
    if (!full.aliases.includes(acronym)) full.aliases.push(acronym);
    for (const use of body.matchAll(new RegExp(`\\b${acronym}\\b`, "g"))) {
      const [start, end] = [use.index ?? 0, (use.index ?? 0) + acronym.length];
      if (mentions.some((m) => m.start < end && m.end > start)) continue;
      mentions.push({ key: full.key, start, end });
      full.mentions.push({ start, end });
    }
  }
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join("");
}

/** "BEIRUT" (a dateline) -> "Beirut". */
function titleCaseShouting(name: string): string {
  return /^[\p{Lu}\s'’-]{4,}$/u.test(name) ? name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep, letter) => sep + letter.toUpperCase()) : name;
}

function preferredMediaName(known: string, surface: string): string {
  return /\p{Lu}{2}/u.test(surface) && !/\p{Lu}{2}/u.test(known) ? surface : known;
}

/**
 * Full names first (same surname and compatible given names are one person), then
 * single names: attached to the person whose surname they match (the one named last
 * when two share it), or a person of their own when the text shows one.
 */
function clusterPeople(people: Candidate[]): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  const newCluster = (parts: NameParts): PersonCluster => {
    const cluster: PersonCluster = { key: `person:${clusters.length + 1}`, parts, fullForms: new Map(), aliases: new Set(), mentions: [] };
    clusters.push(cluster);
    return cluster;
  };
  const attach = (cluster: PersonCluster, candidate: Candidate, full: boolean) => {
    cluster.aliases.add(candidate.surface);
    cluster.mentions.push({ key: cluster.key, start: candidate.start, end: candidate.end });
    if (full) cluster.fullForms.set(candidate.surface, (cluster.fullForms.get(candidate.surface) ?? 0) + 1);
    if (candidate.description && (!cluster.description || candidate.description.length > cluster.description.length)) cluster.description = candidate.description;
    cluster.affiliationCode ??= candidate.affiliationCode;
  };

  const singles: Array<{ candidate: Candidate; parts: NameParts }> = [];
  for (const candidate of people) {
    const parts = nameParts(candidate.surface);
    if (!parts.surname) continue;
    if (parts.given.length === 0) {
      singles.push({ candidate, parts });
      continue;
    }
    const cluster =
      clusters.find((c) => c.parts.given.length > 0 && sameSurname(c.parts, parts) && sameGivenNames(c.parts, parts)) ?? newCluster(parts);
    if (parts.given.length > cluster.parts.given.length) cluster.parts = parts;
    attach(cluster, candidate, true);
  }
  singles.sort((a, b) => a.candidate.start - b.candidate.start);
  // A single name the text shows to be a person ("Hamdan said") makes a person, so earlier bare mentions find it too.
  // "Wang Yi" ... "Wang said": a two-word name written family name first, shortened to its first word.
  const familyNameFirst = (parts: NameParts) =>
    onlyOne(clusters.filter((c) => c.parts.given.length === 1 && c.parts.given[0] === parts.surname));
  for (const { candidate, parts } of singles) {
    if (candidate.personEvidence && !clusters.some((c) => sameSurname(c.parts, parts)) && !familyNameFirst(parts)) newCluster(parts);
  }
  // Singles in text order, so "the one named last" means last before this mention.
  for (const { candidate, parts } of singles) {
    const matching = clusters.filter((c) => sameSurname(c.parts, parts));
    let cluster: PersonCluster | undefined;
    if (matching.length === 1) cluster = matching[0];
    else if (matching.length > 1) {
      const firstMention = (c: PersonCluster) => Math.min(...c.mentions.map((m) => m.start));
      const before = matching.filter((c) => firstMention(c) < candidate.start);
      cluster = before.sort((a, b) => lastMentionBefore(b, candidate.start) - lastMentionBefore(a, candidate.start))[0] ?? matching[0];
    }
    if (!cluster && candidate.personEvidence) cluster = familyNameFirst(parts);
    if (cluster) attach(cluster, candidate, false);
  }
  return clusters.filter((cluster) => cluster.mentions.length > 0);
}

const onlyOne = <T>(items: T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

function lastMentionBefore(cluster: PersonCluster, position: number): number {
  return Math.max(-1, ...cluster.mentions.filter((m) => m.start < position).map((m) => m.start));
}

/** The most frequent full form, then the longest; a single name when that is all the article gives. */
function canonicalName(cluster: PersonCluster): string {
  const forms = [...cluster.fullForms.entries()].sort((a, b) => b[1] - a[1] || b[0].split(" ").length - a[0].split(" ").length);
  if (forms.length > 0) return stripHonorific(forms[0][0]);
  return stripHonorific([...cluster.aliases].sort((a, b) => b.length - a.length)[0]);
}

function stripHonorific(name: string): string {
  return name.replace(/^(Mr|Mrs|Ms|Dr|Prof|Sir)\.?\s+/, "");
}
