// Typing: one run read against the lexicons becomes candidates of a kind: a
// state, an organisation (org heads), a media outlet (media cues), a group, a
// place, or a name split from the titles and states in front of it.
import { isCommonWord, isKnownName, isKnownPlace, isVerbWord } from "../names";
import { type Token } from "../sentences";
import { CONNECTORS, type Candidate, type CandidateKind, type Context, L, NEVER_NAMES, PERSON_AFTER, PLACE_PREPOSITIONS, SPEAKING_VERBS, lower, particlePrefixed } from "./candidates";
import { isEntityWord } from "./find";
import { HYPHENATED_ACRONYM, capitalisedMidSentence, employsAnalysts, isCountedPlural, isCurrencyPrefix, isMedia, isSentenceStart, ordinalSibling, spelledByAcronymAfter, stateCodeIn } from "./cues";
import { describeAfter, describeBefore, isRoleWord, matchRole, nameAfterTitleTail, organisationBeforeTrailingTitle, withoutTrailingTitle } from "./titles";

/** "Election Commission of Estonia", "Summit Council": a common noun that names the body it opens. */
const namesBody = (run: Token[]) => run.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(run[0].text) && /^(election|summit|conference|meeting)$/i.test(run[0].text) && L.organisations.heads.has(run[1].text);

export function classifyRun(fullRun: Token[], tokens: Token[], body: string): Candidate[] {
  // "al Qaeda-linked Jemaah Islamiah": the name starts after the compound that describes it.
  const described = fullRun.findLastIndex((token, i) => i < fullRun.length - 1 && DESCRIBING.test(token.text));
  let run = described >= 0 ? fullRun.slice(described + 1) : fullRun;
  let index = tokens.indexOf(run[0]);
  // Drop capitalised ordinary words that only open the sentence ("Beyond", "Regular", "The").
  // ("Human Rights Watch" keeps its first word: the run names an organisation or a place.)
  const namesInstitution = run.some((token) => L.organisations.heads.has(token.text) || L.organisations.placeHeads.has(token.text));
  while (
    run.length > 0 &&
    ((NEVER_NAMES.has(lower(run[0])) && !namesBody(run)) ||
      DESCRIBING.test(run[0].text) ||
      (isSentenceStart(tokens, index, body) &&
        !namesInstitution &&
        isCommonWord(run[0].text) &&
        !isEntityWord(run[0].text) &&
        !(isRoleWord(run[0]) && run.length > 1) &&
        !capitalisedMidSentence(run[0].text, body)))
  ) {
    run = run.slice(1);
    index += 1;
  }
  if (run.length === 0) return [];
  // "(LON: ABC)", "(NYSE: X)": an exchange and a ticker, not an actor.
  if (/\(\s*$/.test(body.slice(Math.max(0, run[0].start - 2), run[0].start)) && /^\s*:\s*[\p{Lu}\d.]{1,6}\s*\)/u.test(body.slice(run[run.length - 1].end))) return [];
  if (isCurrencyPrefix(run, body) || isCountedPlural(run, body)) return [];
  const ctx: Context = { tokens, body };
  const split = titledNameOfBody(run, tokens, body) ?? bodyOfPossessiveState(run, tokens, body);
  if (split) return split;
  const start = run[0].start;
  const end = run[run.length - 1].end;
  const surface = body.slice(start, end);
  const lowerSurface = surface.toLowerCase();
  const whole = (kind: CandidateKind, extra: Partial<Candidate> = {}): Candidate[] => [{ kind, start, end, surface, ...extra }];

  const group = run.length === 1 ? L.organisations.groups.get(lowerSurface) : undefined;
  if (group) return whole("GROUP", { canonical: group });
  const seat = L.states.seats.get(lowerSurface);
  if (seat) return whole("STATE", { stateCode: seat });
  if (isMedia(run, ctx, surface)) return whole("MEDIA");
  if (L.organisations.acronyms.has(surface)) return whole("ORGANIZATION");
  if (run.some((token) => L.organisations.notActorWords.has(token.text))) return [];
  if (run.length > 1 && run.some((token) => L.organisations.nonActorHeads.has(token.text))) return [];
  // "engine-maker Rolls-Royce", "oil company X": the noun before names what the run is (its last part for compounds).
  const companyNoun = /([\p{L}-]+)\s+$/u.exec(body.slice(Math.max(0, start - 20), start))?.[1].toLowerCase() ?? "";
  const hasOrgHead =
    (run.length > 1 && (run.some((token) => L.organisations.heads.has(token.text)) || L.organisations.companyEnds.has(run[run.length - 1].text))) ||
    L.organisations.companyBefore.has(companyNoun) ||
    L.organisations.companyBefore.has(companyNoun.split("-").pop() ?? "");
  // "Minister of State for Petroleum": a title alone names no actor, whatever company word ends it.
  if (run.length > 1 && matchRole(run, 0) === run.length) return [];
  // "President of the European Commission Ursula von der Leyen": a title with its tail, then the person.
  const nameStart = nameAfterTitleTail(run);
  if (nameStart > 0) return titledName(run, nameStart, ctx);
  // "European Commission President Ursula von der Leyen": an organisation, then a title and the person who holds it.
  const holder = hasOrgHead ? titleHolderAfterOrganisation(run) : -1;
  if (holder > 0) return [...classifyRun(run.slice(0, holder), tokens, body), ...segment(run.slice(holder), ctx)];
  const bodyBeforeTitle = hasOrgHead ? organisationBeforeTrailingTitle(run, body) : undefined;
  if (bodyBeforeTitle) return bodyBeforeTitle.length ? classifyRun(bodyBeforeTitle, tokens, body) : [];
  // "President of the Court of Appeal", "Spokesman for the Ministry": the office, whose holder is named elsewhere; the mention is of the body.
  const office = matchRole(run, 0);
  if (hasOrgHead && office > 0 && ["of", "for"].includes(lower(run[office] ?? run[0]))) {
    let named = run.slice(office + (lower(run[office + 1] ?? run[0]) === "the" ? 2 : 1));
    // "Spokesperson for the European Commission on Foreign Affairs": the "on ..." tail is the office's remit.
    const remit = named.findIndex((token) => token.text === "on");
    if (remit >= 2 && L.organisations.heads.has(named[remit - 1]!.text)) named = named.slice(0, remit);
    if (named.some((token) => L.organisations.heads.has(token.text))) return classifyRun(named, tokens, body);
  }
  if (hasOrgHead || L.organisations.acronyms.has(surface) || (run.length > 1 && office === 0 && spelledByAcronymAfter(run, body))) {
    const extra = ordinalSibling(run, ctx);
    return [...whole("ORGANIZATION", { affiliationCode: stateCodeIn(run) }), ...extra];
  }
  // "Kurdistan Region President Masoud Barzani": a place, then a title and the person who holds it.
  const placeHolder = titleHolderAfterOrganisation(run, L.organisations.placeHeads);
  if (placeHolder > 0) return [...classifyRun(run.slice(0, placeHolder), tokens, body), ...segment(run.slice(placeHolder), ctx)];
  if (run.some((token) => L.organisations.placeHeads.has(token.text)) || L.states.regions.has(lowerSurface)) return whole("PLACE");
  const wholeState = L.states.byName.get(lowerSurface);
  if (wholeState) return whole("STATE", { stateCode: wholeState });
  if (run.length > 1 && isKnownPlace(surface)) return whole("PLACE"); // "New York", "Tel Aviv"
  // "Rystad Energy analyst Louise Dickson": a name before a lowercase role and a person is the person's employer.
  if (run.length > 1 && EMPLOYER_BEFORE.test(body.slice(end, end + 60))) return whole("ORGANIZATION");
  // "FIFA", "UEFA", "PTI": an acronym no lexicon knows is most often a body (never a person; common ones like "CEO" are listed as no actors).
  // ("SOCHI, Sept 4 (Reuters) -": a dateline's city in capitals opening a paragraph is a place.)
  if (run.length === 1 && /^\p{Lu}{3,}$/u.test(surface) && /(?:^|\n)\s*$/.test(body.slice(Math.max(0, start - 2), start)) && /^\s*[,:(]/.test(body.slice(end, end + 3))) return whole("PLACE");
  if (run.length === 1 && (HYPHENATED_ACRONYM.test(surface) || employsAnalysts(run, body) && !isEntityWord(surface))) return whole("ORGANIZATION");
  if (run.length === 1 && /^\p{Lu}{3,6}$/u.test(surface) && !isKnownPlace(surface)) return abbreviatesTitle(surface, body.slice(Math.max(0, start - 80), start)) ? [] : whole("ORGANIZATION");
  return segment(run, ctx);
}

/** "Chief Justice of Pakistan (CJP)": an acronym in brackets after a title it abbreviates is the office, not a body. */
function abbreviatesTitle(acronym: string, before: string): boolean {
  const words = /((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?)+)\(\s*$/u.exec(before)?.[1].trim().split(/\s+/) ?? [];
  const spelled = words.filter((word) => /^\p{Lu}/u.test(word)).slice(-acronym.length);
  if (spelled.length !== acronym.length || spelled.map((word) => word[0]).join("") !== acronym) return false;
  // "United Nations General Assembly (UNGA)" names a body, whatever title word it holds.
  return spelled.some((word) => L.roles.heads.has(word.toLowerCase())) && !spelled.some((word) => L.organisations.heads.has(word));
}

/**
 * "Former President John Dramani Mahama of the National Democratic Congress": a title and a full name,
 * then the body the person belongs to; the person and the body, not one organisation.
 */
function titledNameOfBody(run: Token[], tokens: Token[], body: string): Candidate[] | undefined {
  const of = run.findIndex((token, i) => i > 2 && lower(token) === "of");
  if (of < 0) return undefined;
  const left = run.slice(0, of);
  const right = run.slice(of + (lower(run[of + 1] ?? run[of]) === "the" ? 2 : 1));
  if (!right.some((token) => L.organisations.heads.has(token.text))) return undefined;
  for (let k = 0; k < left.length; k++) {
    const length = matchRole(left, k);
    if (length === 0) continue;
    const name = left.slice(k + length);
    if (name.length < 2 || name.some((token) => isRoleWord(token) || L.organisations.heads.has(token.text) || !/^\p{Lu}/u.test(token.text))) return undefined;
    const people = segment(left, { tokens, body });
    const bodies = classifyRun(right, tokens, body);
    return people.some((c) => c.kind === "PERSON") ? [...people, ...bodies] : undefined;
  }
  return undefined;
}

/** "France's Court of Cassation": the state whose body it is, and the body under its own name. */
function bodyOfPossessiveState(run: Token[], tokens: Token[], body: string): Candidate[] | undefined {
  const code = run[0]!.possessive ? L.states.byName.get(lower(run[0]!)) : undefined;
  if (!code || run.length < 2 || !run.slice(1).some((token) => L.organisations.heads.has(token.text))) return undefined;
  const state: Candidate = { kind: "STATE", start: run[0]!.start, end: run[0]!.end, surface: run[0]!.text, stateCode: code };
  return [state, ...classifyRun(run.slice(1), tokens, body).map((c) => (c.kind === "ORGANIZATION" ? { ...c, affiliationCode: c.affiliationCode ?? code } : c))];
}

/** A title with its "of ..." tail, then the person: the states the tail names, and the person described by all of it. */
function titledName(run: Token[], nameStart: number, ctx: Context): Candidate[] {
  const title = run.slice(0, nameStart);
  const states: Candidate[] = [];
  for (let k = 0; k < title.length; k++) {
    const match = matchState(title, k);
    if (!match || match.segment.type !== "STATE") continue;
    const [first, last] = [match.segment.tokens[0]!, match.segment.tokens[match.segment.tokens.length - 1]!];
    states.push({ kind: match.segment.capital ? "PLACE" : "STATE", start: first.start, end: last.end, surface: ctx.body.slice(first.start, last.end), stateCode: match.segment.code });
    k += match.length - 1;
  }
  // The organisation the tail names: "... of the European Commission".
  const joins = title.map((token, i) => (["of", "the"].includes(lower(token)) ? i : -1)).filter((i) => i >= 0);
  const named = withoutTrailingTitle(title.slice((joins.at(-1) ?? -1) + 1));
  const organisation: Candidate[] =
    named.length > 0 && named.some((token) => L.organisations.heads.has(token.text)) && !states.some((state) => state.start === named[0]!.start) // "of the Russian Federation" is the state
      ? [{ kind: "ORGANIZATION", start: named[0]!.start, end: named[named.length - 1]!.end, surface: ctx.body.slice(named[0]!.start, named[named.length - 1]!.end) }]
      : [];
  const description = ctx.body.slice(title[0]!.start, title[title.length - 1]!.end);
  const affiliation = states.find((state) => state.kind === "STATE")?.stateCode;
  return [...states, ...organisation, ...nameCandidates(run.slice(nameStart), ctx, true, description, affiliation)];
}

/**
 * Where a title starts after an organisation's name, when a person's name
 * follows it ("Commission | President | Ursula von der Leyen"); -1 otherwise.
 */
function titleHolderAfterOrganisation(run: Token[], heads: Set<string> = L.organisations.heads): number {
  const head = run.findIndex((token) => heads.has(token.text));
  if (head < 0) return -1;
  for (let i = head + 1; i < run.length - 1; i++) {
    const roleLength = matchRole(run, i);
    if (roleLength === 0) continue;
    const rest = run.slice(i + roleLength);
    const named = rest.filter((token) => /^\p{Lu}/u.test(token.text)).length;
    return named >= 1 && !rest.some((token) => L.organisations.heads.has(token.text)) ? i : -1;
  }
  return -1;
}

const DESCRIBING = /-(led|backed|based|run|owned|affiliated|aligned|controlled|linked|born|majority)$/i;
const EMPLOYER_BEFORE = /^\s+(?:senior\s+|chief\s+|lead\s+)?(?:analyst|economist|strategist|spokesman|spokeswoman|spokesperson|researcher|executive|chairman|director|trader)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
const NAME_SUFFIX = /^(?:Junior|Jr\.?|Senior|Sr\.?|II|III)$/;
const OCCASION_END = /^(?:Election|Elections|Summit|Conference|Forum|Meeting|Talks|Referendum|Games|Cup|Championship|Festival|Congress)$/;
const EMPLOYER_AFTER = /\b(?:analyst|analysts|economist|strategist|researcher|professor|fellow|trader|partner)\s+at\s+(?:the\s+)?$/;
export type Segment =
  | { type: "STATE"; tokens: Token[]; code: string; capital: boolean }
  | { type: "ROLE"; tokens: Token[] }
  | { type: "NAME"; tokens: Token[] }
  | { type: "GROUP"; tokens: Token[]; name: string };

/** Splits a run into states, role words and names: "Russian | Deputy Prime Minister | Alexander Novak". */
export function segment(run: Token[], ctx: Context): Candidate[] {
  const segments: Segment[] = [];
  let k = 0;
  while (k < run.length) {
    const stateMatch = matchState(run, k);
    if (stateMatch && !givenNameAfterTitle(run, k, stateMatch.length, segments[segments.length - 1])) {
      segments.push(stateMatch.segment);
      k += stateMatch.length;
      continue;
    }
    const group = L.organisations.groups.get(lower(run[k]));
    if (group) {
      segments.push({ type: "GROUP", tokens: [run[k]], name: group });
      k += 1;
      continue;
    }
    const roleLength = matchRole(run, k);
    if (roleLength > 0) {
      segments.push({ type: "ROLE", tokens: run.slice(k, k + roleLength) });
      k += roleLength;
      continue;
    }
    const last = segments[segments.length - 1];
    if (last?.type === "NAME") last.tokens.push(run[k]);
    else segments.push({ type: "NAME", tokens: [run[k]] });
    k += 1;
  }
  return segmentsToCandidates(segments, run, ctx);
}

/**
 * "General Sofia Othman", "President Jordan Novak": a one-word state or capital
 * that is also a given name, between a title and a surname, opens the name.
 */
function givenNameAfterTitle(run: Token[], k: number, length: number, previous: Segment | undefined): boolean {
  const next = run[k + 1];
  if (length !== 1 || previous?.type !== "ROLE" || !next || !/^\p{Lu}\p{Ll}/u.test(next.text) || !isKnownName(run[k]!.text)) return false;
  return !matchState(run, k + 1) && matchRole(run, k + 1) === 0 && !L.organisations.heads.has(next.text);
}

export function matchState(run: Token[], k: number): { segment: Segment; length: number } | null {
  for (let length = Math.min(5, run.length - k); length >= 1; length--) {
    const words = run.slice(k, k + length);
    const text = words.map((token) => token.text).join(" ").toLowerCase();
    const code = L.states.byName.get(text) ?? L.states.seats.get(text) ?? (length === 1 ? L.states.byDemonym.get(text) : undefined);
    if (code) return { segment: { type: "STATE", tokens: words, code, capital: false }, length };
    const capital = L.states.capitals.get(text);
    if (capital) return { segment: { type: "STATE", tokens: words, code: capital, capital: true }, length };
  }
  return null;
}

export function segmentsToCandidates(segments: Segment[], run: Token[], ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { body } = ctx;
  let affiliationCode: string | undefined;
  let role: Token[] | undefined;
  for (const [i, seg] of segments.entries()) {
    const start = seg.tokens[0].start;
    const end = seg.tokens[seg.tokens.length - 1].end;
    const surface = body.slice(start, end);
    if (seg.type === "STATE") {
      const lastToken = seg.tokens[seg.tokens.length - 1];
      if (seg.capital && !isMetonym(seg, segments[i + 1], run, ctx)) {
        out.push({ kind: "PLACE", start, end, surface });
      } else if (!isDemonymOfNonState(seg, segments[i + 1], ctx)) {
        out.push({ kind: "STATE", start, end, surface, stateCode: seg.code });
      }
      affiliationCode = !seg.capital || lastToken.possessive ? seg.code : affiliationCode;
      continue;
    }
    if (seg.type === "GROUP") {
      out.push({ kind: "GROUP", start, end, surface, canonical: seg.name });
      continue;
    }
    if (seg.type === "ROLE") {
      role = seg.tokens;
      continue;
    }
    let nameTokens = seg.tokens;
    // "Minister for Power", "Ambassador of the People('s ...)": the role's lowercase complement, no name.
    if (role && CONNECTORS.has(nameTokens[0]!.text)) {
      role = undefined;
      continue;
    }
    // "the head of Dagestan Sergey Melikov": a place the title governs, glued to the full name after it.
    const governing = ctx.tokens[ctx.tokens.indexOf(nameTokens[0]!) - 1];
    if (nameTokens.length >= 3 && governing && lower(governing) === "of" && isKnownPlace(nameTokens[0]!.text) && isKnownName(nameTokens[1]!.text) && !isKnownPlace(nameTokens[1]!.text)) {
      out.push({ kind: "PLACE", start, end: nameTokens[0]!.end, surface: nameTokens[0]!.text });
      nameTokens = nameTokens.slice(1);
    }
    const described = role ?? undefined;
    let lookback = described ? describeBefore(ctx, run[0]) : describeBefore(ctx, nameTokens[0]);
    if (!described && !lookback.description && seg === segments[segments.length - 1]) lookback = describeAfter(ctx, nameTokens[nameTokens.length - 1]);
    const description = [lookback.description, described ? body.slice(described[0].start, described[described.length - 1].end) : undefined]
      .filter(Boolean)
      .join(" ")
      .replace(/\b(Mrs|Mr|Ms|Dr|Prof|Sir)\b\.?\s*/g, "")
      .trim();
    const affiliation = affiliationCode ?? lookback.affiliationCode;
    out.push(...nameCandidates(nameTokens, ctx, Boolean(described), description || undefined, affiliation));
    role = undefined;
    affiliationCode = undefined;
  }
  return out;
}

/** Nouns a demonym turns into the state acting: "Spanish officials", "the Belgian government", "Turkish forces". */
const STATE_NOUNS = new Set([
  ...L.speech.collectiveHeads,
  "forces", "troops", "army", "navy", "air", "military", "police", "counterpart", "counterparts", "side", "embassy", "envoy", "mission",
  "ministry", "authorities", "regime", "state", "intelligence", "diplomacy", "diplomat", "policy", "position", "stance", "sovereignty", "territory", "troop",
  "nuclear", "program", "programme", "influence", "interests", "threat", "role", "proxies", "ties", "relations", "involvement", "support", "backing",
]);

/**
 * "British engine-maker", "Belgian MEPs", "Chinese media": a demonym that only
 * describes a company, people or things is no mention of the state. It is one
 * before a title ("Spanish Prime Minister") or a body or act of the state.
 */
function isDemonymOfNonState(seg: Segment, next: Segment | undefined, ctx: Context): boolean {
  const word = lower(seg.tokens[0]!);
  if (seg.tokens.length !== 1 || !L.states.byDemonym.has(word) || L.states.byName.has(word)) return false;
  if (next?.type === "ROLE") return false;
  const last = seg.tokens[seg.tokens.length - 1]!;
  const following = /^\s+([\p{L}-]+)/u.exec(ctx.body.slice(last.end, last.end + 30))?.[1]?.toLowerCase() ?? "";
  if (!following || STATE_NOUNS.has(following) || L.roles.heads.has(following) || L.roles.modifiers.has(following)) return false;
  return !/^\p{Lu}/u.test(ctx.body.slice(last.end).trimStart());
}

/** A capital stands for its state when it acts: "Moscow's support", "Moscow sees", "Damascus and Moscow". */
export function isMetonym(seg: Segment, next: Segment | undefined, run: Token[], ctx: Context): boolean {
  const lastToken = seg.tokens[seg.tokens.length - 1];
  if (lastToken.possessive) return true;
  if (next || lastToken !== run[run.length - 1]) return false;
  const after = ctx.body.slice(lastToken.end, lastToken.end + 40);
  const nextWord = /^\s+([a-z]+)/.exec(after)?.[1];
  if (nextWord && (isVerbWord(nextWord) || nextWord === "and" && /^\s+and\s+(the\s+)?\p{Lu}/u.test(after))) return true;
  const before = ctx.body.slice(Math.max(0, seg.tokens[0].start - 25), seg.tokens[0].start);
  return /\b(between|with|and)\s+$/.test(before) && !/\b(in|at|to|from|near)\s+$/.test(before);
}


export function nameCandidates(nameTokens: Token[], ctx: Context, titled: boolean, description: string | undefined, affiliationCode: string | undefined): Candidate[] {
  // Trailing particles or connectors cannot end a name.
  let tokens = nameTokens;
  while (tokens.length > 1 && (L.particles.name.has(lower(tokens[tokens.length - 1])) || CONNECTORS.has(lower(tokens[tokens.length - 1])))) tokens = tokens.slice(0, -1);
  // "the Emir of Qatar": the "of" between a title and its state is no name.
  if (tokens.every((token) => CONNECTORS.has(lower(token)))) return [];
  if (tokens.some((token) => /\d/.test(token.text))) return [];
  const { body } = ctx;
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const surface = body.slice(start, end);
  const words = tokens.filter((token) => !L.particles.name.has(lower(token)));
  if (words.length === 0) return [];
  if (words.every((token) => L.states.notStates.has(lower(token)))) return [];
  // "The Ministry says": an organisation's head noun alone names the organisation (src/ingest/pipeline/actors/resolve.ts folds it in).
  if (words.length === 1 && L.organisations.heads.has(words[0]!.text)) return [{ kind: "ORGANIZATION", start, end, surface }];
  // "Syrians", "Israelis": the people of a country, neither a person nor the state.
  if (words.length === 1 && /s$/i.test(words[0].text) && L.states.byDemonym.has(lower(words[0]).slice(0, -1))) return [];
  const particle = tokens.length > words.length || particlePrefixed.test(tokens[0].text);
  const base: Candidate = { kind: "PENDING", start, end, surface, description, affiliationCode };
  // "senior market analyst at Phillip Nova": the employer after "at".
  if (EMPLOYER_AFTER.test(body.slice(Math.max(0, start - 40), start))) return [{ ...base, kind: "ORGANIZATION" }];
  if (words.length >= 2) {
    // "Anna Berg", "Vice Premier Ding Xuexiang": a known given name or a title makes a person even when a part is also a word.
    // "K Ponmudy": a capital letter standing alone is an initial, not the word "k" (but "A" and "I" are words).
    // ("Adalberto Costa Junior": a generational suffix is no ordinary word.)
    const named = words.filter((token, i) => i === 0 || !NAME_SUFFIX.test(token.text));
    const ordinary = named.some((token) => isCommonWord(token.text) && !/^\p{Lu}{2,}$/u.test(token.text) && !/^[B-HJ-Z]\.?$/.test(token.text));
    // "Roch Marc Christian Kaboré", "Newton Ahmed Barry": a known given name in second place also makes one, when the surname is no word.
    const givenName = isKnownName(named[0]!.text) || (named.length >= 3 && isKnownName(named[1]!.text) && !isCommonWord(named[named.length - 1]!.text));
    if (ordinary && !titled && !givenName) return [];
    // "the 2020 Presidential Election", "the Caspian Digital Forum": an occasion's name, not a person's.
    if (!titled && OCCASION_END.test(words[words.length - 1]!.text)) return [];
    return [{ ...base, kind: "PERSON", personEvidence: true }];
  }
  const index = ctx.tokens.indexOf(tokens[0]);
  const previous = ctx.tokens[index - 1];
  const afterPlacePreposition = Boolean(previous && PLACE_PREPOSITIONS.has(lower(previous)) && /^ $/.test(body.slice(previous.end, start)));
  const nextWord = /^\s+([a-z]+)/.exec(body.slice(end, end + 20))?.[1] ?? "";
  const beforeWord = /(\w+)\s+$/.exec(body.slice(Math.max(0, start - 10), start))?.[1]?.toLowerCase();
  const regime = PERSON_AFTER.has(nextWord) && beforeWord === "the";
  // "Erdogan said": a name that speaks is a person (acronyms are more likely outlets or bodies).
  const speaks = SPEAKING_VERBS.has(nextWord) && !/^\p{Lu}+$/u.test(surface) && !isKnownPlace(surface);
  // "Costa jr posted": a generational suffix written in lowercase still follows a surname.
  const suffixed = /^(?:jr|sr)$/.test(nextWord) && /^\p{Lu}\p{Ll}+$/u.test(surface);
  return [{ ...base, personEvidence: titled || particle || regime || speaks || suffixed, afterPlacePreposition }];
}
