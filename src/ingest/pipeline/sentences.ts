// Sentences and word tokens of the cleaned body, with offsets into it. Later
// stages work on these so that every span they produce indexes the body.

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (blocks separated by a blank line). */
  paragraph: number;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** The word carried a possessive ending ("Syria's"), not part of `text`. */
  possessive: boolean;
}

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "st", "jr", "sr",
    "no", "vs", "etc", "inc", "ltd", "co", "corp", "rep", "sen", "gov", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "approx",
  ],
);

/** Splits a paragraph-structured body into sentences. Paragraph breaks always end a sentence. */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphPattern = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
  let paragraph = 0;
  for (const match of body.matchAll(paragraphPattern)) {
    const base = match.index ?? 0;
    for (const [start, end] of sentenceBounds(match[0])) {
      sentences.push({ start: base + start, end: base + end, text: body.slice(base + start, base + end), paragraph });
    }
    paragraph += 1;
  }
  return sentences;
}

function sentenceBounds(text: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  // Terminal punctuation, optional closing quotes/brackets, whitespace, then something that can start a sentence;
  // or no whitespace after a word ("перенести.RT", "сегодня.«Условия"), as scraped pages glue sentences.
  const boundary = /([.!?…]+)(["'”’)\]»]*)(\s+|(?<=\p{Ll}{2}[.!?]+["”»]*)(?=[«“]?\p{Lu}))(?=["“‘'(\[«]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const index = match.index ?? 0;
    if (match[1] === "." && isAbbreviation(text, index)) continue;
    if (match[1] === "…" && !match[2]) continue; // an ellipsis inside a quotation
    const end = index + match[1].length + match[2].length;
    pushTrimmed(bounds, text, start, end);
    start = end + match[3].length;
  }
  pushTrimmed(bounds, text, start, text.length);
  return bounds;
}

function isAbbreviation(text: string, periodIndex: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, periodIndex - 12), periodIndex))?.[1] ?? "";
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "George W. Bush"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(bounds: Array<[number, number]>, text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  if (end > start) bounds.push([start, end]);
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

/** Word tokens of `text` (offsets shifted by `base`); a possessive 's is split off into a flag. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = base + (match.index ?? 0);
    let possessive = false;
    const possessiveMatch = /^(.+?)['’]s$/u.exec(word);
    if (possessiveMatch) {
      word = possessiveMatch[1];
      possessive = true;
    }
    tokens.push({ text: word, start, end: start + word.length, possessive });
  }
  return tokens;
}
