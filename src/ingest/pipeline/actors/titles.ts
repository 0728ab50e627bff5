// Titles: role words before or after a name become the person's description
// ("Deputy Prime Minister"), a country or demonym in front of them the affiliation.
import { type Token } from "../sentences";
import { type Context, L, MONTHS_AND_DAYS, lower } from "./candidates";

export function isRoleWord(token: Token): boolean {
  const word = lower(token);
  return L.roles.heads.has(word) || L.roles.modifiers.has(word) || L.particles.honorifics.has(word.replace(/\.$/, ""));
}

/** Length of a role phrase at k ("Deputy Prime Minister", "Minister of Construction"), 0 if none. */
export function matchRole(run: Token[], k: number): number {
  let lastHead = -1;
  let m = k;
  while (m < run.length) {
    const word = lower(run[m]).replace(/\.$/, "");
    const afterOf = m > k && lower(run[m - 1]) === "of";
    if (L.particles.honorifics.has(word) || L.roles.heads.has(word)) lastHead = m;
    else if (word === "of" && lastHead >= 0) {
      // "Minister of Construction", "Chief of Staff"
    } else if (!(L.roles.modifiers.has(word) || (afterOf && L.roles.portfolios.has(word)))) break;
    if (afterOf && L.roles.portfolios.has(word)) lastHead = m;
    m += 1;
  }
  // A role must leave something after it or be a whole title; "General" alone before a non-name is not a rank.
  return lastHead >= 0 ? lastHead - k + 1 : 0;
}

/**
 * Role words just before a name, in any case, and the state in front of them:
 * "Kremlin spokesperson", "Syria's interim", "former president", "Syria’s transitional president, ".
 */
export function describeBefore(ctx: Context, first: Token): { description?: string; affiliationCode?: string } {
  const { tokens, body } = ctx;
  const words: Token[] = [];
  const description = () => (words.length ? body.slice(words[0].start, words[words.length - 1].end) : undefined);
  let cursor = first.start;
  let crossedComma = false;
  for (let i = tokens.indexOf(first) - 1; i >= 0; i--) {
    const token = tokens[i];
    const gap = body.slice(token.end, cursor);
    const plain = /^(['’]s)? $/.test(gap);
    const comma: boolean = !crossedComma && words.length === 0 && /^, $/.test(gap);
    if (!plain && !comma) break;
    const word = lower(token);
    const code = L.states.byDemonym.get(word) ?? L.states.byName.get(word) ?? L.states.seats.get(word) ?? (token.possessive ? L.states.capitals.get(word) : undefined);
    if (code && !comma) return { description: description(), affiliationCode: code };
    if (!isRoleWord(token) || MONTHS_AND_DAYS.has(word)) break;
    crossedComma ||= comma;
    words.unshift(token);
    cursor = token.start;
  }
  return { description: description() };
}

/** An appositive after the name: "Alexander Lavrentiev, the Kremlin's special envoy for Syria". */
export function describeAfter(ctx: Context, last: Token): { description?: string; affiliationCode?: string } {
  const { tokens, body } = ctx;
  let i = tokens.indexOf(last) + 1;
  if (i >= tokens.length || !/^, $/.test(body.slice(last.end, tokens[i].start))) return {};
  const gapAfter = (token: Token) => body.slice(token.end, tokens[tokens.indexOf(token) + 1]?.start ?? token.end);
  if (["the", "a", "an"].includes(lower(tokens[i])) && gapAfter(tokens[i]) === " ") i += 1;
  const word = lower(tokens[i] ?? last);
  const affiliationCode = L.states.byDemonym.get(word) ?? L.states.byName.get(word) ?? L.states.seats.get(word);
  if (affiliationCode && i < tokens.length) i += 1;
  const words: Token[] = [];
  while (i < tokens.length && isRoleWord(tokens[i]) && (words.length === 0 || /^ $/.test(body.slice(words[words.length - 1].end, tokens[i].start)))) {
    words.push(tokens[i]);
    i += 1;
  }
  if (!words.some((token) => L.roles.heads.has(lower(token)))) return {};
  return { description: body.slice(words[0].start, words[words.length - 1].end), affiliationCode };
}
