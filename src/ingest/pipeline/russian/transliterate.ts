// Cyrillic to Latin in the style English-language news uses for Russian names
// (BGN/PCGN without diacritics: "Сергей Лавров" -> "Sergey Lavrov"). A table of
// our own rather than any-ascii: that package is ES-module only and Jest loads
// the pipeline as CommonJS; and news style drops the soft and hard signs
// ("Дональд" -> "Donald", not "Donal'd").

const LETTERS: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  // Ukrainian and Belarusian letters that turn up in names quoted in Russian text.
  і: "i", ї: "yi", є: "ye", ґ: "g", ў: "u",
};
const VOWELS = new Set("аеёиоуыэюяіїєьъ");

export const CYRILLIC = /[\u0400-\u04ff]/;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

function latinOf(word: string, i: number): string {
  const letter = word[i].toLowerCase();
  const previous = word[i - 1]?.toLowerCase();
  const next = word[i + 1]?.toLowerCase();
  // "Евгений" -> "Yevgeniy", "Сергеев" -> "Sergeyev": е opening a word or after a vowel.
  if (letter === "е" && (previous === undefined || VOWELS.has(previous))) return "ye";
  // "-ый" ends in "-y", not "-yy" ("Красный" -> "Krasny").
  if (letter === "й" && previous === "ы" && next === undefined) return "";
  return LETTERS[letter] ?? word[i];
}

/** Latin form of one Cyrillic word; an all-capitals word (an acronym: "ТАСС") stays in capitals. */
function transliterateWord(word: string): string {
  const shouting = word.length > 1 && word === word.toUpperCase();
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const latin = latinOf(word, i);
    const upper = word[i] !== word[i].toLowerCase();
    out += upper && !shouting ? latin.charAt(0).toUpperCase() + latin.slice(1) : shouting ? latin.toUpperCase() : latin;
  }
  return out;
}

/** Latin form of a text: Cyrillic words transliterated (each part of "Эр-Рияд" on its own), everything else kept. */
export function transliterate(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => (hasCyrillic(word) ? transliterateWord(word) : word));
}
