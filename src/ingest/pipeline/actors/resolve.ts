// Resolving: each candidate to one actor of the article. Outlets first, then
// organisations (also by their initials), then people clustered: full names by
// surname and compatible given names, surname-only mentions to the full name
// they abbreviate.
import type { ActorKind } from "../../../generated/prisma/enums";
import { normalizeName } from "../../../text/normalize";
import type { ExtractedActor } from "../../types";
import { isCommonWord, isKnownPlace, nameParts, sameGivenNames, sameNamePart, sameSurname, type NameParts } from "../names";
import { type ActorIndex, type ActorMention, type Candidate, L } from "./candidates";

export interface PersonCluster {
  key: string;
  parts: NameParts;
  /** Surface forms, with their counts, of full names (given name and surname). */
  fullForms: Map<string, number>;
  aliases: Set<string>;
  mentions: ActorMention[];
  description?: string;
  affiliationCode?: string;
}

/** A company's legal form after its name: "Apple Inc.", "Rolls-Royce Holdings plc". */
const LEGAL_SUFFIX = /^(.+?)\s+(?:Inc|Ltd|LLC|plc|PLC|GmbH|Corp|Co|AG|SA|NV)\.?$/;

export function resolve(candidates: Candidate[], body: string, source?: string | null): ActorIndex {
  const actors = new Map<string, ExtractedActor>();
  const mentions: ActorMention[] = [];
  const add = (key: string, name: string, kind: ActorKind, candidate: Candidate | null) => {
    let actor = actors.get(key);
    if (!actor) {
      actor = { key, name, kind, aliases: [], mentions: [] };
      actors.set(key, actor);
    }
    if (candidate) {
      if (!actor.aliases.includes(candidate.surface)) actor.aliases.push(candidate.surface);
      actor.mentions.push({ start: candidate.start, end: candidate.end });
      mentions.push({ key, start: candidate.start, end: candidate.end });
    }
    return actor;
  };

  // Outlets first: once a name is cued as media anywhere, every mention of it is the outlet.
  const mediaKeys = new Map<string, string>();
  const mediaName = (surface: string) => normalizeName(surface.replace(/^the\s+/i, ""));
  for (const candidate of candidates) if (candidate.kind === "MEDIA") mediaKeys.set(mediaName(candidate.surface), candidate.surface);
  const sourceName = source && !/[/:]/.test(source) ? source.trim() : null;
  if (sourceName) mediaKeys.set(mediaName(sourceName), sourceName);
  // "the Times" beside "The New York Times": a one-word title is the outlet the article names in full.
  const fullMedia = (normalized: string) => (normalized.includes(" ") ? normalized : [...mediaKeys.keys()].find((key) => key.endsWith(` ${normalized}`)) ?? normalized);
  // Organisations, also by their initials ("AU" after "African Union").
  const orgKeys = new Set(candidates.filter((c) => c.kind === "ORGANIZATION").flatMap((c) => [normalizeName(c.surface), normalizeName(initials(c.surface.replace(/^the\s+/i, "")))]));

  const orgByFirstWord = new Map(
    candidates
      .filter((c) => c.kind === "ORGANIZATION" && /^\p{Lu}\p{Ll}{3,}\s/u.test(c.surface) && !isCommonWord(c.surface.split(/\s/)[0]!))
      .map((c) => [normalizeName(c.surface.split(/\s/)[0]!), c.surface.replace(/^the\s+/i, "")]),
  );
  // "Apple said" after "Apple Inc.": the name before a legal suffix is the company, even when it speaks.
  const companyByName = new Map(
    candidates
      .map((c) => [c, LEGAL_SUFFIX.exec(c.surface.replace(/^the\s+/i, ""))] as const)
      .filter(([c, match]) => c.kind === "ORGANIZATION" && match)
      .map(([c, match]) => [normalizeName(match![1]!), c.surface.replace(/^the\s+/i, "")]),
  );
  const personBefore = (candidate: Candidate) => {
    const previous = candidates.filter((c) => c.end <= candidate.start).pop();
    return previous !== undefined && (previous.kind === "PERSON" || Boolean(previous.personEvidence));
  };
  const people: Candidate[] = [];
  for (const candidate of candidates) {
    const normalized = fullMedia(mediaName(candidate.surface));
    if (mediaKeys.has(normalized) && candidate.kind !== "STATE") {
      add(`media:${normalized}`, preferredMediaName(mediaKeys.get(normalized) ?? candidate.surface, candidate.surface), "MEDIA", candidate);
      continue;
    }
    switch (candidate.kind) {
      case "STATE": {
        const code = candidate.stateCode ?? "";
        add(`state:${code}`, L.states.byCode.get(code)?.name ?? candidate.surface, "STATE", candidate);
        break;
      }
      case "ORGANIZATION":
      case "GROUP":
      case "PLACE": {
        const kindPrefix = candidate.kind.toLowerCase();
        const bare = candidate.surface.replace(/^the\s+/i, "");
        // "BEIRUT" in a dateline is Beirut; "FIFA" stays an acronym.
        const name = candidate.canonical ?? (candidate.kind === "PLACE" ? titleCaseShouting(bare) : bare);
        const actor = add(`${kindPrefix}:${normalizeName(name)}`, name, candidate.kind, candidate);
        if (candidate.affiliationCode) actor.affiliationKey = `state:${candidate.affiliationCode}`;
        break;
      }
      case "MEDIA":
        break; // handled above
      case "PERSON":
      case "PENDING":
        // "Zulkifli bin Hir, also known as Marwan": the other name of a person is a person's name.
        if (candidate.kind === "PENDING" && KNOWN_AS.test(body.slice(Math.max(0, candidate.start - 40), candidate.start)) && personBefore(candidate)) candidate.personEvidence = true;
        const shortFor =
          candidate.kind !== "PENDING" ? undefined : (companyByName.get(normalizeName(candidate.surface)) ?? (candidate.personEvidence ? undefined : orgByFirstWord.get(normalizeName(candidate.surface))));
        if (candidate.kind === "PENDING" && orgKeys.has(normalizeName(candidate.surface))) {
          add(`organization:${normalizeName(candidate.surface)}`, candidate.surface, "ORGANIZATION", candidate);
        } else if (shortFor) {
          // "Rystad cautioned" after "Rystad Energy": a company's first word alone is the company.
          add(`organization:${normalizeName(shortFor)}`, shortFor, "ORGANIZATION", candidate);
        } else {
          people.push(candidate);
        }
        break;
    }
  }

  for (const cluster of clusterPeople(people)) {
    const actor = add(cluster.key, canonicalName(cluster), "PERSON", null);
    actor.aliases = [...cluster.aliases];
    actor.mentions = cluster.mentions.map(({ start, end }) => ({ start, end }));
    if (cluster.description) actor.description = cluster.description;
    if (cluster.affiliationCode) actor.affiliationKey = `state:${cluster.affiliationCode}`;
    mentions.push(...cluster.mentions);
  }
  for (const candidate of people.filter((c) => c.kind === "PENDING" && !c.personEvidence)) {
    if (!mentions.some((m) => m.start === candidate.start) && (isKnownPlace(candidate.surface) || candidate.afterPlacePreposition)) add(`place:${normalizeName(candidate.surface)}`, candidate.surface, "PLACE", candidate);
  }

  mergeAcronyms(actors, mentions);
  mergeOtherNames(actors, mentions, body);
  mergeReorderedNames(actors, mentions);
  foldBareHeads(actors, mentions);
  nameBothForms(actors);
  mergeBracketedAcronyms(actors, mentions, body);
  // Affiliations must point at actors of this article.
  for (const actor of actors.values()) {
    if (actor.affiliationKey && !actors.has(actor.affiliationKey)) {
      const code = actor.affiliationKey.slice("state:".length);
      const state = L.states.byCode.get(code);
      if (state) add(actor.affiliationKey, state.name, "STATE", null);
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { actors: [...actors.values()], byKey: actors, mentions };
}

/** Folds `other` into `kept`: its aliases, its mentions (in the article's list too); `other` is gone. */
function absorb(kept: ExtractedActor, other: ExtractedActor, actors: Map<string, ExtractedActor>, mentions: ActorMention[]) {
  for (const alias of other.aliases) if (!kept.aliases.includes(alias)) kept.aliases.push(alias);
  kept.mentions.push(...other.mentions);
  for (const mention of mentions) if (mention.key === other.key) mention.key = kept.key;
  actors.delete(other.key);
}

/**
 * "Faure Gnassingbé" and, in the official order, "Gnassingbé Essozimna Faure": a person whose
 * name holds every word of another person's full name, in another order, is that person. The
 * name mentioned more often stays canonical.
 */
function mergeReorderedNames(actors: Map<string, ExtractedActor>, mentions: ActorMention[]) {
  const wordsOf = (actor: ExtractedActor) => normalizeName(actor.name).split(" ");
  const people = [...actors.values()].filter((a) => a.kind === "PERSON" && wordsOf(a).length >= 2);
  for (const longer of people) {
    const short = people.find((other) => other !== longer && actors.has(other.key) && wordsOf(other).length < wordsOf(longer).length && wordsOf(other).every((word) => wordsOf(longer).includes(word)) && !normalizeName(longer.name).includes(normalizeName(other.name)));
    if (!short || !actors.has(longer.key)) continue;
    const [kept, other] = short.mentions.length >= longer.mentions.length ? [short, longer] : [longer, short];
    absorb(kept, other, actors, mentions);
  }
}

/** Words that join one actor's two names: "X, also known as Y", "X (formerly known as Y)", "X, better known by his nom de guerre Y". */
const KNOWN_AS = /\b(?:also|better|formerly|previously|widely)\s+known\s+as\s+$/i;
const OTHER_NAME = /^,?\s*\(?\s*(?:also|better|formerly|previously|once|widely)\s+known\s+(?:as|by\s+(?:his|her|its|the)\s+(?:nom\s+de\s+guerre|name|alias))\s+$/i;
const NOM_DE_GUERRE = /^,?\s*(?:whose\s+nom\s+de\s+guerre\s+(?:is|was)|(?:by\s+)?(?:his|her)\s+nom\s+de\s+guerre,?)\s+$/i;

/**
 * "Abu Mohammad al-Julani, also known as Ahmad al-Sharaa": one actor with both
 * names as aliases. Only a name and the one that follows it across these words
 * merge, and only when both are of one kind: shared surnames never merge people.
 */
function mergeOtherNames(actors: Map<string, ExtractedActor>, mentions: ActorMention[], body: string) {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  for (const [i, first] of ordered.entries()) {
    const second = ordered[i + 1];
    if (!second || first.key === second.key) continue;
    const between = body.slice(first.end, second.start);
    if (!OTHER_NAME.test(between) && !NOM_DE_GUERRE.test(between)) continue;
    const [kept, other] = [actors.get(first.key), actors.get(second.key)];
    if (!kept || !other || kept.kind !== other.kind) continue;
    kept.description ??= other.description;
    absorb(kept, other, actors, mentions);
  }
}

/**
 * "the Fijian Ministry of Health ... The Ministry says": an organisation named by
 * its head noun alone is the one of that kind the article named in full, or none.
 */
function foldBareHeads(actors: Map<string, ExtractedActor>, mentions: ActorMention[]) {
  for (const bare of [...actors.values()]) {
    if (bare.kind !== "ORGANIZATION" || !L.organisations.heads.has(bare.name)) continue;
    const full = [...actors.values()].find((a) => a !== bare && a.kind === "ORGANIZATION" && a.name.split(/\s+/).includes(bare.name));
    if (!full) {
      // A head noun alone ("Union", "Organization") that names nothing in full is no actor.
      actors.delete(bare.key);
      mentions.splice(0, mentions.length, ...mentions.filter((mention) => mention.key !== bare.key));
      continue;
    }
    absorb(full, bare, actors, mentions);
  }
}

/**
 * An organisation known by an acronym carries both forms ("EU", "European
 * Union") and the full name as its name, so every article names it alike.
 */
function nameBothForms(actors: Map<string, ExtractedActor>) {
  const fullNames = new Map([...L.organisations.acronymNames].map(([acronym, full]) => [normalizeName(full), acronym]));
  for (const actor of actors.values()) {
    if (actor.kind !== "ORGANIZATION" && actor.kind !== "MEDIA") continue;
    const full = L.organisations.acronymNames.get(actor.name);
    // "Russian Today" is "Russia Today": a demonym written for its country's name.
    const acronym = fullNames.get(normalizeName(actor.name)) ?? fullNames.get(normalizeName(withCountryNames(actor.name)));
    if (full) {
      if (!actor.aliases.includes(actor.name)) actor.aliases.push(actor.name);
      actor.name = full;
    }
    for (const form of [full, acronym]) if (form && !actor.aliases.includes(form)) actor.aliases.push(form);
  }
}


function withCountryNames(name: string): string {
  return name.replace(/\p{L}+/gu, (word) => L.states.byCode.get(L.states.byDemonym.get(word.toLowerCase()) ?? "")?.name ?? word);
}

/** "EU" and "European Union" in one article are one organisation. */
export function mergeAcronyms(actors: Map<string, ExtractedActor>, mentions: ActorMention[]) {
  // Outlets too: "GNA" in a dateline is the Ghana News Agency the story names.
  const organisations = [...actors.values()].filter((a) => a.kind === "ORGANIZATION" || a.kind === "MEDIA");
  for (const short of organisations.filter((a) => /^[A-Z]{2,6}$/.test(a.name.replace(/\./g, "")))) {
    const full = organisations.find((a) => a !== short && initials(a.name) === short.name.replace(/\./g, ""));
    if (!full) continue;
    absorb(full, short, actors, mentions);
  }
}

/**
 * "the Kuwait News Agency (KUNA)": the acronym in brackets right after an
 * organisation's name is that organisation, whatever its letters, and so is
 * every later use of it.
 */
export function mergeBracketedAcronyms(actors: Map<string, ExtractedActor>, mentions: ActorMention[], body: string) {
  const institution = (actor: ExtractedActor | undefined): actor is ExtractedActor => actor?.kind === "ORGANIZATION" || actor?.kind === "MEDIA";
  for (const mention of [...mentions]) {
    const full = actors.get(mention.key);
    const acronym = /^ \(([A-Z]{2,6})\)/.exec(body.slice(mention.end, mention.end + 10))?.[1];
    if (!acronym || !institution(full)) continue;
    const short = [...actors.values()].find((a) => a !== full && a.name === acronym);
    if (short) {
      if (!institution(short)) continue;
      if (short.kind === "MEDIA") full.kind = "MEDIA";
      absorb(full, short, actors, mentions);
    }
    if (!full.aliases.includes(acronym)) full.aliases.push(acronym);
    for (const use of body.matchAll(new RegExp(`\\b${acronym}\\b`, "g"))) {
      const [start, end] = [use.index ?? 0, (use.index ?? 0) + acronym.length];
      if (mentions.some((m) => m.start < end && m.end > start)) continue;
      mentions.push({ key: full.key, start, end });
      full.mentions.push({ start, end });
    }
  }
}

/**
 * "Joana Ribeiro do Vale" ends with "Ribeiro do Vale": a double surname written without the given name;
 * "Khalid Ahmed Khan" starts with "Khalid Ahmed": a three-part name shortened to its first two.
 */
function sharesWordRun(full: string, short: string): boolean {
  const [a, b] = [full.split(/\s+/), short.split(/\s+/)];
  if (b.length < 2 || a.length <= b.length) return false;
  return a.slice(-b.length).join(" ") === b.join(" ") || (a.length >= 3 && a.slice(0, b.length).join(" ") === b.join(" "));
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join("");
}

/** "BEIRUT" (a dateline) -> "Beirut". */
export function titleCaseShouting(name: string): string {
  return /^[\p{Lu}\s'’-]{4,}$/u.test(name) ? name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep, letter) => sep + letter.toUpperCase()) : name;
}

export function preferredMediaName(known: string, surface: string): string {
  return /\p{Lu}{2}/u.test(surface) && !/\p{Lu}{2}/u.test(known) ? surface : known;
}

/**
 * Full names first (same surname and compatible given names are one person), then
 * single names: attached to the person whose surname they match (the one named last
 * when two share it), or a person of their own when the text shows one.
 */
export function clusterPeople(people: Candidate[]): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  const newCluster = (parts: NameParts): PersonCluster => {
    const cluster: PersonCluster = { key: `person:${clusters.length + 1}`, parts, fullForms: new Map(), aliases: new Set(), mentions: [] };
    clusters.push(cluster);
    return cluster;
  };
  const attach = (cluster: PersonCluster, candidate: Candidate, full: boolean) => {
    cluster.aliases.add(candidate.surface);
    cluster.mentions.push({ key: cluster.key, start: candidate.start, end: candidate.end });
    if (full) cluster.fullForms.set(candidate.surface, (cluster.fullForms.get(candidate.surface) ?? 0) + 1);
    if (candidate.description && (!cluster.description || candidate.description.length > cluster.description.length)) cluster.description = candidate.description;
    cluster.affiliationCode ??= candidate.affiliationCode;
  };

  const singles: Array<{ candidate: Candidate; parts: NameParts }> = [];
  for (const candidate of people) {
    const parts = nameParts(candidate.surface);
    if (!parts.surname) continue;
    if (parts.given.length === 0) {
      singles.push({ candidate, parts });
      continue;
    }
    const cluster =
      clusters.find((c) => c.parts.given.length > 0 && sameSurname(c.parts, parts) && sameGivenNames(c.parts, parts)) ??
      clusters.find((c) => [...c.fullForms.keys()].some((form) => sharesWordRun(form, candidate.surface) || sharesWordRun(candidate.surface, form))) ??
      byPatronymic(clusters, parts) ??
      newCluster(parts);
    if (parts.given.length > cluster.parts.given.length) cluster.parts = parts;
    attach(cluster, candidate, true);
  }
  singles.sort((a, b) => a.candidate.start - b.candidate.start);
  // A single name the text shows to be a person ("Hamdan said") makes a person, so earlier bare mentions find it too.
  // "Wang Yi" ... "Wang said": a two-word name written family name first, shortened to its first word.
  const familyNameFirst = (parts: NameParts) =>
    onlyOne(clusters.filter((c) => c.parts.given.length === 1 && c.parts.given[0] === parts.surname));
  // "Prince Faisal bin Farhan Al Saud" ... "Prince Faisal": royals and clerics are called by their given name.
  const byGivenName = (candidate: Candidate, parts: NameParts) =>
    GIVEN_NAME_TITLES.test(candidate.description ?? "") ? onlyOne(clusters.filter((c) => c.parts.given[0] !== undefined && sameNamePart(c.parts.given[0], parts.surname))) : undefined;
  for (const { candidate, parts } of singles) {
    if (candidate.personEvidence && !clusters.some((c) => sameSurname(c.parts, parts)) && !familyNameFirst(parts) && !byGivenName(candidate, parts)) newCluster(parts);
  }
  // Singles in text order, so "the one named last" means last before this mention.
  for (const { candidate, parts } of singles) {
    const matching = clusters.filter((c) => sameSurname(c.parts, parts));
    let cluster: PersonCluster | undefined;
    if (matching.length === 1) cluster = matching[0];
    else if (matching.length > 1) {
      const firstMention = (c: PersonCluster) => Math.min(...c.mentions.map((m) => m.start));
      const before = matching.filter((c) => firstMention(c) < candidate.start);
      cluster = before.sort((a, b) => lastMentionBefore(b, candidate.start) - lastMentionBefore(a, candidate.start))[0] ?? matching[0];
    }
    if (!cluster && candidate.personEvidence) cluster = familyNameFirst(parts) ?? byGivenName(candidate, parts);
    // "Mohamed Shaheem Ali Saeed" ... "council member Shaheem": a long name shortened to one of its middle names.
    cluster ??= onlyOne(clusters.filter((c) => c.parts.given.slice(1).some((given) => sameNamePart(given, parts.surname))));
    if (cluster) attach(cluster, candidate, false);
  }
  return clusters.filter((cluster) => cluster.mentions.length > 0);
}

/** "Rustam Nurgaliyevich" after "Rustam Minnikhanov": a given name with a patronymic is the one person of that given name. */
function byPatronymic(clusters: PersonCluster[], parts: NameParts): PersonCluster | undefined {
  if (parts.given.length !== 1 || !/(?:ovich|evich|ovna|evna|ichna)$/.test(parts.surname)) return undefined;
  return onlyOne(clusters.filter((c) => c.parts.given[0] !== undefined && sameNamePart(c.parts.given[0], parts.given[0]!)));
}

const GIVEN_NAME_TITLES = /\b(prince|princess|king|queen|emir|sheikh|shaikh|sultan|crown prince|imam|ayatollah|pope)$/i;

export const onlyOne = <T>(items: T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

export function lastMentionBefore(cluster: PersonCluster, position: number): number {
  return Math.max(-1, ...cluster.mentions.filter((m) => m.start < position).map((m) => m.start));
}

/** The most frequent full form, then the longest; a single name when that is all the article gives. */
export function canonicalName(cluster: PersonCluster): string {
  const forms = [...cluster.fullForms.entries()].sort((a, b) => b[1] - a[1] || b[0].split(" ").length - a[0].split(" ").length);
  if (forms.length > 0) return stripHonorific(forms[0][0]);
  return stripHonorific([...cluster.aliases].sort((a, b) => b.length - a.length)[0]);
}

/** Without a leading honorific, and without the apostrophe some spellings give a word-final ayn ("Shia’ al-Sudani"). */
export function stripHonorific(name: string): string {
  return name.replace(/^(Mr|Mrs|Ms|Dr|Prof|Sir)\.?\s+/, "").replace(/(\p{L})['’](?=\s)/gu, "$1");
}
