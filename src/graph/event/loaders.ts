// Loading events: by id, per article / actor / topic (paged), their
// participants and discrepancies, and the root list.
import { Prisma } from "../../generated/prisma/client";
import type { ArticleEventRelation, ParticipantRole } from "../../generated/prisma/enums";
import type { EventFilter, EventOrder } from "../../generated/graphql";
import { actorArguments, actorColumns, actorOrderings } from "../actor/loaders";
import { type Ordering, type SortKey, type Row } from "../connection";
import { rowIdOf } from "../ids";
import { asModel, conditions, containing, listLoader, pagedRelation, pairLoader, rootListLoader, rowLoader, taggedWithAny, topicSlugs, type LoaderSettings } from "../loader";
import type { Actor, DiscrepancyRow, Event, ParticipantRow } from "../models";

export const eventColumns = Prisma.sql`event.id, event.title, event.kind, event.status, event.start_date AS "startDate",
  event.date_precision AS "datePrecision", event.place, event.latitude, event.longitude, event.summary,
  event.created_at AS "createdAt"`;

// Undated events sort as Postgres sorts NULL: last in date order, first in reverse. The (start_date, id) index serves both.
const startDate: SortKey = { sql: Prisma.sql`event.start_date`, type: "date", nullable: true };
const eventId: SortKey = { sql: Prisma.sql`event.id`, type: "int" };

export const eventOrderings: Record<EventOrder, Ordering> = {
  START_DATE_DESC: { name: "start-desc", keys: [startDate, eventId], descending: true },
  START_DATE_ASC: { name: "start-asc", keys: [startDate, eventId], descending: false },
};

/** A Date scalar as the day it names, so the comparison does not depend on the session time zone. */
function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function eventConditions(filter: EventFilter = {}): Prisma.Sql[] {
  const { startDate: range, kind, status, actor, actors, source, hasDiscrepancies, text } = filter;
  const slugs = topicSlugs(filter);
  const tookPart = (actorId: string) =>
    Prisma.sql`EXISTS (SELECT 1 FROM event_participant WHERE event_participant.event_id = event.id AND event_participant.actor_id = ${rowIdOf(actorId, "Actor")})`;
  return conditions(
    range?.from && Prisma.sql`event.start_date >= CAST(${day(range.from)} AS date)`,
    range?.to && Prisma.sql`event.start_date <= CAST(${day(range.to)} AS date)`,
    kind?.length && Prisma.sql`event.kind::text = ANY(${kind})`,
    status?.length && Prisma.sql`event.status::text = ANY(${status})`,
    actor && tookPart(actor),
    ...(actors ?? []).map(tookPart),
    slugs && taggedWithAny("event_topic", "event_id", Prisma.sql`event.id`, slugs),
    source &&
      Prisma.sql`EXISTS (SELECT 1 FROM article_event JOIN article ON article.id = article_event.article_id
                         WHERE article_event.event_id = event.id AND article.source = ${source})`,
    hasDiscrepancies != null &&
      Prisma.sql`${Prisma.raw(hasDiscrepancies ? "" : "NOT")} EXISTS (SELECT 1 FROM discrepancy WHERE discrepancy.event_id = event.id)`,
    text &&
      Prisma.sql`concat_ws(' ', event.title, event.summary, event.place) ILIKE ${containing(text)}`,
  );
}

/** What every paged list of events takes: the root list's filter and orderings. */
const eventArguments = { filterBy: eventConditions, orderings: eventOrderings };

/** The event table as the by-id and root-list loaders read it. */
const ofEvents = { select: eventColumns, from: Prisma.sql`event`, toEdge: (row: Row) => ({ node: asModel<Event>(row) }) };

/** Events as the root list reads them. */
const eventList = { ...ofEvents, ...eventArguments, ordering: eventOrderings.START_DATE_DESC };

export const eventsByArticle = pagedRelation({
  ...eventArguments,
  select: Prisma.sql`${eventColumns}, article_event.relation`,
  from: Prisma.sql`article_event JOIN event ON event.id = article_event.event_id`,
  parentKey: Prisma.sql`article_event.article_id`,
  ordering: eventOrderings.START_DATE_ASC,
  toEdge: ({ relation, ...event }) => ({ node: asModel<Event>(event), relation: relation as ArticleEventRelation }),
});

export const eventsByActor = pagedRelation({
  ...eventArguments,
  select: Prisma.sql`${eventColumns}, event_participant.role`,
  from: Prisma.sql`event_participant JOIN event ON event.id = event_participant.event_id`,
  parentKey: Prisma.sql`event_participant.actor_id`,
  ordering: eventOrderings.START_DATE_DESC,
  toEdge: ({ role, ...event }) => ({ node: asModel<Event>(event), role: role as ParticipantRole }),
});

export const eventsByTopic = pagedRelation({
  ...eventArguments,
  select: eventColumns,
  from: Prisma.sql`event_topic JOIN event ON event.id = event_topic.event_id`,
  parentKey: Prisma.sql`event_topic.topic_id`,
  ordering: eventOrderings.START_DATE_DESC,
  toEdge: (row) => ({ node: asModel<Event>(row) }),
});

/** Participations as rows: the participation's columns and its actor's. */
const ofParticipants = {
  select: Prisma.sql`${actorColumns}, event_participant.event_id AS "eventId", event_participant.role`,
  from: Prisma.sql`event_participant JOIN actor ON actor.id = event_participant.actor_id`,
  toParticipant: ({ eventId, role, ...actor }: Row): ParticipantRow => ({ eventId: eventId as number, role: role as ParticipantRole, actor: asModel<Actor>(actor) }),
};

/** Participants come with their actor joined in: EventParticipant.actor needs no further query. */
export const participantsByEvent = pagedRelation({
  ...ofParticipants,
  ...actorArguments,
  parentKey: Prisma.sql`event_participant.event_id`,
  ordering: actorOrderings.NAME_ASC,
  toEdge: (row): { node: ParticipantRow } => ({ node: ofParticipants.toParticipant(row) }),
});

export function eventLoaders(settings: LoaderSettings) {
  return {
    eventById: rowLoader(settings, { ...ofEvents, key: Prisma.sql`event.id`, toValue: asModel<Event> }),

    /** Keyed "eventId:actorId", the keys of a participation's global id. */
    participantByKeys: pairLoader(settings, {
      ...ofParticipants,
      keys: [Prisma.sql`event_participant.event_id`, Prisma.sql`event_participant.actor_id`],
      toValue: ofParticipants.toParticipant,
    }),

    /** One row per disputed field, its values (with their articles) aggregated as JSON. */
    discrepanciesByEvent: listLoader(settings, {
      select: Prisma.sql`disputed.field, json_agg(json_build_object('value', disputed.value, 'articleIds', disputed.article_ids)
                         ORDER BY disputed.value) AS "values"`,
      from: Prisma.sql`(SELECT discrepancy.event_id, discrepancy.field, discrepancy_value.value,
                               array_agg(discrepancy_value.article_id ORDER BY discrepancy_value.article_id) AS article_ids
                        FROM discrepancy JOIN discrepancy_value ON discrepancy_value.discrepancy_id = discrepancy.id
                        GROUP BY discrepancy.event_id, discrepancy.field, discrepancy_value.value) disputed`,
      key: Prisma.sql`disputed.event_id`,
      groupBy: Prisma.sql`disputed.event_id, disputed.field`,
      orderBy: Prisma.sql`field`,
      toValue: asModel<DiscrepancyRow>,
    }),

    events: rootListLoader(settings, eventList),
  };
}
