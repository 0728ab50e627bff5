// Titles: role words before or after a name become the person's description
// ("Deputy Prime Minister"), a country or demonym in front of them the affiliation.
import { isKnownName, isUnknownWord } from "../names";
import { type Token } from "../sentences";
import { CONNECTORS, type Context, L, MONTHS_AND_DAYS, lower } from "./candidates";

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
    // Inside the "of ..." tail every portfolio word belongs to it: "Minister for Political Affairs".
    const afterOf = m > k && (run.slice(k, m).some((token, i) => i > 0 && ["of", "for"].includes(lower(token))) || (lower(run[m - 1]) === "and" && lastHead === m - 2));
    if (L.particles.honorifics.has(word) || L.roles.heads.has(word)) lastHead = m;
    else if ((word === "of" || word === "for") && lastHead >= 0) {
      // "Minister of Construction", "Chief of Staff", "Deputy Foreign Minister for Political Affairs"
    } else if (word === "and" && lastHead === m - 1 && L.roles.portfolios.has(lower(run[m + 1] ?? run[m]))) {
      // "Minister of Transport and Communications"
    } else if (!(L.roles.modifiers.has(word) || (afterOf && L.roles.portfolios.has(word)))) break;
    if (afterOf && L.roles.portfolios.has(word)) lastHead = m;
    m += 1;
  }
  // A role must leave something after it or be a whole title; "General" alone before a non-name is not a rank.
  return lastHead >= 0 ? lastHead - k + 1 : 0;
}

/**
 * A title with an "of ..." tail glued to the name it belongs to: "Foreign
 * Minister of Russia Sergei Lavrov", "Minister of Transport and Communications
 * Ana Lima", "First Deputy Chairman of the Government of the Republic of
 * Ruritania Ivan Petrov". Returns where the name starts (the words after the
 * tail's last connector, less the first, which ends the tail; from a known
 * given name when there is one), or -1 when the run is no such title.
 */
export function nameAfterTitleTail(run: Token[]): number {
  let first = 0;
  while (first < run.length && (L.states.byDemonym.has(lower(run[first])) || L.states.byName.has(lower(run[first])))) first++;
  if (first >= run.length || !run.slice(first, first + 4).some((token) => L.roles.heads.has(lower(token)))) return -1;
  // "Minister of Foreign Affairs X", "Deputy Foreign Minister for Political Affairs X".
  const connector = Math.max(...["of", "for"].map((word) => run.map((token) => lower(token)).lastIndexOf(word)));
  if (connector < first) return -1;
  const lastJoin = Math.max(connector, ...["and", "the", "for"].map((word) => run.map((token) => lower(token)).lastIndexOf(word)));
  const tail = run.slice(lastJoin + 1);
  if (tail.length < 3) return -1;
  // "President of the National Electoral Commission": the tail names the body, no person follows.
  if (L.organisations.heads.has(tail[tail.length - 1]!.text)) return -1;
  // The tail's own words (a portfolio, "Foreign Affairs"; a place, "Ruritania") end where the name starts.
  const given = tail.findIndex((token, i) => i > 0 && isKnownName(token.text));
  const firstOther = tail.findIndex((token, i) => i > 0 && !L.roles.portfolios.has(lower(token)) && !isRoleWord(token));
  // A word before the known given name that no dictionary knows ("Thoriq Ibrahim") is a given name too, not the tail's.
  const unknownBefore = given > firstOther && firstOther > 0 && tail.slice(firstOther, given).every((token) => isUnknownWord(token.text) && !L.organisations.heads.has(token.text) && !L.organisations.placeHeads.has(token.text));
  const start = given > 0 && !unknownBefore ? given : firstOther > 0 && tail.length - firstOther >= 2 ? firstOther : tail.length - 2;
  return lastJoin + 1 + start;
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
  // Modifiers alone ("high", "former") describe nothing: a title needs its head ("minister", "president").
  if (!words.some((token) => L.roles.heads.has(lower(token)) || L.particles.honorifics.has(lower(token).replace(/\.$/, "")))) return {};
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
  // "According to Kanaani, Iran's Foreign Minister Hossein Amirabdollahian will ...": the title of the name after it, no appositive.
  const next = tokens[i];
  if (next && /^ $/.test(body.slice(words[words.length - 1].end, next.start)) && /^\p{Lu}/u.test(next.text)) return {};
  return { description: body.slice(words[0].start, words[words.length - 1].end), affiliationCode };
}

/** "Member of the Cabinet and National Security Advisor": a second title joined to the tail is no part of the body it names. */
export function withoutTrailingTitle(named: Token[]): Token[] {
  const second = named.findIndex((_, i) => i > 0 && lower(named[i - 1]!) === "and" && i + matchRole(named, i) === named.length && matchRole(named, i) > 0);
  return second > 0 ? named.slice(0, second - 1) : named;
}

/**
 * "the Electoral Commission Chairperson, Jean Mensa": a title ending an organisation's run names its holder elsewhere; the mention is of the body.
 * "Member of the Cabinet and National Security Advisor": a lone body inside a title's "of the" tail is part of the title (an empty run).
 */
export function organisationBeforeTrailingTitle(run: Token[], body: string): Token[] | undefined {
  const head = run.findIndex((token) => L.organisations.heads.has(token.text));
  for (let i = head + 1; head >= 0 && i < run.length; i++) {
    // The title follows the body's head noun ("Commission Chairperson"), not a word of its name ("Administrative Justice").
    if (i + matchRole(run, i) !== run.length || matchRole(run, i) === 0 || !L.organisations.heads.has(run[i - 1]!.text)) continue;
    let organisation = run.slice(0, i);
    while (organisation.length > 1 && CONNECTORS.has(lower(organisation[organisation.length - 1]!))) organisation = organisation.slice(0, -1);
    const inTitle = organisation.length === 1 && /\b(?:of|for)\s+the\s+$/i.test(body.slice(Math.max(0, run[0].start - 10), run[0].start));
    return inTitle ? [] : organisation;
  }
  return undefined;
}
