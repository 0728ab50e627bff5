// Aggregates over the graph: facet counts beside a root list, the corpus-wide
// co-occurrence network and the timeline. Each is one statement (the network
// two), scoped by the same filter conditions the lists use.
import DataLoader from "dataloader";
import { Prisma } from "../../generated/prisma/client";
import type { ActorNetworkFilter, TimeBucket, TimelineFilter } from "../../generated/graphql";
import { recordLoaderBatch } from "../../observability/metrics";
import { actorColumns, actorConditions } from "../actor/loaders";
import { articleConditions } from "../article/loaders";
import { claimConditions } from "../claim/loaders";
import { eventConditions } from "../event/loaders";
import { allOf, asModel, dataLoaderOptions, type LoaderSettings } from "../loader";
import type { Actor } from "../models";
import { queryRows } from "../rows";

// ------------------------------------------------------------------ facets

/** A facet: the value each row of the scope counts under, and what to join to reach it. */
interface FacetDefinition {
  value: Prisma.Sql;
  join?: Prisma.Sql;
}

/** Per list type: the table, the columns of it the facets read (kept small: the scope is materialised), and the facets. */
const FACETED = {
  Article: {
    table: "article",
    columns: Prisma.sql`article.id, article.source, article.language`,
    facets: {
      topics: { value: Prisma.sql`topic.slug`, join: Prisma.sql`JOIN article_topic ON article_topic.article_id = scope.id JOIN topic ON topic.id = article_topic.topic_id` },
      sources: { value: Prisma.sql`scope.source` },
      languages: { value: Prisma.sql`scope.language` },
    },
  },
  Event: {
    table: "event",
    columns: Prisma.sql`event.id, event.kind, event.status`,
    facets: {
      kinds: { value: Prisma.sql`scope.kind::text` },
      statuses: { value: Prisma.sql`scope.status::text` },
      topics: { value: Prisma.sql`topic.slug`, join: Prisma.sql`JOIN event_topic ON event_topic.event_id = scope.id JOIN topic ON topic.id = event_topic.topic_id` },
    },
  },
  Actor: {
    table: "actor",
    columns: Prisma.sql`actor.id, actor.kind`,
    facets: { kinds: { value: Prisma.sql`scope.kind::text` } },
  },
  Claim: {
    table: "claim",
    columns: Prisma.sql`claim.id, claim.article_id, claim.quote IS NOT NULL AS quoted`,
    facets: {
      topics: { value: Prisma.sql`topic.slug`, join: Prisma.sql`JOIN claim_topic ON claim_topic.claim_id = scope.id JOIN topic ON topic.id = claim_topic.topic_id` },
      sources: { value: Prisma.sql`article.source`, join: Prisma.sql`JOIN article ON article.id = scope.article_id` },
      quoted: { value: Prisma.sql`CASE WHEN scope.quoted THEN 'quote' ELSE 'paraphrase' END` },
    },
  },
} satisfies Record<string, { table: string; columns: Prisma.Sql; facets: Record<string, FacetDefinition> }>;

export type FacetedType = keyof typeof FACETED;

/** The facets of one root list: its type and the conditions its filter set (src/graph/loader.ts FILTERED). */
export interface FacetScope {
  type: FacetedType;
  where: Prisma.Sql[];
}

export interface FacetCount {
  value: string;
  count: number;
}

interface FacetRequest {
  scope: FacetScope;
  facet: string;
}

/** Counts by value, most first; rows without a value are not counted. */
function facetSql({ type, where }: FacetScope, facets: string[]): Prisma.Sql {
  const { table, columns, facets: definitions } = FACETED[type];
  const parts = facets.map((facet) => {
    const { value, join } = (definitions as Record<string, FacetDefinition>)[facet]!;
    return Prisma.sql`SELECT ${facet} AS facet, ${value} AS value, count(*)::int AS count
      FROM scope ${join ?? Prisma.empty} WHERE ${value} IS NOT NULL GROUP BY ${value}`;
  });
  return Prisma.sql`WITH scope AS MATERIALIZED (SELECT ${columns} FROM ${Prisma.raw(table)} WHERE ${allOf(where)})
    ${Prisma.join(parts, " UNION ALL ")} ORDER BY facet, count DESC, value`;
}

/** Every facet field selected under one list's `facets` is counted in one statement. */
function facetLoader(settings: LoaderSettings) {
  // Requests are keyed by identity: each facet field asks with its list's own scope object.
  return new DataLoader<FacetRequest, FacetCount[]>(
    async (requests) => {
      recordLoaderBatch(requests.length);
      const byScope = new Map<FacetScope, string[]>();
      for (const { scope, facet } of requests) byScope.set(scope, [...(byScope.get(scope) ?? []), facet]);
      const counted = new Map<FacetScope, Map<string, FacetCount[]>>();
      for (const [scope, facets] of byScope) {
        const rows = await queryRows(settings.pool, facetSql(scope, [...new Set(facets)]));
        const byFacet = new Map<string, FacetCount[]>();
        for (const { facet, value, count } of rows) byFacet.set(facet as string, [...(byFacet.get(facet as string) ?? []), { value: value as string, count: count as number }]);
        counted.set(scope, byFacet);
      }
      return requests.map(({ scope, facet }) => counted.get(scope)?.get(facet) ?? []);
    },
    dataLoaderOptions(settings),
  );
}

// ------------------------------------------------------------------ the network

export const MAX_NETWORK_NODES = 200;

export interface NetworkNodeRow {
  actor: Actor;
  events: number;
  articles: number;
}

export interface NetworkEdgeRow {
  source: number;
  target: number;
  sharedEvents: number;
  sharedArticles: number;
}

/** One day later: a Date filter's inclusive `to` as an exclusive bound on instants. */
function dayAfter(date: Date): Date {
  return new Date(date.getTime() + 24 * 60 * 60 * 1000);
}

/** The events and articles a network or timeline filter keeps, as the event and article lists would filter them. */
function scopeConditions(filter: { from?: Date | null; to?: Date | null; topic?: string | null; actor?: string | null }) {
  const { from, to, topic, actor } = filter;
  return {
    events: eventConditions({ startDate: { from, to }, topic, actor }),
    articles: articleConditions({ published: { from, to: to && dayAfter(to) }, topic, actor }),
    claims: claimConditions({ claimed: { from, to: to && dayAfter(to) }, topic, speaker: actor }),
  };
}

/** The participations and mentions in scope, as (actor_id, event_id) and (actor_id, article_id). */
function inScope(filter: ActorNetworkFilter, onlyActors: number[] | null): Prisma.Sql {
  const scope = scopeConditions(filter);
  const actors = (column: string) => (onlyActors ? Prisma.sql`AND ${Prisma.raw(column)} = ANY(${onlyActors})` : Prisma.empty);
  return Prisma.sql`
    participations AS (SELECT event_participant.actor_id, event_participant.event_id FROM event_participant
                        JOIN event ON event.id = event_participant.event_id WHERE ${allOf(scope.events)} ${actors("event_participant.actor_id")}),
    mentions AS (SELECT article_actor.actor_id, article_actor.article_id FROM article_actor
                  JOIN article ON article.id = article_actor.article_id WHERE ${allOf(scope.articles)} ${actors("article_actor.actor_id")})`;
}

function networkLoaders(settings: LoaderSettings) {
  return {
    /** The most active actors in scope: events plus articles. */
    networkNodes: async (filter: ActorNetworkFilter, first: number): Promise<NetworkNodeRow[]> => {
      const rows = await queryRows(settings.pool, Prisma.sql`
        WITH ${inScope(filter, null)},
        activity AS (SELECT actor_id, sum(events)::int AS events, sum(articles)::int AS articles FROM (
            SELECT actor_id, count(*) AS events, 0 AS articles FROM participations GROUP BY actor_id
            UNION ALL SELECT actor_id, 0, count(*) FROM mentions GROUP BY actor_id) counted GROUP BY actor_id)
        SELECT ${actorColumns}, activity.events AS _events, activity.articles AS _articles
          FROM activity JOIN actor ON actor.id = activity.actor_id
         WHERE ${allOf(actorConditions({ kind: filter.kind }))}
         ORDER BY activity.events + activity.articles DESC, actor.id
         LIMIT ${first}`);
      return rows.map(({ _events, _articles, ...actor }) => ({ actor: asModel<Actor>(actor), events: _events as number, articles: _articles as number }));
    },

    /** Co-occurrence among these actors: shared events and shared articles per pair. */
    networkEdges: async (filter: ActorNetworkFilter, actorIds: number[]): Promise<NetworkEdgeRow[]> => {
      if (actorIds.length < 2) return [];
      const rows = await queryRows(settings.pool, Prisma.sql`
        WITH ${inScope(filter, actorIds)},
        pairs AS (
          SELECT mine.actor_id AS source, theirs.actor_id AS target, 1 AS event, 0 AS article FROM participations mine
            JOIN participations theirs ON theirs.event_id = mine.event_id AND theirs.actor_id > mine.actor_id
          UNION ALL
          SELECT mine.actor_id, theirs.actor_id, 0, 1 FROM mentions mine
            JOIN mentions theirs ON theirs.article_id = mine.article_id AND theirs.actor_id > mine.actor_id)
        SELECT source, target, sum(event)::int AS "sharedEvents", sum(article)::int AS "sharedArticles" FROM pairs
         GROUP BY source, target HAVING sum(event) + sum(article) >= ${filter.minWeight ?? 1}
         ORDER BY source, target`);
      return rows.map((row) => asModel<NetworkEdgeRow>(row));
    },
  };
}

// ------------------------------------------------------------------ the timeline

export interface TimelineBucketRow {
  start: Date;
  events: number;
  articles: number;
  claims: number;
}

const BUCKET_UNIT: Record<TimeBucket, string> = { DAY: "day", WEEK: "week", MONTH: "month" };

function timelineLoader(settings: LoaderSettings) {
  return async (filter: TimelineFilter, bucket: TimeBucket): Promise<TimelineBucketRow[]> => {
    const scope = scopeConditions(filter);
    const unit = BUCKET_UNIT[bucket];
    // Instants are bucketed by their UTC day, as Date values are.
    const start = (day: string) => Prisma.sql`date_trunc(${unit}, ${Prisma.raw(day)}::timestamp)::date`;
    const rows = await queryRows(settings.pool, Prisma.sql`
      SELECT start, sum(events)::int AS events, sum(articles)::int AS articles, sum(claims)::int AS claims FROM (
        SELECT ${start("event.start_date")} AS start, count(*) AS events, 0 AS articles, 0 AS claims
          FROM event WHERE event.start_date IS NOT NULL AND ${allOf(scope.events)} GROUP BY 1
        UNION ALL
        SELECT ${start("(article.published_at AT TIME ZONE 'UTC')")}, 0, count(*), 0
          FROM article WHERE article.published_at IS NOT NULL AND ${allOf(scope.articles)} GROUP BY 1
        UNION ALL
        SELECT ${start("(claim.claimed_at AT TIME ZONE 'UTC')")}, 0, 0, count(*)
          FROM claim WHERE claim.claimed_at IS NOT NULL AND ${allOf(scope.claims)} GROUP BY 1
      ) buckets GROUP BY start ORDER BY start`);
    return rows.map((row) => asModel<TimelineBucketRow>(row));
  };
}

export function aggregateLoaders(settings: LoaderSettings) {
  return {
    facets: facetLoader(settings),
    ...networkLoaders(settings),
    timeline: timelineLoader(settings),
  };
}
