// Loads the lexicons once (module load) and indexes them for the pipeline:
// every lookup during extraction is a Set or Map hit.
import countries from "world-countries";
import boilerplate from "./boilerplate.json";
import events from "./events.json";
import organisations from "./organisations.json";
import particles from "./particles.json";
import roles from "./roles.json";
import speech from "./speech.json";
import states from "./states.json";
import topics from "./topics.json";

export interface StateEntry {
  /** ISO 3166-1 alpha-3. */
  code: string;
  name: string;
  names: string[];
}

const lower = (words: string[]) => new Set(words.map((word) => word.toLowerCase()));

function buildStates() {
  const byCode = new Map<string, StateEntry>();
  const byName = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  const capitals = new Map<string, string>();
  const ambiguousCapitals = lower(states.ambiguousCapitals);
  // Sovereign states first, so "French" or "American" goes to the state, not a territory.
  const ordered = [...countries].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
  const extraNames = states.extraNames as Record<string, string[]>;
  const extraDemonyms = states.extraDemonyms as Record<string, string[]>;
  const preferredNames = states.preferredNames as Record<string, string>;
  for (const country of ordered) {
    const code = country.cca3;
    const name = preferredNames[code] ?? country.name.common;
    const names = [country.name.common, country.name.official, ...(extraNames[code] ?? [])];
    for (const alt of country.altSpellings) if (alt.length > 3 && /^[A-Za-z .'-]+$/.test(alt)) names.push(alt);
    byCode.set(code, { code, name, names: [...new Set(names)] });
    for (const alias of names) if (!byName.has(alias.toLowerCase())) byName.set(alias.toLowerCase(), code);
    const demonyms = [country.demonyms?.eng?.m, country.demonyms?.eng?.f, ...(extraDemonyms[code] ?? [])];
    for (const demonym of demonyms) if (demonym && !byDemonym.has(demonym.toLowerCase())) byDemonym.set(demonym.toLowerCase(), code);
    if (country.independent) {
      for (const capital of country.capital ?? []) {
        if (!ambiguousCapitals.has(capital.toLowerCase()) && !capitals.has(capital.toLowerCase())) capitals.set(capital.toLowerCase(), code);
      }
    }
  }
  for (const word of states.notStates) byDemonym.delete(word.toLowerCase());
  const seats = new Map(Object.entries(states.seatsOfPower).map(([seat, code]) => [seat.toLowerCase(), code]));
  return { byCode, byName, byDemonym, capitals, seats };
}

function compilePatterns(patterns: string[]): RegExp[] {
  return patterns.map((pattern) => new RegExp(pattern, "iu"));
}

const stateIndex = buildStates();

export const lexicons = {
  boilerplate: {
    footerStarts: compilePatterns(boilerplate.footerStarts),
    dropLines: compilePatterns(boilerplate.dropLines),
    inlineStrips: boilerplate.inlineStrips.map((pattern) => new RegExp(pattern, "giu")),
    iconWords: lower(boilerplate.iconWords),
    appealWords: boilerplate.appealWords,
  },
  states: {
    ...stateIndex,
    notStates: lower(states.notStates),
    regions: lower(states.regions),
  },
  roles: {
    heads: lower(roles.roleHeads),
    modifiers: lower(roles.roleModifiers),
    portfolios: lower(roles.portfolios),
    ranks: lower(roles.ranks),
  },
  particles: {
    name: lower(particles.nameParticles),
    hyphenPrefixes: lower(particles.hyphenPrefixes),
    honorifics: lower(particles.honorifics),
  },
  organisations: {
    heads: new Set(organisations.orgHeads),
    companyEnds: new Set(organisations.companyEnds),
    companyBefore: lower(organisations.companyBefore),
    acronyms: new Set(organisations.orgAcronyms),
    acronymNames: new Map(Object.entries(organisations.acronymNames as Record<string, string>)),
    placeHeads: new Set(organisations.placeHeads),
    nonActorHeads: new Set(organisations.nonActorHeads),
    notActorWords: new Set(organisations.notActorWords),
    numberedNouns: new Set(organisations.numberedNouns),
    mediaSuffixes: new Set(organisations.mediaSuffixes),
    mediaBefore: organisations.mediaBefore.map((cue) => cue.toLowerCase()),
    mediaAfter: organisations.mediaAfter.map((cue) => cue.toLowerCase()),
    newsAgencies: new Map(organisations.newsAgencies.map((name) => [name.toLowerCase(), name])),
    groups: new Map(
      Object.entries(organisations.groups).flatMap(([canonical, forms]) =>
        forms.map((form) => [form.toLowerCase(), canonical] as [string, string]),
      ),
    ),
  },
  speech: {
    finite: lower(speech.finite),
    participles: lower(speech.participles),
    coordinated: lower(speech.coordinated),
    passiveAs: lower(speech.passiveAs),
    needsNext: new Map(Object.entries(speech.needsNext as Record<string, string[]>).map(([verb, next]) => [verb, new Set(next)])),
    adverbs: speech.adverbs.map((adverb) => adverb.toLowerCase()),
    sourceNouns: lower(speech.sourceNouns),
    collectiveHeads: lower(speech.collectiveHeads),
    unattributedSubjects: lower(speech.unattributedSubjects),
  },
  events: {
    kinds: Object.entries(events.kinds) as Array<[string, string[]]>,
    futureCues: events.futureCues,
    cancelCues: events.cancelCues,
    compatibleKinds: events.compatibleKinds,
    delegationMembers: lower(events.delegationMembers),
  },
  topics: topics as { threshold: number; saturation: number; topics: Record<string, Record<string, number>> },
};

export type Lexicons = typeof lexicons;
