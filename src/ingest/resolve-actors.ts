// Cross-article actor resolution: each actor extracted from an article is
// either an actor the graph already holds (same name key, a close spelling of
// it, or a surname that only one known person carries) or a new one.
// Candidates come from the database in one query; the decision itself is pure
// (matchActor) so that the rules are testable without Postgres.
import { Prisma } from "../generated/prisma/client";
import type { ActorKind } from "../generated/prisma/enums";
import { normalizeName } from "../text/normalize";
import {
  dropsFirstGivenName,
  foldLetters,
  isFullName,
  lastWord,
  looseNameKey,
  ministryForms,
  personNamesAgree,
  sameNameWord,
  surnameSpellings,
  trigramSimilarity,
  withoutCompanySuffix,
  words,
} from "./actor-names";
import { allocateIds, insertRows, type Tx } from "./sql";
import type { ExtractedActor } from "./types";

/** An actor as resolution sees it: from the graph, or created earlier in this article. */
export interface KnownActor {
  id: number;
  name: string;
  kind: ActorKind;
  description: string | null;
  affiliationId: number | null;
  /**
   * The order key (src/ingest/order.ts) of the article the
   * description, and the affiliation, were taken from: the earliest article
   * giving one wins, so the graph does not depend on the order of ingestion.
   */
  descriptionSource?: string | null;
  affiliationSource?: string | null;
  /** normalizeName of every alias. */
  keys: Set<string>;
  isNew: boolean;
}

/** Whether an article with order key `candidate` should set a value last set by `current`'s. */
function comesFirst(candidate: string, current: string | null | undefined): boolean {
  return current == null || candidate < current;
}

/** The actor was read from Cyrillic text (it carries a Cyrillic form): its Latin names are transliterations. */
const isTransliterated = (actor: Pick<ExtractedActor, "aliases">) => actor.aliases.some((alias) => /[\u0400-\u04ff]/.test(alias));

/** Fuzzy matches must be close in trigram terms too, not only word by word. */
const PERSON_FUZZY_SIMILARITY = 0.45;
const OTHER_FUZZY_SIMILARITY = 0.75;
/** What the pg_trgm `%` search returns: the loosest of the thresholds above. */
export const TRIGRAM_SEARCH_THRESHOLD = Math.min(PERSON_FUZZY_SIMILARITY, OTHER_FUZZY_SIMILARITY);

/** Media are often typed as organisations and vice versa; every other kind must agree. */
function kindsCompatible(a: ActorKind, b: ActorKind): boolean {
  if (a === b) return true;
  const loose: ActorKind[] = ["ORGANIZATION", "MEDIA"];
  return loose.includes(a) && loose.includes(b);
}

function actorKeys(actor: Pick<ExtractedActor, "name" | "aliases">): Set<string> {
  return new Set([actor.name, ...actor.aliases].map(normalizeName).filter(Boolean));
}

/** The candidate sharing the most keys with `keys`; ties go to the oldest actor. */
function best(candidates: KnownActor[], keys: Set<string>): KnownActor | undefined {
  const shared = (actor: KnownActor) => [...keys].filter((key) => actor.keys.has(key)).length;
  return [...candidates].sort((a, b) => shared(b) - shared(a) || a.id - b.id)[0];
}

function matchPerson(nameKey: string, keys: Set<string>, known: KnownActor[]): KnownActor | undefined {
  const people = known.filter((actor) => actor.kind === "PERSON");
  const fullKeys = [...keys].filter(isFullName);
  if (isFullName(nameKey)) {
    // A full name may only meet another full name whose given name agrees:
    // Maher al-Sharaa never matches Ahmad al-Sharaa through the shared surname.
    const exact = people.filter((actor) => fullKeys.some((key) => actor.keys.has(key)));
    if (exact.length > 0) return best(exact, keys);
    const fuzzy = people.filter((actor) =>
      fullKeys.some((key) =>
        [...actor.keys]
          .filter(isFullName)
          .some((own) => {
            const [a, b] = [foldLetters(key), foldLetters(own)];
            return (personNamesAgree(a, b) && trigramSimilarity(a, b) >= PERSON_FUZZY_SIMILARITY) || dropsFirstGivenName(a, b);
          }),
      ),
    );
    if (fuzzy.length > 0) return best(fuzzy, keys);
    // A person so far known only by surname gets their full name now.
    const surnameOnly = people.filter(
      (actor) => ![...actor.keys].some(isFullName) && actor.keys.has(lastWord(nameKey)),
    );
    return surnameOnly.length === 1 ? surnameOnly[0] : undefined;
  }
  // A surname alone is the one full-named person carrying it; failing that
  // (none, or several), the person known only by that surname.
  const carriers = (same: (a: string, b: string) => boolean) =>
    people.filter((actor) => [...actor.keys].some((own) => same(lastWord(own), nameKey)));
  const [full, surnameOnly] = partitionByFullName(carriers((a, b) => a === b));
  if (full.length === 1) return full[0];
  if (surnameOnly.length > 0) return best(surnameOnly, keys);
  if (full.length > 1) return undefined;
  const close = carriers(sameNameWord);
  return close.length === 1 ? close[0] : undefined;
}

/** People known by a full name, and people known only by a surname. */
function partitionByFullName(people: KnownActor[]): [KnownActor[], KnownActor[]] {
  const full = people.filter((actor) => [...actor.keys].some(isFullName));
  return [full, people.filter((actor) => !full.includes(actor))];
}

function matchOther(kind: ActorKind, keys: Set<string>, known: KnownActor[]): KnownActor | undefined {
  const sameKind = known.filter((actor) => kindsCompatible(actor.kind, kind));
  const shares = (actor: KnownActor, key: string) => actor.keys.has(key) || [...actor.keys].some((own) => withoutCompanySuffix(own).includes(key));
  const exact = sameKind.filter((actor) => [...keys].some((key) => shares(actor, key)) && !onlyAcronymShared(actor, keys, shares));
  if (exact.length > 0) return best(exact, keys);
  const fuzzy = sameKind.filter(
    (actor) =>
      actor.kind === kind &&
      [...keys].filter(isFullName).some((key) =>
        [...actor.keys].some((own) => trigramSimilarity(key, own) >= OTHER_FUZZY_SIMILARITY),
      ),
  );
  return best(fuzzy, keys);
}

/**
 * "NBC" for the National Broadcasting Commission and for the Namibian Broadcasting
 * Corporation: two bodies that share only a one-word key (an acronym) and each give
 * a different full name are two bodies.
 */
function onlyAcronymShared(actor: KnownActor, keys: Set<string>, shares: (actor: KnownActor, key: string) => boolean): boolean {
  const shared = [...keys].filter((key) => shares(actor, key));
  if (shared.some(isFullName)) return false;
  return [...keys].some(isFullName) && [...actor.keys].some(isFullName);
}

const isAcronym = (surface: string) => /^[A-Z0-9&]{2,}$/.test(surface.replace(/[.\s-]/g, ""));

/**
 * Keys an organisation or group may be matched on: its name and its
 * multi-word or acronym aliases. A one-word alias ("Ministry", "Army") names
 * too many bodies to join two articles on.
 */
function organisationKeys(actor: ExtractedActor): Set<string> {
  const distinctive = actor.aliases.filter((alias) => alias === actor.name || isAcronym(alias) || isFullName(normalizeName(alias)));
  return new Set([actor.name, ...distinctive].map(normalizeName).filter(Boolean).flatMap((key) => [key, ...ministryForms(key), ...withoutCompanySuffix(key)]));
}

/** The known actor an extracted one is, if any. */
export function matchActor(actor: ExtractedActor, known: KnownActor[]): KnownActor | undefined {
  const keys = actorKeys(actor);
  if (keys.size === 0) return undefined;
  if (actor.kind === "PERSON" && isTransliterated(actor)) {
    // Transliterations of one name differ in a few letters: both sides are compared folded.
    const views = known.map((candidate) => ({ ...candidate, keys: new Set([...candidate.keys].map(looseNameKey)) }));
    const found = matchPerson(looseNameKey(normalizeName(actor.name)), new Set([...keys].map(looseNameKey)), views);
    return found && known[views.indexOf(found)];
  }
  if (actor.kind === "PERSON") return matchPerson(normalizeName(actor.name), keys, known);
  const isBody = actor.kind === "ORGANIZATION" || actor.kind === "GROUP";
  return matchOther(actor.kind, isBody ? organisationKeys(actor) : keys, known);
}

/** The fuller of two names (more words, then longer) is the canonical one. */
function fullerName(current: string, candidate: string): string {
  const score = (name: string) => [words(normalizeName(name)).length, name.length] as const;
  const [a, b] = [score(current), score(candidate)];
  return b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? candidate : current;
}

interface CandidateRow {
  id: number;
  name: string;
  kind: ActorKind;
  description: string | null;
  affiliation_id: number | null;
  description_source: string | null;
  affiliation_source: string | null;
  keys: string[];
}

/** The actors (with all their alias keys) whose ids `candidateIds` selects. */
async function actorsSelectedBy(tx: Tx, candidateIds: Prisma.Sql): Promise<KnownActor[]> {
  const rows = await tx.$queryRaw<CandidateRow[]>`
    WITH candidate AS (${candidateIds})
    SELECT actor.id, actor.name, actor.kind::text AS kind, actor.description, actor.affiliation_id,
           actor.description_source, actor.affiliation_source, array_agg(alias.normalized) AS keys
    FROM actor
    JOIN actor_alias alias ON alias.actor_id = actor.id
    WHERE actor.id IN (SELECT actor_id FROM candidate)
    GROUP BY actor.id`;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    affiliationId: row.affiliation_id,
    descriptionSource: row.description_source,
    affiliationSource: row.affiliation_source,
    keys: new Set(row.keys),
    isNew: false,
  }));
}

/**
 * Every stored actor that could be one of `actors`: an alias with the same key
 * or a person's bare surname; every person carrying a surname mentioned alone;
 * then, only for full names nothing matched exactly, trigram-close keys
 * (pg_trgm index). Two queries at most.
 */
async function loadCandidates(tx: Tx, actors: ExtractedActor[]): Promise<KnownActor[]> {
  const personNames = actors.filter((a) => a.kind === "PERSON").map((a) => normalizeName(a.name));
  // Transliterated people are also looked up by their folded keys and, full names too, by surname.
  const transliterated = actors.filter((a) => a.kind === "PERSON" && isTransliterated(a)).map((a) => normalizeName(a.name));
  const looseKeys = transliterated.flatMap((name) => [name, lastWord(name)].map(looseNameKey));
  const keys = [...new Set([...actors.flatMap((actor) => [...actorKeys(actor)]), ...personNames.map(lastWord), ...looseKeys])];
  const loneSurnames = [
    ...new Set([...personNames.filter((name) => !isFullName(name)), ...transliterated.flatMap((name) => surnameSpellings(lastWord(name)))].filter((name) => name.length >= 3)),
  ];
  if (keys.length === 0) return [];
  const known = await actorsSelectedBy(
    tx,
    Prisma.sql`SELECT actor_id FROM actor_alias WHERE normalized = ANY(${keys}::text[])
      UNION
      SELECT alias.actor_id FROM unnest(${loneSurnames}::text[]) AS s(word)
        JOIN actor_alias alias ON alias.normalized LIKE '% ' || s.word`,
  );
  const knownKeys = new Set(known.flatMap((actor) => [...actor.keys]));
  const unmatchedFullNames = actors
    .filter((actor) => ![...actorKeys(actor)].some((key) => knownKeys.has(key)))
    .flatMap((actor) => [...actorKeys(actor)].filter(isFullName).flatMap((key) => (isTransliterated(actor) ? [key, looseNameKey(key)] : [key])));
  if (unmatchedFullNames.length === 0) return known;
  const close = await actorsSelectedBy(
    tx,
    Prisma.sql`SELECT alias.actor_id FROM unnest(${unmatchedFullNames}::text[]) AS k(key)
      JOIN actor_alias alias ON alias.normalized % k.key`,
  );
  const knownIds = new Set(known.map((actor) => actor.id));
  return [...known, ...close.filter((actor) => !knownIds.has(actor.id))];
}

export interface ActorResolution {
  /** Extracted actor key → actor id. */
  idByKey: Map<string, number>;
  created: number;
  merged: number;
}

/**
 * Resolves the article's actors against the graph and writes actors, aliases
 * and article_actor rows: a fixed handful of queries whatever the actor count.
 */
export async function resolveActors(tx: Tx, articleId: number, actors: ExtractedActor[], articleOrder: string): Promise<ActorResolution> {
  const known = await loadCandidates(tx, actors);
  const resolved = new Map<string, KnownActor>();
  const created: KnownActor[] = [];
  const changed = new Set<KnownActor>();
  const merged = new Set<KnownActor>();
  // Full names first, so that a surname mention finds the person it belongs to.
  const ordered = [...actors].sort((a, b) => words(normalizeName(b.name)).length - words(normalizeName(a.name)).length);
  for (const extracted of ordered) {
    let actor = matchActor(extracted, known);
    if (actor) {
      if (!actor.isNew) merged.add(actor);
      // A transliteration renames a known actor only when it is fuller in words (the English spelling stays).
      const transliteration = isTransliterated(extracted) && words(normalizeName(extracted.name)).length <= words(normalizeName(actor.name)).length;
      const name = transliteration ? actor.name : fullerName(actor.name, extracted.name);
      const takeDescription = extracted.description != null && comesFirst(articleOrder, actor.descriptionSource);
      const description = takeDescription ? extracted.description! : actor.description;
      if (name !== actor.name || description !== actor.description || takeDescription) changed.add(actor);
      Object.assign(actor, { name, description, descriptionSource: takeDescription ? articleOrder : actor.descriptionSource });
      for (const key of actorKeys(extracted)) actor.keys.add(key);
    } else {
      actor = {
        id: 0, // assigned below, once the number of new actors is known
        name: extracted.name,
        kind: extracted.kind,
        description: extracted.description ?? null,
        affiliationId: null,
        descriptionSource: extracted.description != null ? articleOrder : null,
        keys: actorKeys(extracted),
        isNew: true,
      };
      known.push(actor);
      created.push(actor);
    }
    resolved.set(extracted.key, actor);
  }
  const ids = await allocateIds(tx, "actor", created.length);
  created.forEach((actor, i) => (actor.id = ids[i]));
  // Affiliations refer to other actors of the article, resolved only now.
  for (const extracted of actors) {
    const affiliation = extracted.affiliationKey ? resolved.get(extracted.affiliationKey) : undefined;
    const actor = resolved.get(extracted.key)!;
    if (affiliation && affiliation !== actor && comesFirst(articleOrder, actor.affiliationSource)) {
      actor.affiliationId = affiliation.id;
      actor.affiliationSource = articleOrder;
      changed.add(actor);
    }
  }

  await insertRows(
    tx,
    "actor",
    { id: "int", name: "text", kind: '"ActorKind"', description: "text", description_source: "text" },
    created.map((actor) => ({ id: actor.id, name: actor.name, kind: actor.kind, description: actor.description, description_source: actor.descriptionSource ?? null })),
  );
  // Affiliations after the insert: an actor may point at another created with it.
  if (changed.size > 0) {
    const rows = [...changed];
    await tx.$executeRaw`
      UPDATE actor SET name = u.name, description = u.description, affiliation_id = u.affiliation_id,
                       description_source = u.description_source, affiliation_source = u.affiliation_source
      FROM unnest(${rows.map((r) => r.id)}::int[], ${rows.map((r) => r.name)}::text[],
                  ${rows.map((r) => r.description)}::text[], ${rows.map((r) => r.affiliationId)}::int[],
                  ${rows.map((r) => r.descriptionSource ?? null)}::text[], ${rows.map((r) => r.affiliationSource ?? null)}::text[])
        AS u(id, name, description, affiliation_id, description_source, affiliation_source)
      WHERE actor.id = u.id`;
  }
  const aliases = new Map<string, { actor_id: number; surface: string; normalized: string }>();
  for (const extracted of actors) {
    const actorId = resolved.get(extracted.key)!.id;
    for (const surface of [extracted.name, ...extracted.aliases]) {
      const normalized = normalizeName(surface);
      if (normalized) aliases.set(`${actorId}\u0000${normalized}`, { actor_id: actorId, surface, normalized });
    }
  }
  await insertRows(tx, "actor_alias", { actor_id: "int", surface: "text", normalized: "text" }, [...aliases.values()], {
    skipDuplicates: true,
  });

  const mentions = new Map<number, { mentionCount: number; firstOffset: number }>();
  for (const extracted of actors) {
    const actorId = resolved.get(extracted.key)!.id;
    const firstOffset = Math.min(...extracted.mentions.map((m) => m.start), Number.MAX_SAFE_INTEGER);
    const entry = mentions.get(actorId) ?? { mentionCount: 0, firstOffset: Number.MAX_SAFE_INTEGER };
    entry.mentionCount += Math.max(extracted.mentions.length, 1);
    entry.firstOffset = Math.min(entry.firstOffset, firstOffset);
    mentions.set(actorId, entry);
  }
  await insertRows(
    tx,
    "article_actor",
    { article_id: "int", actor_id: "int", mention_count: "int", first_offset: "int" },
    [...mentions].map(([actorId, m]) => ({
      article_id: articleId,
      actor_id: actorId,
      mention_count: m.mentionCount,
      first_offset: m.firstOffset === Number.MAX_SAFE_INTEGER ? 0 : m.firstOffset,
    })),
  );
  return {
    idByKey: new Map([...resolved].map(([key, actor]) => [key, actor.id])),
    created: created.length,
    merged: merged.size,
  };
}
