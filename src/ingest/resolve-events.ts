// Cross-article event resolution: an event the article reports is linked to
// the matching event of the graph when there is one (event-match.ts decides),
// refining its status, date and place, and recording disagreements; otherwise
// it becomes a new event.
import type { ActorKind, DatePrecision, EventKind, EventStatus, ParticipantRole } from "../generated/prisma/enums";
import { reportField } from "./discrepancies";
import {
  compareEvents,
  comparePlaces,
  candidateDates,
  formatDate,
  isBroadParticipant,
  placeParts,
  morePrecise,
  type EventFacts,
} from "./event-match";
import { allocateIds, insertRows, type Tx } from "./sql";
import type { ExtractedEvent } from "./types";

interface KnownEvent extends EventFacts {
  id: number;
  status: EventStatus;
  isNew: boolean;
}

interface CandidateRow {
  id: number;
  kind: EventKind;
  status: EventStatus;
  start_date: Date | null;
  date_precision: DatePrecision | null;
  place: string | null;
  participant_ids: number[];
  participant_kinds: ActorKind[];
  participant_roles: ParticipantRole[];
}

function factsOf(event: ExtractedEvent, actorIds: Map<string, number>, kinds: Map<number, ActorKind>): EventFacts {
  const participants: EventFacts["participants"] = new Map();
  for (const p of event.participants) {
    const id = actorIds.get(p.actorKey);
    if (id !== undefined && !participants.has(id)) participants.set(id, { kind: kinds.get(id)!, role: p.role });
  }
  return {
    kind: event.kind,
    date: event.date?.date ?? null,
    precision: event.date?.precision ?? null,
    place: eventPlace(event),
    participants,
  };
}

/** Venue and city together ("Tishreen Palace, Damascus"), so that venues in one city compare. */
function eventPlace(event: ExtractedEvent): string | null {
  const { place, placeCity } = event;
  if (!place || !placeCity) return place ?? placeCity ?? null;
  return placeParts(place).includes(placeParts(placeCity).join(" ")) ? place : `${place}, ${placeCity}`;
}

/**
 * Events that could be one of the article's: those sharing a person or
 * organisation at a date that fits (candidateDates), and for events
 * naming only states, those of the same states on the same date (states take
 * part in too many events to fetch them all).
 */
async function loadCandidates(tx: Tx, incoming: EventFacts[], publishedAt: Date | null): Promise<KnownEvent[]> {
  const idsOf = (facts: EventFacts, broad: boolean) =>
    [...facts.participants].filter(([, p]) => isBroadParticipant(p.kind) === broad).map(([id]) => id);
  const withPeople = incoming.filter((facts) => idsOf(facts, false).length > 0);
  const specificIds = [...new Set(withPeople.flatMap((facts) => idsOf(facts, false)))];
  const dates = withPeople.map((facts) => candidateDates(facts, publishedAt));
  const anyDate = dates.includes("any");
  const specificDates = [...new Set(dates.flatMap((d) => (d === "any" ? [] : d)))];
  const statesOnly = incoming.filter((facts) => facts.date && idsOf(facts, false).length === 0);
  const broadIds = [...new Set(statesOnly.flatMap((facts) => idsOf(facts, true)))];
  const broadDates = statesOnly.map((facts) => facts.date!.toISOString().slice(0, 10));
  if (specificIds.length === 0 && broadIds.length === 0) return [];

  const rows = await tx.$queryRaw<CandidateRow[]>`
    SELECT e.id, e.kind::text AS kind, e.status::text AS status, e.start_date, e.date_precision::text AS date_precision,
           e.place, array_agg(p.actor_id) AS participant_ids, array_agg(a.kind::text) AS participant_kinds,
           array_agg(p.role::text) AS participant_roles
    FROM event e
    JOIN event_participant p ON p.event_id = e.id
    JOIN actor a ON a.id = p.actor_id
    -- ARRAY(...) makes the planner expect few candidates and walk the indexes.
    WHERE e.id = ANY(ARRAY(
      SELECT p.event_id FROM event e JOIN event_participant p ON p.event_id = e.id
      WHERE p.actor_id = ANY(${specificIds}::int[])
        AND (e.start_date IS NULL OR ${anyDate}::boolean OR e.start_date = ANY(${specificDates}::date[]))
      UNION
      SELECT p.event_id FROM event e JOIN event_participant p ON p.event_id = e.id
      WHERE p.actor_id = ANY(${broadIds}::int[]) AND e.start_date = ANY(${broadDates}::date[])
    ))
    GROUP BY e.id`;
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    date: row.start_date,
    precision: row.date_precision,
    place: row.place,
    participants: new Map(
      row.participant_ids.map((id, i) => [id, { kind: row.participant_kinds[i], role: row.participant_roles[i] }] as const),
    ),
    isNew: false,
  }));
}

/** A later report settles a plan: planned → occurred or cancelled, never back. */
function laterStatus(current: EventStatus, reported: EventStatus): EventStatus {
  if (current === reported || reported === "UNKNOWN" || reported === "PLANNED") {
    return current === "UNKNOWN" ? reported : current;
  }
  return current === "OCCURRED" && reported === "CANCELLED" ? current : reported;
}

export interface EventResolution {
  /** Extracted event key → event id. */
  idByKey: Map<string, number>;
  created: number;
  merged: number;
}

export interface EventContext {
  articleId: number;
  publishedAt: Date | null;
  actorIds: Map<string, number>;
  actorKinds: Map<number, ActorKind>;
  /** Topic slug → id. */
  topicIds: Map<string, number>;
}

/** Links the article's events to the graph, creating, refining and disputing as needed. */
export async function resolveEvents(tx: Tx, events: ExtractedEvent[], context: EventContext): Promise<EventResolution> {
  const incoming = events.map((event) => factsOf(event, context.actorIds, context.actorKinds));
  const known = await loadCandidates(tx, incoming, context.publishedAt);
  const resolved = new Map<string, KnownEvent>();
  const created: { event: ExtractedEvent; known: KnownEvent }[] = [];
  const mergedIds = new Set<number>();

  for (const [index, event] of events.entries()) {
    const facts = incoming[index];
    const match = known
      .map((candidate) => ({ candidate, verdict: compareEvents(candidate, facts) }))
      .filter(({ verdict }) => verdict.score !== undefined)
      .sort((a, b) => b.verdict.score! - a.verdict.score! || a.candidate.id - b.candidate.id)[0];
    if (!match) {
      // The id is assigned below, once the number of new events is known.
      const fresh: KnownEvent = { ...facts, id: 0, status: event.status, isNew: true };
      known.push(fresh);
      created.push({ event, known: fresh });
      resolved.set(event.key, fresh);
      continue;
    }
    const target = match.candidate;
    if (!target.isNew) mergedIds.add(target.id);
    resolved.set(event.key, target);
    if (!target.isNew) await refineEvent(tx, target, event, facts, context.articleId);
    for (const [id, participant] of facts.participants) if (!target.participants.has(id)) target.participants.set(id, participant);
  }

  const ids = await allocateIds(tx, "event", created.length);
  created.forEach(({ known: fresh }, i) => (fresh.id = ids[i]));
  await insertRows(
    tx,
    "event",
    {
      id: "int",
      title: "text",
      kind: '"EventKind"',
      status: '"EventStatus"',
      start_date: "date",
      date_precision: '"DatePrecision"',
      place: "text",
      summary: "text",
    },
    created.map(({ event, known: fresh }) => ({
      id: fresh.id,
      title: event.title,
      kind: event.kind,
      status: event.status,
      start_date: event.date?.date.toISOString().slice(0, 10),
      date_precision: event.date?.precision,
      place: fresh.place,
      summary: event.summary,
    })),
  );
  await writeLinks(tx, events, resolved, context);
  return {
    idByKey: new Map([...resolved].map(([key, event]) => [key, event.id])),
    created: created.length,
    merged: mergedIds.size,
  };
}

/** Status, date and place of a known event after one more article reports it. */
async function refineEvent(tx: Tx, target: KnownEvent, event: ExtractedEvent, facts: EventFacts, articleId: number) {
  const update: { status?: EventStatus; startDate?: Date; datePrecision?: DatePrecision; place?: string } = {};
  const status = laterStatus(target.status, event.status);
  if (status !== target.status) update.status = target.status = status;

  if (facts.date && facts.precision) {
    const relation = target.date && target.precision ? dateChange(target, facts) : "refines";
    if (relation === "refines") {
      update.startDate = target.date = facts.date;
      update.datePrecision = target.precision = facts.precision;
    }
    if (target.date && target.precision && (relation === "disputes" || relation === "agrees")) {
      const current = formatDate(target.date, target.precision);
      const majority = await reportField(tx, {
        eventId: target.id,
        field: "DATE",
        currentValue: current,
        value: formatDate(facts.date, facts.precision),
        articleId,
        disagrees: relation === "disputes",
      });
      if (majority && majority !== current) {
        update.startDate = target.date = new Date(`${majority}T00:00:00Z`);
      }
    }
  }

  if (facts.place) {
    const relation = comparePlaces(target.place, facts.place);
    if (relation === "unknown" || (relation === "compatible" && facts.place.length > (target.place ?? "").length)) {
      update.place = target.place = facts.place;
    } else if (target.place && relation !== "compatible") {
      const majority = await reportField(tx, {
        eventId: target.id,
        field: "PLACE",
        currentValue: target.place,
        value: facts.place,
        articleId,
        disagrees: relation !== "same",
      });
      if (majority && majority !== target.place) update.place = target.place = majority;
    }
  }
  await reportLeaders(tx, target, facts, articleId);
  if (Object.keys(update).length > 0) await tx.event.update({ where: { id: target.id }, data: update });
}

/**
 * Who led the event is the one participant fact sources contradict rather
 * than merely leave out: two reports naming different leaders is a
 * PARTICIPANTS discrepancy ("led by X" against "led by Y").
 */
async function reportLeaders(tx: Tx, target: KnownEvent, facts: EventFacts, articleId: number) {
  const leaders = (f: EventFacts) => [...f.participants].filter(([, p]) => p.role === "LEADER").map(([id]) => id);
  const [current, reported] = [leaders(target), leaders(facts)];
  if (current.length === 0 || reported.length === 0) return;
  const names = new Map(
    (await tx.$queryRaw<{ id: number; name: string }[]>`SELECT id, name FROM actor WHERE id = ANY(${[...current, ...reported]}::int[])`).map(
      (row) => [row.id, row.name],
    ),
  );
  const ledBy = (ids: number[]) => `led by ${ids.map((id) => names.get(id)).sort().join(" and ")}`;
  await reportField(tx, {
    eventId: target.id,
    field: "PARTICIPANTS",
    currentValue: ledBy(current),
    value: ledBy(reported),
    articleId,
    disagrees: !reported.some((id) => current.includes(id)),
  });
}

/** refines: the new date is more precise; disputes: another day; agrees: the same date. */
function dateChange(target: KnownEvent, facts: EventFacts): "refines" | "disputes" | "agrees" | "vaguer" {
  if (morePrecise(target.precision, facts.precision)) return "refines";
  if (morePrecise(facts.precision, target.precision)) return "vaguer";
  return target.date!.getTime() === facts.date!.getTime() ? "agrees" : "disputes";
}

/** Participants, article links and topic links of the article's events, one statement each. */
async function writeLinks(tx: Tx, events: ExtractedEvent[], resolved: Map<string, KnownEvent>, context: EventContext) {
  const participants = new Map<string, { event_id: number; actor_id: number; role: string }>();
  const articleLinks = new Map<number, ExtractedEvent["relation"]>();
  const topicLinks = new Map<string, { event_id: number; topic_id: number }>();
  for (const event of events) {
    const eventId = resolved.get(event.key)!.id;
    for (const p of event.participants) {
      const actorId = context.actorIds.get(p.actorKey);
      if (actorId !== undefined && !participants.has(`${eventId}:${actorId}`)) {
        participants.set(`${eventId}:${actorId}`, { event_id: eventId, actor_id: actorId, role: p.role });
      }
    }
    // Reporting an event outranks announcing it, which outranks mentioning it.
    const rank = { REPORTS: 3, ANNOUNCES: 2, MENTIONS: 1 } as const;
    const previous = articleLinks.get(eventId);
    if (!previous || rank[event.relation] > rank[previous]) articleLinks.set(eventId, event.relation);
    for (const slug of event.topics) {
      const topicId = context.topicIds.get(slug);
      if (topicId !== undefined) topicLinks.set(`${eventId}:${topicId}`, { event_id: eventId, topic_id: topicId });
    }
  }
  await insertRows(tx, "event_participant", { event_id: "int", actor_id: "int", role: '"ParticipantRole"' }, [...participants.values()], {
    skipDuplicates: true,
  });
  await insertRows(
    tx,
    "article_event",
    { article_id: "int", event_id: "int", relation: '"ArticleEventRelation"' },
    [...articleLinks].map(([eventId, relation]) => ({ article_id: context.articleId, event_id: eventId, relation })),
  );
  await insertRows(tx, "event_topic", { event_id: "int", topic_id: "int" }, [...topicLinks.values()], { skipDuplicates: true });
}
