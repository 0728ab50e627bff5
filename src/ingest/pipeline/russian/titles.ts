// Titles before a Russian name: "министр иностранных дел России Сергей Лавров",
// "с главой МИД Саудовской Аравии Фейсалом ...". Russian writes titles in
// lower case and puts the office's state (in the genitive) or a demonym
// ("российский министр") inside them, so the title is read leftwards from the
// name: complements (portfolios, states, bodies) until a title head, then the
// modifiers before it. The head, in whatever case the sentence put it, is
// given back in its dictionary form: "главой МИД" -> "глава МИД".
import type { Token } from "../sentences";
import { ru } from "./lexicon";
import { isAcronym, lowerRu, nominativeAdjective, stem } from "./morphology";
import { stateAt } from "./states";

export interface Title {
  /** The title as a description, head in the nominative: "министр иностранных дел России". */
  description: string;
  /** ISO code of the state the title names ("России", "российский"). */
  affiliationCode?: string;
  /** Offset where the title starts in the body. */
  start: number;
  /** The head stands in the genitive or accusative ("посла", "министра"): so does the name after it. */
  genitiveHead: boolean;
}

/** Verb forms (past -л/-ла/-ли, present -ет/-ит, infinitives, reflexives): never part of a title or a body's name. */
export const VERB_LIKE = /^[\p{L}-]{2,}(?:[аеиоуыяю]л[аио]?|[еюия]т|ть|ться|ся|сь)$/u;
const COMPLEMENT_PREPOSITIONS = new Set(["по", "в", "во", "при", "и", "на"]);
const STOP_WORDS = new Set(
  ("что как с со к ко у о об от из за для без а но или также уже не вне между через после перед над под около возле против среди до " +
    "из-за ради кроме вместо сквозь вокруг").split(" "),
);
const MAX_TITLE_WORDS = 9;

export const isTitleHead = (token: Token) => ru.titles.heads.has(stem(token.text));
const isTitleModifier = (token: Token) => ru.titles.modifiers.has(stem(token.text));

/** A word that may stand between a title head and the name: "иностранных", "дел", "МИД", "России", "по", "делам". */
function isComplement(token: Token, tokens: Token[], index: number): boolean {
  const word = lowerRu(token.text);
  if (stateAt(tokens, index)) return true;
  if (isAcronym(token.text) || ru.organisations.heads.has(stem(token.text))) return true;
  if (/^\p{Lu}/u.test(token.text)) return true; // "Совета Безопасности", "Евросовета"
  if (COMPLEMENT_PREPOSITIONS.has(word)) return true;
  if (STOP_WORDS.has(word) || /^\d/.test(word)) return false;
  return !VERB_LIKE.test(word);
}

/**
 * The title standing right before tokens[nameIndex], if any. `body` gives the
 * gaps: a comma or a full stop between two words ends the title.
 */
export function titleBefore(tokens: Token[], nameIndex: number, body: string): Title | undefined {
  let headIndex = -1;
  let j = nameIndex - 1;
  for (let steps = 0; j >= 0 && steps < MAX_TITLE_WORDS; j--, steps++) {
    if (!/^[\s«»"„“-]*$/.test(body.slice(tokens[j].end, tokens[j + 1].start))) break; // «Ъ» may stand inside a title
    const token = tokens[j];
    if (isTitleHead(token)) {
      headIndex = j;
      continue;
    }
    if (headIndex >= 0 && isTitleModifier(token)) {
      headIndex = j;
      continue;
    }
    if (headIndex >= 0 && headIndex === j + 1) break; // a head found and nothing more of the title before it
    if (!isComplement(token, tokens, j)) break;
  }
  if (headIndex < 0) return undefined;
  const words = tokens.slice(headIndex, nameIndex);
  // A trailing preposition belongs to what follows ("посол в" + a name is no title).
  const lastWord = lowerRu(words[words.length - 1].text);
  if (COMPLEMENT_PREPOSITIONS.has(lastWord) || STOP_WORDS.has(lastWord)) return undefined;
  const headAt = words.findIndex((token) => isTitleHead(token));
  const parts = words.map((token, i) => {
    const text = body.slice(token.start, token.end);
    if (i < headAt) return nominativeAdjective(lowerRu(text));
    if (i === headAt) return ru.titles.heads.get(stem(text)) ?? lowerRu(text);
    return text;
  });
  let affiliationCode: string | undefined;
  for (let i = headIndex; i < nameIndex && !affiliationCode; i++) affiliationCode = stateAt(tokens, i)?.code;
  const head = lowerRu(words[headAt].text);
  const genitiveHead = /[ая]$/.test(head) && head !== ru.titles.heads.get(stem(head));
  return { description: parts.join(" "), affiliationCode, start: words[0].start, genitiveHead };
}
