// Name keys as cross-article resolution compares them: trigram similarity as
// pg_trgm computes it, spelling-insensitive name words, transliteration and
// letter folding, and the variant forms of a body's name.
import { distance } from "fastest-levenshtein";
import { withoutGluedArticle } from "./pipeline/names";

/** Trigram similarity of two name keys, computed as pg_trgm does (words padded, set overlap). */
export function trigramSimilarity(a: string, b: string): number {
  const grams = (text: string) => {
    const set = new Set<string>();
    for (const word of text.split(" ").filter(Boolean)) {
      const padded = `  ${word} `;
      for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
    }
    return set;
  };
  const left = grams(a);
  const right = grams(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}

/**
 * A spelling-insensitive form of one name word: transliterations of the same
 * name (Ahmad/Ahmed, Aleksandr/Alexander, Sergey/Sergei) share it.
 */
function nameSkeleton(word: string): string {
  return word
    .replace(/ks/g, "x")
    .replace(/ph/g, "f")
    .replace(/gh/g, "k") // Persian/Arabic qaf and ghayn: Araghchi, Araqchi, Arakchi
    .replace(/c/g, "k")
    .replace(/q/g, "k")
    .replace(/[aeiouy']/g, "")
    .replace(/(.)\1+/g, "$1");
}

/**
 * Two words that are the same name spelled differently. Short skeletons say
 * too little (Omar and Amer are both "mr"): they must also start alike.
 */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b || withoutGluedArticle(a) === withoutGluedArticle(b)) return true;
  const skeleton = nameSkeleton(a);
  if (skeleton === nameSkeleton(b) && (skeleton.length >= 3 || (skeleton.length === 2 && a[0] === b[0]))) return true;
  return Math.min(a.length, b.length) >= 5 && distance(a, b) <= 1;
}

/**
 * A Latin name key with the letters transliterations disagree on folded
 * (Khasan/Hassan, Yuriy/Yuri, Aleksandr/Alexander); vowels stay, so trigram
 * similarity still means something.
 */
export function looseNameKey(key: string): string {
  return key
    .split(" ")
    .map((word) => word.replace(/kh/g, "h").replace(/ks/g, "x").replace(/y/g, "i").replace(/(.)\1+/g, "$1"))
    .join(" ");
}

/** Spellings English gives a transliterated surname: "zelenskiy" is also "zelensky", "zelenski". */
export function surnameSpellings(surname: string): string[] {
  return [...new Set([surname, looseNameKey(surname), surname.replace(/[iy]y$/, "y"), surname.replace(/[iy]y$/, "i")])];
}

export const words = (key: string) => key.split(" ").filter(Boolean);
export const isFullName = (key: string) => words(key).length >= 2;
export const lastWord = (key: string) => words(key).at(-1) ?? "";

/**
 * Two full person names agree on the given name and the surname, spelling
 * aside; or a name of three words or more begins the other (Mohammed bin
 * Salman, Mohammed bin Salman Al Saud).
 */
export function personNamesAgree(a: string, b: string): boolean {
  const [shorter, longer] = [words(a), words(b)].sort((x, y) => x.length - y.length);
  if (!sameNameWord(shorter[0], longer[0])) return false;
  if (sameNameWord(shorter.at(-1)!, longer.at(-1)!)) return true;
  return shorter.length >= 3 && shorter.every((word, i) => sameNameWord(word, longer[i]));
}

/** "Tayyip Erdogan" and "Recep Tayyip Erdogan": a full name that leaves out the first given name ends the other. */
export function dropsFirstGivenName(a: string, b: string): boolean {
  const [shorter, longer] = [words(a), words(b)].sort((x, y) => x.length - y.length);
  const tail = longer.slice(longer.length - shorter.length);
  return shorter.length >= 2 && longer.length > shorter.length && shorter.every((word, i) => sameNameWord(word, tail[i]!));
}

/** Letters that Latin alphabets of the Caucasus and Central Asia keep after diacritics go: "hikmət hacıyev" is "hikmet haciyev". */
export function foldLetters(key: string): string {
  return key.replace(/ə/g, "e").replace(/ı/g, "i").replace(/ş/g, "sh").replace(/ç/g, "ch").replace(/ğ/g, "g");
}

/** "pinnacle communications ltd" is "pinnacle communications": a company's legal suffix, when a name is left without it. */
export function withoutCompanySuffix(key: string): string[] {
  const bare = key.replace(/\s+(?:ltd|limited|inc|plc|llc|corp|corporation|co)\.?$/, "");
  return bare !== key && isFullName(bare) ? [bare] : [];
}

/** "russian ministry of foreign affairs" and "russian foreign ministry": the two ways English names one ministry. */
export function ministryForms(key: string): string[] {
  const ofForm = /^(.*?)\s*ministry of (?:the )?([a-z]+(?: affairs)?)$/.exec(key);
  if (ofForm) return [`${ofForm[1]} ${ofForm[2]!.replace(/^foreign affairs$/, "foreign")} ministry`.trim()];
  const short = /^(.*?)\s*\b([a-z]+) ministry$/.exec(key);
  if (!short) return [];
  const portfolio = short[2] === "foreign" ? "foreign affairs" : short[2]!;
  return [`${short[1]} ministry of ${portfolio}`.trim()];
}
