// Stage 3 for Russian text: the same ActorIndex the English stage gives.
//
// Russian capitalises only proper names and the first word of a body's name
// ("Министерство иностранных дел России"), so runs are capitalised words plus,
// after an organisation noun, the lower-case genitive words of its name. A run
// is read left to right: lexicon bodies ("Совет Безопасности ООН"), states in
// any case, outlets (a transliteration English lexicons know: "РИА Новости"),
// organisation nouns with their complements, titles, and names. Names get the
// title read leftwards from them (titles.ts) and are clustered into people
// (people.ts). States, bodies and outlets get their English names, so that
// they are the actors English reports name.
import type { ActorKind } from "../../../generated/prisma/enums";
import type { ActorIndex } from "../actors";
import { isSubheading } from "../clean";
import { type Sentence, type Token, tokenize } from "../sentences";
import { buildActorIndex, type Candidate } from "./actor-index";
import { genderOfGivenName, looseLatin, ru } from "./lexicon";
import { isAcronym, lowerRu, nameStem, stem, stems } from "./morphology";
import { isParticle, type PersonCandidate } from "./people";
import { demonymCodes, englishDemonym, stateAt, stateName, stemsOf } from "./states";
import { isTitleHead, titleBefore, VERB_LIKE } from "./titles";
import { transliterate } from "./transliterate";

/** A capital, or a name particle hyphenated to one ("аль-Ахмеда"). */
const HYPHENED_PARTICLE = new RegExp(`^(?:${[...ru.particles.keys()].join("|")})-\\p{Lu}`, "u");
const isCap = (token: Token) => /^\p{Lu}/u.test(token.text) || HYPHENED_PARTICLE.test(token.text);
const PLACE_PREPOSITIONS = new Set(["в", "во", "на", "из", "вне", "до", "под", "около", "возле", "близ", "через"]);
const GENITIVE = /(?:а|я|ы|и|ой|ей|ого|его|ых|их|ов|ев|ий|ств|дел|сил|стран|наций)$/;
const ADJECTIVAL = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ской|ском)$/;

export function extractRussianActors(body: string, sentences: Sentence[]): ActorIndex {
  const capitalisedInside = capitalisedMidSentence(body, sentences);
  const candidates: Candidate[] = [];
  const people: PersonCandidate[] = [];
  for (const sentence of sentences) {
    if (isSubheading(sentence)) continue;
    const tokens = tokenize(sentence.text, sentence.start);
    for (const [i, token] of tokens.entries()) {
      if (isCap(token) || demonymBefore(token, tokens[i + 1], body) || namesLanguage(token, tokens[i + 1])) continue;
      const ministry = foreignMinistryPeriphrasis(tokens, i, body);
      if (ministry) candidates.push(ministry);
      // Lower-case demonyms and their compounds: "российско-саудовских" names both states, each by its part.
      const codes = demonymCodes(token.text);
      let offset = token.start;
      for (const [p, part] of token.text.split(/[-‐]/).entries()) {
        if (codes[p]) candidates.push(state(codes[p], { ...token, text: part, start: offset, end: offset + part.length }, body));
        offset += part.length + 1;
      }
    }
    for (const run of buildRuns(tokens, body)) readRun(run, tokens, body, capitalisedInside, candidates, people);
  }
  return buildActorIndex(candidates, people);
}

/** "на русском языке": a demonym naming a language, not the state. */
const namesLanguage = (token: Token, next: Token | undefined) => next !== undefined && stem(next.text) === "язык" && demonymCodes(token.text).length === 1;

/** "российское дипведомство", "российского внешнеполитического ведомства": that state's foreign ministry, as news writes it in lower case. */
function foreignMinistryPeriphrasis(tokens: Token[], i: number, body: string): Candidate | undefined {
  const codes = demonymCodes(tokens[i].text);
  if (codes.length !== 1 || !tokens[i + 1] || body.slice(tokens[i].end, tokens[i + 1].start) !== " ") return undefined;
  const next = stem(tokens[i + 1].text);
  const length = next === "дипведомств" ? 2 : next === "внешнеполитическ" && tokens[i + 2] && stem(tokens[i + 2].text) === "ведомств" ? 3 : 0;
  const demonym = englishDemonym(codes[0]);
  if (length === 0 || !demonym) return undefined;
  const name = `${demonym} Foreign Ministry`;
  const end = tokens[i + length - 1].end;
  return { kind: "ORGANIZATION", start: tokens[i].start, end, surface: body.slice(tokens[i].start, end), key: `organization:${looseLatin(name)}`, name, affiliationCode: codes[0] };
}

/** A lower-case demonym standing right before a body's noun: the body's affiliation, not a mention of its own. */
function demonymBefore(token: Token, next: Token | undefined, body: string): boolean {
  return next !== undefined && !isCap(token) && body.slice(token.end, next.start) === " " && isOrgHead(next) && demonymCodes(token.text).length === 1;
}

function state(code: string, token: Token, body: string): Candidate {
  return { kind: "STATE", start: token.start, end: token.end, surface: body.slice(token.start, token.end), key: `state:${code}`, name: stateName(code) };
}

// ---------------------------------------------------------------- runs

const gap = (body: string, a: Token, b: Token) => body.slice(a.end, b.start);
const adjacent = (body: string, a: Token, b: Token) => gap(body, a, b) === " " || (gap(body, a, b) === ". " && /^\p{Lu}$/u.test(a.text));
const isOrgHead = (token: Token) => ru.organisations.heads.has(stem(token.text));

/** A lower-case word continuing a body's name: "иностранных", "дел", "по", "международным", "делам". */
function continuesName(token: Token, previous: Token, next: Token | undefined): boolean {
  const word = lowerRu(token.text);
  if (isCap(token) || VERB_LIKE.test(word) || /\d/.test(word)) return false;
  if (word === "по") return isOrgHead(previous);
  if (word === "и") return next !== undefined && !isCap(next) && GENITIVE.test(lowerRu(next.text)); // "промышленности и торговли"
  // After "по" the name goes on in the dative: "Комитет по международным делам".
  const dative = /(ым|им|ам|ям)$/;
  return GENITIVE.test(word) || ((lowerRu(previous.text) === "по" || dative.test(lowerRu(previous.text))) && dative.test(word));
}

/** Capitalised words in a row, with name particles ("бен", "аль") and, after an organisation noun, its lower-case complements. */
function buildRuns(tokens: Token[], body: string): Token[][] {
  const runs: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i])) {
      i += 1;
      continue;
    }
    const run = [tokens[i]];
    let complements = 0;
    let j = i + 1;
    for (; j < tokens.length && adjacent(body, tokens[j - 1], tokens[j]); j++) {
      const next = tokens[j];
      if (isCap(next)) run.push(next);
      else if (isParticle(next.text) && tokens[j + 1] && isCap(tokens[j + 1]) && adjacent(body, next, tokens[j + 1])) run.push(next);
      else if ((isOrgHead(run[run.length - 1]) || complements > 0) && complements < 4 && continuesName(next, run[run.length - 1], tokens[j + 1])) {
        run.push(next);
        complements += 1;
      } else if (run.length === 1 && ADJECTIVAL.test(lowerRu(run[0].text)) && isOrgHead(next)) run.push(next); // "Федеральная служба"
      else break;
    }
    // A trailing "и" or "по" belongs to what follows.
    while (run.length > 1 && ["и", "по"].includes(run[run.length - 1].text)) run.pop();
    runs.push(run);
    i = tokens.indexOf(run[run.length - 1]) + 1;
  }
  return runs;
}

/** Stems of words the body capitalises where no sentence starts: there, a capital means a name. */
function capitalisedMidSentence(body: string, sentences: Sentence[]): Set<string> {
  const found = new Set<string>();
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text, sentence.start);
    tokens.forEach((token, i) => {
      if (i > 0 && isCap(token) && !opensClause(body, tokens, i)) found.add(nameStem(token.text));
    });
  }
  return found;
}

/** The token opens the sentence, a quotation or a clause after a colon or dash. */
function opensClause(body: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  return /[.!?:«"„“(\n]\s*$|^\s*[—–-]\s*$/.test(gap(body, tokens[i - 1], tokens[i]));
}

// ---------------------------------------------------------------- reading a run

function readRun(fullRun: Token[], tokens: Token[], body: string, capitalisedInside: Set<string>, out: Candidate[], people: PersonCandidate[]) {
  let run = fullRun;
  // A sentence's first word is capitalised whatever it is: keep it only when it names something.
  while (run.length > 0 && opensClause(body, tokens, tokens.indexOf(run[0])) && !namesSomething(run, tokens, capitalisedInside, body)) run = run.slice(1);
  if (run.length === 0) return;
  if (ru.neverNames.has(lowerRu(run[0].text)) && run.length > 0) run = run.slice(1);
  if (run.length === 0) return;
  const wordStems = stemsOf(tokens);
  const at = (token: Token) => tokens.indexOf(token);
  const surfaceOf = (first: number, end: number) => body.slice(tokens[first].start, tokens[end - 1].end);
  const push = (kind: ActorKind, first: number, end: number, key: string, name: string, affiliationCode?: string) =>
    out.push({ kind, start: tokens[first].start, end: tokens[end - 1].end, surface: surfaceOf(first, end), key, name, affiliationCode });
  // A document's name ("Договор о Европейском союзе") holds no actor.
  if (ru.organisations.documentHeads.has(wordStems[at(run[0])]) || inDocumentName(tokens, at(run[0]), body)) return;

  let nameTokens: Token[] = [];
  const flushName = () => {
    if (nameTokens.length > 0) readName(nameTokens, tokens, body, out, people);
    nameTokens = [];
  };
  let k = at(run[0]);
  const runEnd = at(run[run.length - 1]) + 1;
  while (k < runEnd) {
    const named = ru.organisations.named.match(wordStems, k);
    const region = ru.regions.match(wordStems, k);
    const stateMatch = stateAt(tokens, k);
    const media = mediaAt(tokens, k, runEnd);
    if (named && k + named.length <= runEnd) {
      flushName();
      push("ORGANIZATION", k, k + named.length, `organization:${looseLatin(named.value)}`, named.value);
      k += named.length;
    } else if (region && k + region.length <= runEnd) {
      flushName();
      push("PLACE", k, k + region.length, `place:${stems(surfaceOf(k, k + region.length)).join(" ")}`, transliterate(region.value));
      k += region.length;
    } else if (stateMatch && stateMatch.kind !== "demonym" && stateMatch.first === k && stateMatch.end <= runEnd) {
      flushName();
      push("STATE", k, stateMatch.end, `state:${stateMatch.code}`, stateName(stateMatch.code));
      k = stateMatch.end;
    } else if (stateMatch?.kind === "demonym") {
      flushName(); // "Египетский посол ...": a demonym opening the sentence
      push("STATE", k, k + 1, `state:${stateMatch.code}`, stateName(stateMatch.code));
      k += 1;
    } else if (media) {
      flushName();
      push("MEDIA", k, k + media.length, `media:${looseLatin(media.name)}`, media.name);
      k += media.length;
    } else if (isOrgHead(tokens[k]) && !(nameTokens.length === 0 && isTitleHead(tokens[k]))) {
      const adjectives = nameTokens.length > 0 && nameTokens.every((t) => ADJECTIVAL.test(lowerRu(t.text))) ? nameTokens.length : 0;
      nameTokens = nameTokens.slice(0, nameTokens.length - adjectives);
      flushName();
      k = readOrganisation(k - adjectives, k, runEnd, tokens, body, out);
    } else if (isTitleHead(tokens[k]) && nameTokens.length === 0) {
      k += 1; // "Министр ..." opening a sentence: a title, read again from the name it precedes
    } else if (ru.neverNames.has(lowerRu(tokens[k].text))) {
      flushName();
      k += 1;
    } else if (isAcronym(tokens[k].text) && nameTokens.length === 0 && /^,\s*\d{1,2}\s+\p{Ll}/u.test(body.slice(tokens[k].end, tokens[k].end + 12))) {
      // "МОСКВА, 21 октября. /ТАСС/": the dateline's city, in capitals.
      const name = transliterate(tokens[k].text.charAt(0) + lowerRu(tokens[k].text.slice(1)));
      push("PLACE", k, k + 1, `place:${stems(lowerRu(tokens[k].text)).join(" ")}`, name);
      k += 1;
    } else if (isAcronym(tokens[k].text) && nameTokens.length === 0 && !isParticle(tokens[k].text)) {
      const mediaCue = ru.mediaNouns.has(stem(tokens[k - 1]?.text ?? "")) || ru.mediaVerbs.has(lowerRu(tokens[k - 1]?.text ?? ""));
      const name = transliterate(tokens[k].text);
      push(mediaCue ? "MEDIA" : "ORGANIZATION", k, k + 1, `${mediaCue ? "media" : "organization"}:${looseLatin(name)}`, name);
      k += 1;
    } else if (!isCap(tokens[k]) && !isParticle(tokens[k].text)) {
      flushName(); // a lower-case complement with no body before it
      k += 1;
    } else {
      nameTokens.push(tokens[k]);
      k += 1;
    }
  }
  flushName();
}

/** "Договор о Европейском союзе", "соглашение между Ираном и ...": the run continues a document's name. */
function inDocumentName(tokens: Token[], first: number, body: string): boolean {
  for (let j = first - 1; j >= Math.max(0, first - 4); j--) {
    if (!/^ $/.test(gap(body, tokens[j], tokens[j + 1]))) return false;
    const word = lowerRu(tokens[j].text);
    if (["о", "об", "обо", "между"].includes(word)) return j > 0 && ru.organisations.documentHeads.has(stem(tokens[j - 1].text));
    if (isCap(tokens[j])) return false;
  }
  return false;
}

function namesSomething(run: Token[], tokens: Token[], capitalisedInside: Set<string>, body: string): boolean {
  const first = run[0];
  const index = tokens.indexOf(first);
  if (ru.neverNames.has(lowerRu(first.text))) return false;
  if (stateAt(tokens, index) || ru.organisations.named.match(stemsOf(tokens), index) || mediaAt(tokens, index, index + run.length)) return true;
  if (isTitleHead(first) || isOrgHead(first) || isAcronym(first.text) || ru.givenNames.has(lowerRu(first.text))) return true;
  if (capitalisedInside.has(nameStem(first.text))) return true;
  // "телеканалу «Звезда»": a name in quotes after an outlet's noun.
  const before = tokens[index - 1];
  if (before && ru.mediaNouns.has(stem(before.text)) && /^\s*[«"„“]$/.test(body.slice(before.end, first.start))) return true;
  // "Лавров заявил": a name followed by a reporting verb.
  const next = tokens[index + run.length];
  // (An adjective cannot stand alone before a verb, so "Зеленский заявил" is a name too.)
  return run.length === 1 && next !== undefined && ru.speech.verbs.has(lowerRu(next.text));
}

/** An outlet English lexicons know, by its transliteration ("РИА Новости" -> "RIA Novosti"), over one to three words. */
function mediaAt(tokens: Token[], k: number, runEnd: number): { name: string; length: number } | undefined {
  for (let length = Math.min(3, runEnd - k); length >= 1; length--) {
    const latin = transliterate(tokens.slice(k, k + length).map((t) => t.text).join(" "));
    const name = ru.newsAgencies.get(looseLatin(latin));
    if (name) return { name, length };
  }
  return undefined;
}

/** A body headed by tokens[head] ("МИД России", "Министерство иностранных дел"): pushes it and returns where it ends. */
function readOrganisation(first: number, head: number, runEnd: number, tokens: Token[], body: string, out: Candidate[]): number {
  let end = head + 1;
  let affiliationCode: string | undefined;
  while (end < runEnd) {
    const stateMatch = stateAt(tokens, end);
    if (stateMatch && stateMatch.kind !== "demonym") {
      affiliationCode ??= stateMatch.code;
      end = stateMatch.end;
    } else if (!isCap(tokens[end]) || isAcronym(tokens[end].text) || isOrgHead(tokens[end]) || ru.organisations.named.match(stemsOf(tokens), end)) end += 1;
    else break;
  }
  // "словацкого МИД", "российское министерство": a demonym right before the body belongs to its name.
  const before = tokens[first - 1];
  if (!affiliationCode && before && demonymBefore(before, tokens[first], body)) {
    affiliationCode = demonymCodes(before.text)[0];
    first -= 1;
  }
  const surface = body.slice(tokens[first].start, tokens[end - 1].end);
  const portfolio = ru.organisations.ministries.match(stemsOf(tokens), head) ?? ru.organisations.ministries.match(stemsOf(tokens), head + 1);
  let name: string;
  if (portfolio) {
    const demonym = affiliationCode ? englishDemonym(affiliationCode) : undefined;
    name = `${demonym ? `${demonym} ` : ""}${portfolio.value} Ministry`;
  } else {
    name = transliterate(surface);
  }
  const key = `organization:${portfolio ? looseLatin(name) : stems(surface).join(" ")}`;
  out.push({ kind: "ORGANIZATION", start: tokens[first].start, end: tokens[end - 1].end, surface, key, name, affiliationCode });
  return end;
}

/** An adjective and a lower-case noun in one case: "Исламского мира", "Исламский мир", "Исламском мире". */
function agreesWithNoun(adjective: string, noun: string): boolean {
  const a = lowerRu(adjective);
  const n = noun;
  if (!/^\p{Ll}+$/u.test(n) || VERB_LIKE.test(n) || ru.neverNames.has(n)) return false;
  if (/(ого|его)$/.test(a)) return /[ая]$/.test(n);
  if (/(ому|ему)$/.test(a)) return /[ую]$/.test(n);
  if (/(ым|им)$/.test(a)) return /(ом|ем)$/.test(n);
  if (/(ом|ем)$/.test(a)) return /[еи]$/.test(n);
  if (/(ий|ый|ой)$/.test(a)) return /[бвгджзклмнпрстфхцчшщь]$/.test(n);
  return false;
}

const ADMINISTRATIVE_UNIT = /^(?:республик|област|края?$|краю$|краем$|крае$|округ|район)/u;

/** A run of name words: a person (or a place, when nothing shows a person and a place preposition precedes it). */
function readName(nameTokens: Token[], tokens: Token[], body: string, out: Candidate[], people: PersonCandidate[]) {
  let words = nameTokens;
  // "главы Чечни Рамзана Кадырова": what stands before the given name is the title's complement, not the name.
  // (The given name is known, or the last two words share a case ending the first lacks: "Чечни | Рамзана Кадырова".)
  const given = words.findIndex((token, i) => i > 0 && i < words.length - 1 && genderOfGivenName(token.text) && !words.slice(0, i).some((w) => genderOfGivenName(w.text) || isParticle(w.text)));
  const ending = (token: Token) => lowerRu(token.text).slice(-1);
  const caseApart = words.length === 3 && !words.some((w) => isParticle(w.text)) && !genderOfGivenName(words[0].text) && /[ауе]/.test(ending(words[1])) && ending(words[1]) === ending(words[2]) && ending(words[0]) !== ending(words[1]);
  // "посла в Москве Абдуррахмана аль-Ахмеда": a place in the locative, after "в", before a name in another case.
  const opener = tokens[tokens.indexOf(words[0]) - 1];
  const placeFirst = opener !== undefined && ["в", "во"].includes(lowerRu(opener.text)) && body.slice(opener.end, words[0].start) === " " &&
    words.length >= 2 && /[еи]$/.test(lowerRu(words[0].text)) && ending(words[1]) !== ending(words[0]) && !genderOfGivenName(words[0].text);
  if (given > 0) words = words.slice(given);
  else if (caseApart || placeFirst) words = words.slice(1);
  // "министр Чеченской Республики (Джамбулат Умаров)": an administrative unit is a place, the name (if any) follows it.
  const unit = words.findLastIndex((token) => ADMINISTRATIVE_UNIT.test(lowerRu(token.text)));
  if (words.length > 1 && unit >= 1) words = words.slice(unit + 1);
  if (words.length === 0) return;
  while (words.length > 0 && isParticle(words[0].text)) words = words.slice(1);
  while (words.length > 0 && isParticle(words[words.length - 1].text)) words = words.slice(0, -1);
  if (words.length === 0) return;
  const first = tokens.indexOf(words[0]);
  const last = tokens.indexOf(words[words.length - 1]);
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const surface = body.slice(start, end);
  const texts = words.map((token) => token.text);
  const core = texts.filter((word) => !isParticle(word));
  const previous = tokens[first - 1];
  const before = previous ? body.slice(previous.end, start) : "";
  // "агентство Рейтер", "пишет «Коммерсант»": an outlet.
  const mediaCue = previous && /^\s*[«"„“]?$/.test(before) && (ru.mediaNouns.has(stem(previous.text)) || ru.mediaVerbs.has(lowerRu(previous.text)));
  if (mediaCue && !(core.length >= 2 && genderOfGivenName(core[0]))) {
    const name = transliterate(surface);
    out.push({ kind: "MEDIA", start, end, surface, key: `media:${looseLatin(name)}`, name });
    return;
  }
  const title = titleBefore(tokens, first, body);
  const next = tokens[last + 1];
  const speaks = next !== undefined && body.slice(end, next.start) === " " && ru.speech.verbs.has(lowerRu(next.text));
  const afterPlacePreposition = previous !== undefined && before === " " && PLACE_PREPOSITIONS.has(lowerRu(previous.text));
  // "Лиссабонский договор", "Европейского сообщества": capitalised adjectives name no person of their own;
  // a single one may still be the surname of one ("с Котовым", "Вишневского").
  const adjectival = ADJECTIVAL.test(lowerRu(core[0])) && !genderOfGivenName(core[0]);
  if (adjectival && core.length > 1 && !title && !speaks) return;
  // "лидеров Исламского мира": a lone adjective agreeing with the lower-case noun after it opens the name of a thing.
  if (adjectival && core.length === 1 && next && body.slice(end, next.start) === " " && agreesWithNoun(core[0], next.text)) return;
  people.push({
    start,
    end,
    surface,
    words: texts,
    description: title?.description,
    affiliationCode: title?.affiliationCode,
    genitiveTitle: title?.genitiveHead,
    personEvidence: core.length >= 2 || Boolean(title) || speaks,
    afterPlacePreposition: afterPlacePreposition && !adjectival,
  });
}
