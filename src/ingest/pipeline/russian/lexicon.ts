// The Russian vocabulary (lexicon.json), indexed by stem once at module load,
// and the Russian names of states from world-countries (translations.rus),
// mapped to the same ISO codes, and so the same STATE actors, as English text.
import countries from "world-countries";
import { lexicons } from "../../lexicons";
import raw from "./lexicon.json";
import { lowerRu, sameNameWord, stem, stems, type Gender } from "./morphology";

/** A phrase of the vocabulary as a sequence of word stems, with what it stands for. */
export interface PhraseEntry<T> {
  stems: string[];
  value: T;
}

/** Phrases indexed by their first stem, longest first, for a longest match over tokens. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, PhraseEntry<T>[]>();

  add(phrase: string, value: T) {
    const entry = { stems: stems(phrase), value };
    const list = this.byFirst.get(entry.stems[0]) ?? [];
    if (list.some((known) => known.stems.join(" ") === entry.stems.join(" "))) return;
    list.push(entry);
    list.sort((a, b) => b.stems.length - a.stems.length);
    this.byFirst.set(entry.stems[0], list);
  }

  /** The longest phrase starting at words[at] (given as stems), with its length in words. */
  match(wordStems: string[], at: number): { value: T; length: number } | undefined {
    for (const entry of this.byFirst.get(wordStems[at]) ?? []) {
      if (entry.stems.every((s, i) => wordStems[at + i] === s)) return { value: entry.value, length: entry.stems.length };
    }
    return undefined;
  }
}

const stemSet = (words: string[]) => new Set(words.map(stem));

function buildStates() {
  const names = new PhraseIndex<string>();
  for (const country of countries) {
    const rus = country.translations?.rus;
    if (!rus) continue;
    // Sovereign states win a shared name, as in the English index.
    if (country.independent !== false || !names.match(stems(rus.common), 0)) {
      names.add(rus.common, country.cca3);
      names.add(rus.official, country.cca3);
    }
  }
  for (const [code, extra] of Object.entries(raw.states as Record<string, string[]>)) for (const name of extra) names.add(name, code);
  const seats = new PhraseIndex<string>();
  for (const [seat, code] of Object.entries(raw.seats as Record<string, string>)) seats.add(seat, code);
  const demonyms = new Map<string, string>();
  for (const [code, words] of Object.entries(raw.demonyms as Record<string, string[]>)) for (const word of words) demonyms.set(stem(word), code);
  return { names, seats, demonyms };
}

function buildTitles() {
  const heads = new Map<string, string>();
  for (const head of raw.titleHeads) heads.set(stem(head), head);
  for (const [head, forms] of Object.entries(raw.titleForms as Record<string, string[]>)) for (const form of forms) heads.set(stem(form), head);
  return { heads, modifiers: stemSet(raw.titleModifiers) };
}

function buildOrganisations() {
  const named = new PhraseIndex<string>();
  for (const [russian, english] of Object.entries(raw.organisations as Record<string, string>)) named.add(russian, english);
  const ministries = new PhraseIndex<string>();
  for (const [portfolio, english] of Object.entries(raw.ministries as Record<string, string>)) ministries.add(portfolio, english);
  return { named, ministries, heads: stemSet(raw.orgHeads), documentHeads: stemSet(raw.documentHeads) };
}

/** A Latin spelling with transliteration differences folded: "Interfaks" and "Interfax" agree. */
export function looseLatin(text: string): string {
  return text
    .toLowerCase()
    .replace(/ks/g, "x")
    .replace(/kh/g, "h")
    .replace(/y/g, "i")
    .replace(/[^a-z0-9 ]/g, "")
    .replace(/(.)\1+/g, "$1")
    .trim();
}

const givenNames = new Map<string, Gender>();
for (const gender of ["m", "f"] as const) for (const name of raw.givenNames[gender]) givenNames.set(lowerRu(name), gender);

/** Past forms of a reporting verb from its stem: заяви -> заявил, заявила, заявили, заявило; опроверг -> опроверг, опровергла. */
function pastForms(verbStem: string): string[] {
  const suffix = /[аеиоуыэюя]$/.test(verbStem) ? "л" : "";
  return [`${verbStem}${suffix}`, ...["а", "и", "о"].map((ending) => `${verbStem}л${ending}`)];
}

export const ru = {
  states: buildStates(),
  titles: buildTitles(),
  organisations: buildOrganisations(),
  particles: new Map(Object.entries(raw.particles as Record<string, string>)),
  givenNames,
  /** English outlet names by their loose Latin form: a transliterated "РИА Новости" finds "RIA Novosti". */
  newsAgencies: new Map([...lexicons.organisations.newsAgencies.values()].map((name) => [looseLatin(name), name])),
  speech: {
    verbs: new Set([...raw.speech.pastStems.flatMap(pastForms), ...raw.speech.present]),
    according: raw.speech.according,
    statementNouns: stemSet(raw.speech.statementNouns),
  },
  unnamedSources: stemSet(raw.unnamedSources),
  anaphora: stemSet(raw.anaphora),
  mediaNouns: stemSet(raw.mediaNouns),
  mediaVerbs: new Set(raw.mediaVerbs.map(lowerRu)),
  regions: (() => {
    const regions = new PhraseIndex<string>();
    for (const region of raw.regions) regions.add(region, region);
    return regions;
  })(),
  neverNames: new Set(raw.neverNames),
  events: raw.events as Record<string, string[]>,
  futureCues: raw.futureCues,
  cancelCues: raw.cancelCues,
};

/** The gender a given name shows, in any case form ("Сергея" -> m). */
export function genderOfGivenName(word: string): Gender | undefined {
  const exact = givenNames.get(lowerRu(word));
  if (exact) return exact;
  for (const [name, gender] of givenNames) if (sameNameWord(name, word)) return gender;
  return undefined;
}
