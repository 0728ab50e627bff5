// Loading actors: by id, by any alias, per article (paged), their aliases and
// co-actors, and the root list.
import DataLoader from "dataloader";
import { Prisma } from "../../generated/prisma/client";
import type { ActorFilter, ActorOrder } from "../../generated/graphql";
import { normalizeName } from "../../text/normalize";
import { type Ordering, type SortKey, type Row } from "../connection";
import { rowIdOf } from "../ids";
import { recordLoaderBatch } from "../../observability/metrics";
import { asModel, conditions, containing, dataLoaderOptions, likeLiteral, listLoader, pagedRelation, pairLoader, rootListLoader, rowLoader, type LoaderSettings } from "../loader";
import type { Actor, ActorAlias, CoActorRow } from "../models";
import { queryRows } from "../rows";

export const actorColumns = Prisma.sql`actor.id, actor.name, actor.kind, actor.description,
  actor.affiliation_id AS "affiliationId", actor.created_at AS "createdAt"`;

const actorName: SortKey = { sql: Prisma.sql`actor.name`, type: "text" };
const actorId: SortKey = { sql: Prisma.sql`actor.id`, type: "int" };

/** Most rows of `table` naming the actor in `column` first: the count, negated, ascends with the id. */
function mostFirst(name: string, table: string, column: string): Ordering {
  const count: SortKey = { sql: Prisma.sql`-(SELECT count(*) FROM ${Prisma.raw(table)} WHERE ${Prisma.raw(`${table}.${column}`)} = actor.id)::int`, type: "int" };
  return { name, keys: [count, actorId], descending: false };
}

export const actorOrderings: Record<ActorOrder, Ordering> = {
  NAME_ASC: { name: "name-asc", keys: [actorName, actorId], descending: false },
  NAME_DESC: { name: "name-desc", keys: [actorName, actorId], descending: true },
  MENTIONS_DESC: mostFirst("mentions-desc", "article_actor", "actor_id"),
  CLAIMS_DESC: mostFirst("claims-desc", "claim", "speaker_id"),
  EVENTS_DESC: mostFirst("events-desc", "event_participant", "actor_id"),
};

export function actorConditions(filter: ActorFilter = {}): Prisma.Sql[] {
  const { kind, affiliation, topic, text } = filter;
  return conditions(
    kind?.length && Prisma.sql`actor.kind::text = ANY(${kind})`,
    affiliation && Prisma.sql`actor.affiliation_id = ${rowIdOf(affiliation, "Actor")}`,
    topic &&
      Prisma.sql`EXISTS (SELECT 1 FROM event_participant JOIN event_topic ON event_topic.event_id = event_participant.event_id
                         JOIN topic ON topic.id = event_topic.topic_id
                         WHERE event_participant.actor_id = actor.id AND topic.slug = ${topic})`,
    // The trigram index on actor_alias.normalized serves this LIKE.
    text &&
      Prisma.sql`EXISTS (SELECT 1 FROM actor_alias WHERE actor_alias.actor_id = actor.id
                         AND actor_alias.normalized LIKE ${containing(normalizeName(text))})`,
  );
}

/** What every paged list of actors takes: the root list's filter and orderings. */
export const actorArguments = { filterBy: actorConditions, orderings: actorOrderings };

/**
 * How similar (pg_trgm) an alias must be to a name no alias matches exactly.
 * Spelling variants clear it ("ahmed shara" ~ "ahmad shara" 0.60, "dmitri peskov"
 * ~ "dmitry peskov" 0.75); another given name with the same surname does not
 * ("maher sharaa" ~ "ahmad sharaa" 0.37). Only aliases of as many words compete,
 * so a surname-only alias never stands in for a full name.
 */
const SIMILAR_ALIAS_FLOOR = 0.45;

/** The actor whose alias is most similar to each name key, through the trigram index. */
function actorBySimilarAlias(settings: LoaderSettings) {
  return new DataLoader<string, Actor | null>(async (keys) => {
    recordLoaderBatch(keys.length);
    const rows = await queryRows(settings.pool, Prisma.sql`
      SELECT DISTINCT ON (wanted.key) ${actorColumns}, wanted.key AS _key
        FROM unnest(${[...keys]}::text[]) AS wanted(key)
        JOIN actor_alias ON actor_alias.normalized % wanted.key
        JOIN actor ON actor.id = actor_alias.actor_id
       WHERE similarity(actor_alias.normalized, wanted.key) >= ${SIMILAR_ALIAS_FLOOR}
         AND cardinality(string_to_array(actor_alias.normalized, ' ')) = cardinality(string_to_array(wanted.key, ' '))
       ORDER BY wanted.key, similarity(actor_alias.normalized, wanted.key) DESC, actor.id`);
    const byKey = new Map(rows.map(({ _key, ...row }) => [_key as string, asModel<Actor>(row)]));
    return keys.map((key) => byKey.get(key) ?? null);
  }, dataLoaderOptions(settings));
}

/** How many articles mention the actor: how its aliases and suggestions rank. */
const mentionCount = Prisma.sql`(SELECT count(*) FROM article_actor WHERE article_actor.actor_id = actor.id)`;

/** At most this many autocomplete suggestions. */
export const MAX_SUGGESTIONS = 50;

/**
 * Actors with an alias in which a word starts with the prefix (already folded
 * by normalizeName), most mentioned first. Both LIKE patterns are served by the
 * trigram index on actor_alias.normalized once the prefix has three letters.
 */
function actorsByPrefix(settings: LoaderSettings) {
  return async (prefix: string, first: number): Promise<Actor[]> => {
    const escaped = likeLiteral(prefix);
    const rows = await queryRows(settings.pool, Prisma.sql`
      SELECT ${actorColumns} FROM actor
       WHERE EXISTS (SELECT 1 FROM actor_alias WHERE actor_alias.actor_id = actor.id
                        AND (actor_alias.normalized LIKE ${`${escaped}%`} OR actor_alias.normalized LIKE ${`% ${escaped}%`}))
       ORDER BY ${mentionCount} DESC, actor.name, actor.id
       LIMIT ${first}`);
    return rows.map(asModel<Actor>);
  };
}

/** The actor table as the by-id and root-list loaders read it. */
const ofActors = { select: actorColumns, from: Prisma.sql`actor`, toEdge: (row: Row) => ({ node: asModel<Actor>(row) }) };

/** Actors as the root list reads them. */
const actorList = { ...ofActors, ...actorArguments, ordering: actorOrderings.NAME_ASC };

export const actorsByArticle = pagedRelation({
  ...actorArguments,
  select: Prisma.sql`${actorColumns}, article_actor.mention_count AS "mentionCount", article_actor.first_offset AS "firstOffset"`,
  from: Prisma.sql`article_actor JOIN actor ON actor.id = article_actor.actor_id`,
  parentKey: Prisma.sql`article_actor.article_id`,
  // In order of first mention.
  ordering: {
    name: "first-mention",
    keys: [{ sql: Prisma.sql`article_actor.first_offset`, type: "int" }, actorId],
    descending: false,
  },
  toEdge: ({ mentionCount, firstOffset, ...actor }) => ({
    node: asModel<Actor>(actor),
    mentionCount: mentionCount as number,
    firstOffset: firstOffset as number,
  }),
});

/** Actors sharing events with the parent, most shared events first. */
export const coActorsByActor = pagedRelation({
  filterBy: actorConditions,
  select: Prisma.sql`${actorColumns}, co_actor.shared_events AS "sharedEvents", co_actor.of_actor_id AS "ofActorId"`,
  from: Prisma.sql`(SELECT mine.actor_id AS of_actor_id, theirs.actor_id AS actor_id, count(*)::int AS shared_events
                    FROM event_participant mine
                    JOIN event_participant theirs ON theirs.event_id = mine.event_id AND theirs.actor_id <> mine.actor_id
                    GROUP BY mine.actor_id, theirs.actor_id) co_actor
                   JOIN actor ON actor.id = co_actor.actor_id`,
  parentKey: Prisma.sql`co_actor.of_actor_id`,
  ordering: {
    name: "shared-events",
    keys: [{ sql: Prisma.sql`-co_actor.shared_events`, type: "int" }, actorId],
    descending: false,
  },
  toEdge: (row): { node: CoActorRow } => ({ node: toCoActor(row) }),
});

function toCoActor({ sharedEvents, ofActorId, ...actor }: Row): CoActorRow {
  return { ofActorId: ofActorId as number, actor: asModel<Actor>(actor), sharedEvents: sharedEvents as number };
}

export function actorLoaders(settings: LoaderSettings) {
  return {
    actorById: rowLoader(settings, { ...ofActors, key: Prisma.sql`actor.id`, toValue: asModel<Actor> }),

    /**
     * Keyed by normalizeName(name). When two actors share an alias, the one
     * more articles mention wins.
     */
    actorByAlias: rowLoader<string, Actor>(settings, {
      select: actorColumns,
      from: Prisma.sql`actor_alias JOIN actor ON actor.id = actor_alias.actor_id`,
      key: Prisma.sql`actor_alias.normalized`,
      orderBy: Prisma.sql`${mentionCount} DESC, actor.id`,
      toValue: asModel<Actor>,
    }),

    actorBySimilarAlias: actorBySimilarAlias(settings),

    actorsByPrefix: actorsByPrefix(settings),

    aliasesByActor: listLoader(settings, {
      select: Prisma.sql`actor_alias.id, actor_alias.actor_id AS "actorId", actor_alias.surface, actor_alias.normalized`,
      from: Prisma.sql`actor_alias`,
      key: Prisma.sql`actor_alias.actor_id`,
      orderBy: Prisma.sql`actor_alias.surface`,
      toValue: asModel<ActorAlias>,
    }),

    /** Keyed "actorId:coActorId", the keys of a co-actor's global id; null when the two share no event. */
    coActorByKeys: pairLoader(settings, {
      select: Prisma.sql`${actorColumns}, count(*)::int AS "sharedEvents", mine.actor_id AS "ofActorId"`,
      from: Prisma.sql`event_participant mine
        JOIN event_participant theirs ON theirs.event_id = mine.event_id AND theirs.actor_id <> mine.actor_id
        JOIN actor ON actor.id = theirs.actor_id`,
      keys: [Prisma.sql`mine.actor_id`, Prisma.sql`theirs.actor_id`],
      groupBy: Prisma.sql`actor.id, mine.actor_id, theirs.actor_id`,
      toValue: toCoActor,
    }),

    actors: rootListLoader(settings, actorList),
  };
}
