// People in Russian text: mentions of one person in different cases
// ("Сергей Лавров", "Лаврова", "Лавровым") clustered by name stems, then named.
// The canonical name is the Latin transliteration of the name in the
// nominative ("Sergey Lavrov"), which is what English reports and the store's
// alias keys use; the Cyrillic forms as seen stay aliases.
import { genderOfGivenName, ru } from "./lexicon";
import { type Gender, lowerRu, nominativeWord, sameNameWord } from "./morphology";
import { transliterate } from "./transliterate";

export interface PersonCandidate {
  start: number;
  end: number;
  surface: string;
  /** The name's words as written, particles included: ["Фейсалом", "Бен", "Фарханом", "Аль", "Саудом"]. */
  words: string[];
  description?: string;
  affiliationCode?: string;
  /** The text shows a person: a title, a given name, a reporting verb after it. */
  personEvidence: boolean;
  /** A title in the genitive or accusative stands before it ("принял посла Назиха ..."). */
  genitiveTitle?: boolean;
  /** A place preposition stands before it ("в Лиссабоне"): a place, unless it is a person's name. */
  afterPlacePreposition?: boolean;
}

export interface PersonCluster {
  key: string;
  /** Full names (given name and surname) as written, each a word list. */
  fullForms: string[][];
  singles: string[][];
  aliases: Set<string>;
  /** Forms (words joined) seen after a title in the genitive or accusative. */
  genitiveForms: Set<string>;
  mentions: Array<{ start: number; end: number }>;
  description?: string;
  affiliationCode?: string;
}

export const isParticle = (word: string) => ru.particles.has(lowerRu(word));
const nameWords = (words: string[]) => words.filter((word) => !isParticle(word));
const isInitial = (word: string) => /^\p{Lu}(\.?\p{Lu})?\.?$/u.test(word);

function sameGiven(a: string, b: string): boolean {
  if (isInitial(a) || isInitial(b)) return lowerRu(a)[0] === lowerRu(b)[0];
  return sameNameWord(a, b);
}

/** Full names by surname and compatible given name; single names to the full name they shorten, or a person of their own when the text shows one. */
export function clusterPeople(candidates: PersonCandidate[]): { clusters: PersonCluster[]; unattached: PersonCandidate[] } {
  const clusters: PersonCluster[] = [];
  const newCluster = (): PersonCluster => {
    const cluster: PersonCluster = { key: `person:${clusters.length + 1}`, fullForms: [], singles: [], aliases: new Set(), genitiveForms: new Set(), mentions: [] };
    clusters.push(cluster);
    return cluster;
  };
  const surnameOf = (cluster: PersonCluster) => nameWords(cluster.fullForms[0] ?? cluster.singles[0]).at(-1)!;
  const attach = (cluster: PersonCluster, candidate: PersonCandidate, full: boolean) => {
    (full ? cluster.fullForms : cluster.singles).push(candidate.words);
    cluster.aliases.add(candidate.surface);
    if (candidate.genitiveTitle) cluster.genitiveForms.add(candidate.words.join(" "));
    cluster.mentions.push({ start: candidate.start, end: candidate.end });
    if (candidate.description && (!cluster.description || candidate.description.length > cluster.description.length)) cluster.description = candidate.description;
    cluster.affiliationCode ??= candidate.affiliationCode;
  };
  const singles: PersonCandidate[] = [];
  for (const candidate of candidates) {
    const words = nameWords(candidate.words);
    if (words.length < 2) {
      singles.push(candidate);
      continue;
    }
    const cluster =
      clusters.find((c) => c.fullForms.length > 0 && sameNameWord(surnameOf(c), words.at(-1)!) && sameGiven(nameWords(c.fullForms[0])[0], words[0])) ?? newCluster();
    attach(cluster, candidate, true);
  }
  const matching = (candidate: PersonCandidate) => clusters.filter((c) => sameNameWord(surnameOf(c), nameWords(candidate.words)[0]));
  for (const candidate of singles) if (candidate.personEvidence && matching(candidate).length === 0) attach(newCluster(), candidate, false);
  const unattached: PersonCandidate[] = [];
  for (const candidate of singles) {
    if (clusters.some((c) => c.mentions.some((m) => m.start === candidate.start))) continue;
    // Of two people sharing a surname, the one named last before the mention.
    const before = (c: PersonCluster) => Math.max(-1, ...c.mentions.filter((m) => m.start < candidate.start).map((m) => m.start));
    const cluster = matching(candidate).sort((a, b) => before(b) - before(a))[0];
    if (cluster) attach(cluster, candidate, false);
    else unattached.push(candidate);
  }
  return { clusters, unattached };
}

function genderOf(forms: string[][]): Gender {
  const words = forms.flatMap(nameWords);
  const surnames = forms.map((form) => nameWords(form).at(-1)!.toLowerCase());
  if (words.some((word) => /[^аеиоуыэюя](ом|ым)$|[ео]ем$/.test(word))) return "m"; // instrumental of a man's name
  if (surnames.some((word) => /(ов|ев|ин|ын|ский|цкий)$/.test(word))) return "m";
  const given = forms.map((form) => nameWords(form)).filter((form) => form.length >= 2).map((form) => genderOfGivenName(form[0]));
  if (given.includes("m")) return "m";
  if (given.includes("f")) return "f";
  return surnames.some((word) => /(ова|ева|ина|ына|ская|цкая|овой|евой|иной|ской)$/.test(word)) ? "f" : "m";
}

/**
 * One name in the nominative. Sure endings (-ом, -ым, -ой) are always undone; a
 * doubtful one (-а, -у, -е after a consonant) only when every word of the name
 * carries it ("Дональда Туска"), so that an indeclinable "Шойгу" stays.
 */
function nominative(form: string[], gender: Gender, genitiveTitle = false): string[] {
  const guesses = form.map((word) => (isParticle(word) ? { form: word, strength: "none" as const } : nominativeWord(word, gender)));
  const words = form.filter((word) => !isParticle(word));
  const ending = (word: string) => word.slice(-1);
  // A weak -а is also undone when another word of the name is surely in the genitive or accusative ("Фахада Аль-Аттыйю").
  // So is it after a title in that case ("посла ... Назиха Нагари").
  const accusative = genitiveTitle || guesses.some((guess, i) => guess.strength === "strong" && /[аяю]$/.test(form[i]));
  const sharedWeak = words.length >= 2 && (words.every((word) => ending(word) === ending(words[0])) || accusative);
  return form.map((word, i) => {
    const known = genderOfGivenName(word) && i === 0 ? knownGivenName(word) : undefined;
    if (known) return known;
    const guess = guesses[i];
    const weakFits = sharedWeak && (!genitiveTitle || word.endsWith("а"));
    return guess.strength === "strong" || (guess.strength === "weak" && weakFits) ? guess.form : word;
  });
}

/** "Сергея" -> "Сергей": the dictionary form of a given name the lexicon knows. */
function knownGivenName(word: string): string | undefined {
  for (const name of ru.givenNames.keys()) if (sameNameWord(name, word)) return name.charAt(0).toUpperCase() + name.slice(1);
  return undefined;
}

const oblique = (form: string[], gender: Gender) => form.filter((word) => !isParticle(word) && nominativeWord(word, gender).strength !== "none").length;

/** Latin form of a name: words transliterated, Arabic and other particles as English reports write them ("бен" -> "bin"). */
export function latinName(words: string[]): string {
  return words
    .map((word) => {
      const particle = ru.particles.get(lowerRu(word));
      if (!particle) return transliterate(word);
      const capital = /^\p{Lu}/u.test(word) && ["al", "el"].includes(particle);
      return capital ? particle.charAt(0).toUpperCase() + particle.slice(1) : particle;
    })
    .join(" ");
}

export interface PersonName {
  /** The canonical name: "Sergey Lavrov". */
  name: string;
  /** Latin forms to keep as aliases: the name and, when the text uses it alone, the surname. */
  latinAliases: string[];
  /** The name in the nominative as Russian writes it ("Фахад Аль-Аттыйя"), for Russian reports naming it in another case. */
  nominative: string;
}

/** The cluster's name: its least declined full form (else single form), put in the nominative and transliterated. */
export function personName(cluster: PersonCluster): PersonName {
  const forms = cluster.fullForms.length > 0 ? cluster.fullForms : cluster.singles;
  const gender = genderOf([...cluster.fullForms, ...cluster.singles]);
  const best = [...forms].sort((a, b) => oblique(a, gender) - oblique(b, gender) || nameWords(b).length - nameWords(a).length)[0];
  const words = nominative(best, gender, cluster.genitiveForms.has(best.join(" ")));
  const name = latinName(words);
  const latinAliases = [name];
  if (cluster.fullForms.length > 0 && cluster.singles.length > 0) latinAliases.push(latinName(nameWords(words).slice(-1)));
  return { name, latinAliases, nominative: words.join(" ") };
}
