// Just enough Russian morphology to match declined words: a suffix-stripping
// stemmer (every case form of "Россия", "Лавров", "министр" shares a stem) and
// the reverse step for names, the nominative of a declined name ("Фейсалом" ->
// "Фейсал", "Лаврова" -> "Лавров"), so that an actor first seen in an oblique
// case still gets its dictionary form as its name.

/** Inflectional endings of nouns and adjectives, longest first. */
const ENDINGS = [
  "иями", "ями", "ами", "ыми", "ими", "ого", "его", "ому", "ему", "ией", "иям", "иях", "ием", "ых", "их", "ой", "ей", "ою", "ею", "ом", "ем",
  "ым", "им", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ий", "ый", "ия", "ии", "ию", "ов", "ев", "ам", "ям", "ах", "ях",
  "а", "я", "о", "е", "и", "ы", "у", "ю", "ь", "й",
];
/** Names keep -ов/-ев/-ин: those are part of the surname ("Лавров"), not a genitive plural. */
const NAME_ENDINGS = ENDINGS.filter((ending) => !["ов", "ев", "ах", "ях", "ам", "ям", "ами", "ями", "иями", "ых", "их", "ые", "ие"].includes(ending));

export const lowerRu = (word: string) => word.toLowerCase().replace(/ё/g, "е");

function strip(word: string, endings: string[], minStem: number): string {
  const lowered = lowerRu(word);
  if (!/^[\u0400-\u04ff-]+$/.test(lowered)) return lowered; // Latin, digits: as they are
  for (const ending of endings) {
    if (lowered.endsWith(ending) && lowered.length - ending.length >= minStem) return lowered.slice(0, -ending.length);
  }
  return lowered;
}

/** Stem of an ordinary word ("министром" -> "министр", "Саудовской" -> "саудовск"). Acronyms stay whole. */
export function stem(word: string): string {
  if (isAcronym(word)) return lowerRu(word);
  return word.split(/[-‐]/).map((part) => strip(part, ENDINGS, 3)).join("-");
}

/** Stem of a name word: like `stem`, but "-ов", "-ин" stay ("Лавровым" -> "лавров"). */
export function nameStem(word: string): string {
  if (isAcronym(word)) return lowerRu(word);
  return word.split(/[-‐]/).map((part) => strip(part, NAME_ENDINGS, 3)).join("-");
}

/** Stems of a phrase, word by word. */
export const stems = (phrase: string) => phrase.split(/\s+/).filter(Boolean).map(stem);

/**
 * Two forms of one name word. Stems are equal, or one is the other plus a
 * letter (the -й of "Сергей" is stripped as an ending, the -е- of "Сергея" is not).
 */
export function sameNameWord(a: string, b: string): boolean {
  const x = nameStem(a);
  const y = nameStem(b);
  if (x === y) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.length >= 4 && longer.length === shorter.length + 1 && longer.startsWith(shorter) && /[еиоуы]$/.test(longer);
}

export const isAcronym = (word: string) => word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();

export type Gender = "m" | "f";

/** A nominative guess and how sure it is: "strong" endings are oblique only (-ом, -ым, -ой), "weak" ones may be nominative too (-а, -у). */
export interface Nominative {
  form: string;
  strength: "none" | "weak" | "strong";
}

type Rule = [RegExp, string, "weak" | "strong"];
const MALE_RULES: Rule[] = [
  [/(ск|цк)(ого|ому|им|ом)$/u, "$1ий", "strong"], // Чайковским -> Чайковский
  [/(ов|ев|ин|ын)ым$/u, "$1", "strong"], // Лавровым -> Лавров
  [/(ов|ев|ин|ын)(а|у|е)$/u, "$1", "strong"], // Лаврова -> Лавров (a man's name: the feminine reading is ruled out)
  [/([аеиоу])(ем|я|ю|е)$/u, "$1й", "strong"], // Сергеем, Сергея -> Сергей; Дмитрию -> Дмитрий
  [/([бвгджзклмнпрстфхцчшщ])(ом|ем)$/u, "$1", "strong"], // Фейсалом -> Фейсал
  [/([ьй])ю$/u, "$1я", "strong"], // Илью -> Илья, Аттыйю -> Аттыйя: the accusative of a man's name in -я
  [/ь(ем|я|ю|е)$/u, "ь", "strong"], // Игорем -> Игорь
  [/([бвгджзклмнпрстфхцчшщ])(а|у|е)$/u, "$1", "weak"], // Туска -> Туск, but Шойгу stays
];
const FEMALE_RULES: Rule[] = [
  [/(ск|цк)(ой|ую)$/u, "$1ая", "strong"], // Вяземской -> Вяземская
  [/(ов|ев|ин|ын)(ой|у)$/u, "$1а", "strong"], // Захаровой -> Захарова
  [/и(и|ей|ю)$/u, "ия", "strong"], // Марии -> Мария
  [/([бвдзлмнпрстфхцчшщгкж])ой$/u, "$1а", "strong"], // Анной -> Анна
  [/([бвдзлмнпрстфцчшщ])(ы|е|у)$/u, "$1а", "weak"], // Анны -> Анна
  [/([гкхжш])(и|е|у)$/u, "$1а", "weak"], // Ольги -> Ольга
];

/** The nominative of one word of a person's name (the word itself when it already is one). */
export function nominativeWord(word: string, gender: Gender): Nominative {
  if (isAcronym(word) || !/[\u0400-\u04ff]$/.test(word)) return { form: word, strength: "none" };
  for (const [pattern, replacement, strength] of gender === "m" ? MALE_RULES : FEMALE_RULES) {
    if (!pattern.test(word)) continue;
    const form = word.replace(pattern, replacement);
    // A stem of three letters must remain: "Том" is not "Т" in the instrumental.
    return form.replace(/[йь]$/, "").length >= 3 ? { form, strength } : { form: word, strength: "none" };
  }
  return { form: word, strength: "none" };
}

/** The nominative of an adjective in a title ("официального" -> "официальный", "бывшего" -> "бывший"). */
export function nominativeAdjective(word: string): string {
  if (/[гкх](ого|ому|им|ом)$/.test(word)) return word.replace(/(ого|ому|им|ом)$/, "ий"); // русского -> русский
  if (/(его|ему|им|ем)$/.test(word)) return word.replace(/(его|ему|им|ем)$/, "ий"); // бывшего, последнего
  if (/(ого|ому|ым|ом)$/.test(word)) return word.replace(/(ого|ому|ым|ом)$/, "ый"); // официального
  if (/(ой|ую)$/.test(word)) return word.replace(/(ой|ую)$/, "ая");
  return word;
}
