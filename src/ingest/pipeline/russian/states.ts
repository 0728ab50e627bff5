// States in Russian text: names in any case ("Саудовской Аравии"), seats of
// power ("Кремль"), and demonym adjectives, lower case as Russian writes them,
// alone or in compounds ("российско-саудовских", "палестино-израильского").
import { lexicons } from "../../lexicons";
import type { Token } from "../sentences";
import { ru } from "./lexicon";
import { stem } from "./morphology";

export interface StateMatch {
  code: string;
  /** Token indices, end exclusive. */
  first: number;
  end: number;
  kind: "name" | "seat" | "demonym";
}

const stemCache = new WeakMap<Token[], string[]>();

/** Stems of a sentence's tokens, computed once per token array. */
export function stemsOf(tokens: Token[]): string[] {
  let cached = stemCache.get(tokens);
  if (!cached) {
    cached = tokens.map((token) => stem(token.text));
    stemCache.set(tokens, cached);
  }
  return cached;
}

/** State codes of a demonym word or of each part of a compound one; [] when it is none. */
export function demonymCodes(word: string): string[] {
  const parts = word.split(/[-‐]/);
  const codes = parts.map((part, i) => {
    const partStem = stem(part);
    // The first parts of a compound use a combining form: "палестино-" for "палестинский".
    return ru.states.demonyms.get(partStem) ?? (i < parts.length - 1 ? ru.states.demonyms.get(`${partStem}ск`) : undefined);
  });
  return codes.every(Boolean) ? (codes as string[]) : [];
}

/** The state name, seat or demonym covering tokens[i], if any. Names must be capitalised, demonyms need not. */
export function stateAt(tokens: Token[], i: number): StateMatch | undefined {
  const wordStems = stemsOf(tokens);
  for (let first = i; first >= Math.max(0, i - 3); first--) {
    if (!/^\p{Lu}/u.test(tokens[first].text)) continue;
    for (const [index, kind] of [[ru.states.names, "name"], [ru.states.seats, "seat"]] as const) {
      const match = index.match(wordStems, first);
      if (match && first + match.length > i) return { code: match.value, first, end: first + match.length, kind };
    }
  }
  const codes = demonymCodes(tokens[i].text);
  return codes.length === 1 ? { code: codes[0], first: i, end: i + 1, kind: "demonym" } : undefined;
}

/** The English name of a state ("Russia"), the same the English stages give it. */
export const stateName = (code: string) => lexicons.states.byCode.get(code)?.name ?? code;

/** The English adjective for a state's bodies ("Russian", "Saudi"): the shortest demonym of more than two letters. */
export function englishDemonym(code: string): string | undefined {
  const candidates = [...lexicons.states.byDemonym].filter(([demonym, c]) => c === code && demonym.length > 2).map(([demonym]) => demonym);
  const shortest = candidates.sort((a, b) => a.length - b.length)[0];
  return shortest?.replace(/(^|\s)(\p{L})/gu, (_, space, letter) => space + letter.toUpperCase());
}
