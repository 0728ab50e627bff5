// Person-name structure and comparison: which part of a name is the surname,
// and whether two spellings can be the same person. Deliberately conservative:
// transliteration variants (Ahmad/Ahmed, Shaibani/Shibani, Sharaa/Shara/Sahraa)
// match, different given names never do.
import nlp from "compromise";
import { normalizeName } from "../../text/normalize";
import { lexicons } from "../lexicons";

const { honorifics: HONORIFICS } = lexicons.particles;
const NAME_PARTICLES = new Set([...lexicons.particles.name, ...lexicons.particles.hyphenPrefixes]);

export interface NameParts {
  /** Given names, honorifics and particles removed: ["asaad", "hassan"]. */
  given: string[];
  /** Surname unit without particles: "shaibani", "abu qasra" keeps "abu". */
  surname: string;
}

/** Splits a person's name (no role words) into given names and a surname unit. */
export function nameParts(name: string): NameParts {
  const words = name
    .split(/\s+/)
    .flatMap((word) => splitHyphenParticle(word))
    .filter((word) => !HONORIFICS.has(word.toLowerCase().replace(/\.$/, "")));
  let surnameStart = words.length - 1;
  while (surnameStart > 0 && NAME_PARTICLES.has(words[surnameStart - 1].toLowerCase())) surnameStart -= 1;
  const surname = normalizeName(words.slice(surnameStart).join(" "));
  const given = words
    .slice(0, surnameStart)
    .filter((word) => !NAME_PARTICLES.has(word.toLowerCase()))
    .map((word) => normalizeName(word));
  return { given, surname };
}

/** "al-Sharaa" -> ["al", "Sharaa"]; "Yunus-Bek" stays whole. */
function splitHyphenParticle(word: string): string[] {
  const match = /^([\p{L}]+)[-‐](\p{L}.*)$/u.exec(word);
  if (match && lexicons.particles.hyphenPrefixes.has(match[1].toLowerCase())) return [match[1], match[2]];
  return [word];
}

/** Letters only, doubled letters collapsed: "Sharaa" and "Shara" share "shara". */
export function skeleton(word: string): string {
  return normalizeName(word).replace(/[^a-z]/g, "").replace(/(.)\1+/g, "$1");
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => [i, ...new Array<number>(cols - 1).fill(0)]);
  for (let j = 1; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[rows - 1][cols - 1];
}

/** Two spellings of one name part: equal skeletons, or one edit apart when both are long enough to tell (five letters: "Kang" and "Wang" are two names). */
export function sameNamePart(a: string, b: string, minLength = 5): boolean {
  const x = skeleton(a);
  const y = skeleton(b);
  if (x === y) return true;
  if (x.length < minLength || y.length < minLength) return false;
  return editDistance(x, y) <= 1;
}

export function sameSurname(a: NameParts, b: NameParts): boolean {
  const aWords = a.surname.split(" ");
  const bWords = b.surname.split(" ");
  if (aWords.length !== bWords.length) return false;
  return aWords.every((word, i) => sameNamePart(word, bWords[i]) || sameNamePart(withoutGluedArticle(word), withoutGluedArticle(bWords[i])));
}

/** "albusaidi" -> "busaidi": the Arabic article written into the surname ("Albusaidi" is "Al-Busaidi"). */
export function withoutGluedArticle(word: string): string {
  return word.replace(/^(al|el)(?=[a-z]{4,}$)/, "");
}

/** Given names agree: the first one matches (allowing an initial or a one-letter variant of a long name). */
export function sameGivenNames(a: NameParts, b: NameParts): boolean {
  if (a.given.length === 0 || b.given.length === 0) return true;
  const x = a.given[0];
  const y = b.given[0];
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return sameNamePart(x, y, 5);
}

const NAME_TAGS = new Set(["MaleName", "FemaleName", "FirstName", "LastName", "Person", "ProperNoun"]);
const PLACE_TAGS = new Set(["City", "Region", "Place", "Country"]);
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const tagsOf = (word: string): string[] => {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
};

/** An ordinary English word (a capital only because it opens a sentence): "Beyond", "Talks", "However". */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0) return /ly$/i.test(word);
  return !tags.some((tag) => NAME_TAGS.has(tag) || PLACE_TAGS.has(tag) || tag === "Organization" || tag === "Demonym");
}

/** compromise knows the word as a given name or surname. */
export function isKnownName(word: string): boolean {
  return tagsOf(word).some((tag) => NAME_TAGS.has(tag));
}

/** compromise has no entry for the word at all (a rare given name, a transliteration). */
export const isUnknownWord = (word: string) =>
  tagsOf(word).length === 0 && !lexicons.states.byName.has(word.toLowerCase()) && !lexicons.states.capitals.has(word.toLowerCase());

/** compromise knows the word as a city or region. */
export function isKnownPlace(word: string): boolean {
  return tagsOf(word).some((tag) => tag === "City" || tag === "Region" || tag === "Place");
}

const VERB_TAGS = new Set(["PresentTense", "PastTense", "Copula", "Modal", "Verb", "Infinitive"]);

/** A finite verb ("sees", "has", "wants"): a capital before it is acting, so it stands for its state. */
export function isVerbWord(word: string): boolean {
  return tagsOf(word).some((tag) => VERB_TAGS.has(tag)) || /^(is|was|has|have|had|will|would|can|could|should|must|might|sees|says|said|wants|remains|refused|rejected|insists|believes)$/.test(word);
}

/** "m" or "f" when compromise knows the first given name as a male or female name. */
export function genderOf(name: string): "m" | "f" | undefined {
  const first = name.split(/\s+/)[0] ?? "";
  const tags = tagsOf(first);
  if (tags.includes("MaleName")) return "m";
  if (tags.includes("FemaleName")) return "f";
  return undefined;
}
