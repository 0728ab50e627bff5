// Finding: capitalised word runs in a sentence's tokens ("Deputy Prime Minister
// Alexander Novak", "People's Palace"), compounds of known entities split apart.
import { type Token } from "../sentences";
import { isKnownName } from "../names";
import { CONNECTORS, L, MONTHS_AND_DAYS, isCap, isOrdinal, lower, particlePrefixed } from "./candidates";
import { spelledByAcronymAfter } from "./cues";

/** "Russian-Syrian", "Damascus-Moscow", "Druze-majority": compounds of known entities become separate tokens. */
export function splitCompounds(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const parts = token.text.split(/[-‐–]/);
    if (parts.length > 1 && parts.some((part) => isEntityWord(part))) {
      let offset = token.start;
      parts.forEach((part, i) => {
        out.push({ text: part, start: offset, end: offset + part.length, possessive: i === parts.length - 1 && token.possessive });
        offset += part.length + 1;
      });
    } else {
      out.push(token);
    }
  }
  return out;
}

export function isEntityWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    L.states.byName.has(lower) ||
    L.states.byDemonym.has(lower) ||
    L.states.capitals.has(lower) ||
    L.organisations.groups.has(lower) ||
    L.states.notStates.has(lower) // "Arab-Russian"
  );
}

export function adjacent(body: string, a: Token, b: Token): boolean {
  const gap = body.slice(a.end, b.start);
  return !a.possessive && (/^ ?$/.test(gap) || (gap === ". " && /^\p{Lu}$/u.test(a.text))); // "Donald J. Trump"
}

/** "von der Leyen said", "de Gaulle": a surname whose particles are written in lowercase opens the run with them. */
function startsWithParticles(tokens: Token[], i: number, body: string): boolean {
  let k = i;
  while (k < tokens.length && k - i < 2 && L.particles.name.has(lower(tokens[k]!)) && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
  const name = tokens[k];
  if (k === i || !name || !isCap(name)) return false;
  for (let m = i; m < k; m++) if (!adjacent(body, tokens[m]!, tokens[m + 1]!)) return false;
  // Only where a lowercase particle cannot be an ordinary word: "de", "van", "von", "der", "al" before a capital.
  return k - i >= 1 && !["la", "le", "da", "di", "do", "du", "del", "della", "das", "dos", "ter", "den", "ben", "bou", "mac", "ould", "abu", "abd"].includes(lower(tokens[i]!));
}

const QUESTION_WORDS = new Set(["how", "why", "what", "where", "when", "who", "whom", "which", "so", "nor", "neither"]);

export function buildRuns(tokens: Token[], body: string): Token[][] {
  const runs: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    const startsOrdinalName = isOrdinal(first) && i + 1 < tokens.length && isCap(tokens[i + 1]) && adjacent(body, first, tokens[i + 1]);
    if ((!isCap(first) && !startsOrdinalName && !startsWithParticles(tokens, i, body)) || MONTHS_AND_DAYS.has(lower(first))) {
      i += 1;
      continue;
    }
    const run = [first];
    let j = i;
    while (j + 1 < tokens.length) {
      const previous = tokens[j];
      const next = tokens[j + 1];
      const afterNext = tokens[j + 2];
      if (previous.possessive) {
        // "People's Palace", "People's Assembly": a possessive inside a name.
        const gap = body.slice(previous.end, next.start);
        if (/^['’]s $/.test(gap) && (L.organisations.placeHeads.has(next.text) || L.organisations.heads.has(next.text) || (run.length === 1 && namesBodyAfterPossessive(tokens, j, body)))) {
          run.push(next);
          j += 1;
          continue;
        }
        break;
      }
      // "Mohammed Shia’ al-Sudani": an apostrophe for a final ayn, then the particle of the surname.
      if (/^['’] $/.test(body.slice(previous.end, next.start)) && !previous.possessive && particlePrefixed.test(next.text)) {
        run.push(next);
        j += 1;
        continue;
      }
      if (!adjacent(body, previous, next) || MONTHS_AND_DAYS.has(lower(next))) break;
      // "Deputy Minister of foreign Affairs of ...": a portfolio the text leaves in lowercase inside a title.
      const fourth = tokens[j + 3];
      if (
        lower(next) === "of" && L.roles.heads.has(lower(previous)) && afterNext && /^\p{Ll}/u.test(afterNext.text) && L.roles.portfolios.has(lower(afterNext)) &&
        fourth && isCap(fourth) && adjacent(body, next, afterNext) && adjacent(body, afterNext, fourth)
      ) {
        run.push(next, afterNext, fourth);
        j += 3;
        continue;
      }
      if (isCap(next)) {
        run.push(next);
        j += 1;
        continue;
      }
      if (/^\d{1,4}$/.test(next.text) && isCap(previous)) {
        // "Article 40", "Section 12", "Resolution 2254": a capitalised common noun and a number name a clause, not an actor.
        if (L.organisations.numberedNouns.has(previous.text)) {
          run.pop();
          j += 1;
          break;
        }
        run.push(next); // "Levant 24", "France 24"
        j += 1;
        break;
      }
      const joinsNext = afterNext && adjacent(body, next, afterNext) && isCap(afterNext) && !MONTHS_AND_DAYS.has(lower(afterNext));
      // "Joana Ribeiro do Vale": "do" joins a name, not a question ("How do Russians").
      if (joinsNext && L.particles.name.has(lower(next)) && (lower(next) !== "do" || run.length >= 2 || !QUESTION_WORDS.has(lower(previous)))) {
        run.push(next, afterNext);
        j += 2;
        continue;
      }
      const third = tokens[j + 3];
      // "Chairman of the Government of the Republic", "Organization for the Prohibition of ...": "of the" or "for the" inside a title or a name.
      if (
        third && ["of", "for"].includes(lower(next)) && afterNext && lower(afterNext) === "the" && isCap(third) && !MONTHS_AND_DAYS.has(lower(third)) &&
        adjacent(body, next, afterNext) && adjacent(body, afterNext, third) && connectorAllowed(run, lower(next))
      ) {
        run.push(next, afterNext, third);
        j += 3;
        continue;
      }
      // Two particles in a row: "von der Leyen", "van den Berg", "de la Cruz".
      if (
        third && L.particles.name.has(lower(next)) && afterNext && L.particles.name.has(lower(afterNext)) &&
        adjacent(body, next, afterNext) && adjacent(body, afterNext, third) && isCap(third)
      ) {
        run.push(next, afterNext, third);
        j += 3;
        continue;
      }
      if (joinsNext && CONNECTORS.has(lower(next)) && connectorAllowed(run, lower(next))) {
        run.push(next, afterNext);
        j += 2;
        continue;
      }
      break;
    }
    if (run.length) runs.push(run);
    i = j + 1;
  }
  return runs;
}

/** "Minister of Construction", "Commission on Trade and Economic Cooperation": connectors inside org and role names. */
export function connectorAllowed(run: Token[], connector: string): boolean {
  const hasOrgHead = run.some((token) => L.organisations.heads.has(token.text));
  // "Minister of Transport and Communications": portfolios joined inside a title.
  if (connector === "and" && run.length >= 3 && lower(run[run.length - 2]!) === "of" && L.roles.portfolios.has(lower(run[run.length - 1]!))) return true;
  if (connector === "and" || connector === "the") return hasOrgHead && run.some((token) => ["of", "for", "on"].includes(token.text));
  // "Minister of Construction", "Deputy Foreign Minister for Political Affairs", "Minister of State for Petroleum".
  const titleSoFar = lower(run[run.length - 2] ?? run[0]!) === "of" && run.some((token) => L.roles.heads.has(lower(token))) && !run.some((token) => isKnownName(token.text) && !L.roles.heads.has(lower(token)) && !L.roles.modifiers.has(lower(token)));
  if (connector === "of" || (connector === "for" && (L.roles.heads.has(lower(run[run.length - 1]!)) || titleSoFar))) return hasOrgHead || run.some((token) => L.roles.heads.has(lower(token)));
  return hasOrgHead;
}

/**
 * "People’s Action Party", "People’s National Convention (PNC)": a possessive opens a body's name when the capitalised words after it
 * reach an organisation's head, or an acronym in brackets spells the possessive word with them.
 */
function namesBodyAfterPossessive(tokens: Token[], j: number, body: string): boolean {
  // "Adhaalath Party’s Religious Council": a body's possessive names a second body.
  if (L.organisations.heads.has(tokens[j]!.text) || isEntityWord(tokens[j]!.text)) return false;
  const words: Token[] = [];
  for (let k = j + 1; k < tokens.length && words.length < 4 && isCap(tokens[k]!) && (k === j + 1 || adjacent(body, tokens[k - 1]!, tokens[k]!)); k++) {
    words.push(tokens[k]!);
    if (tokens[k]!.possessive) break;
  }
  if (words.length < 2 || words.some((token) => token.possessive)) return false;
  if (L.organisations.heads.has(words[words.length - 1]!.text)) return true;
  return spelledByAcronymAfter([tokens[j]!, ...words], body);
}
