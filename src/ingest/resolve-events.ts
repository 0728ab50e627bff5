// Cross-article event resolution. Each event an article reports is stored as
// a report; reports that describe the same real-world event (event-match.ts,
// compared report to report) belong to one event, and an event's fields,
// participants and discrepancies are folded from all of its reports
// (event-fold.ts). Both are functions of the set of reports, so workers
// ingesting in any order build the same events; a report that links two
// events merges them.
import { Prisma } from "../generated/prisma/client";
import type { ActorKind, ArticleEventRelation, DatePrecision, DiscrepancyField, EventKind, EventStatus, ParticipantRole } from "../generated/prisma/enums";
import { compareEvents, candidateDates, isBroadParticipant, placeParts, UNDATED_REACH_DAYS, type EventFacts } from "./event-match";
import { foldReports, type EventReport, type FoldedEvent } from "./event-fold";
import { allocateIds, insertRows, type Tx } from "./sql";
import type { ExtractedEvent } from "./types";
import { articleOrderKey } from "./order";

export interface EventResolution {
  /** Extracted event key → event id. */
  idByKey: Map<string, number>;
  created: number;
  merged: number;
}

export interface EventContext {
  articleId: number;
  publishedAt: Date | null;
  /** articleOrderKey of the article. */
  articleOrder: string;
  actorIds: Map<string, number>;
  actorKinds: Map<number, ActorKind>;
  /** Topic slug → id. */
  topicIds: Map<string, number>;
}

interface Report extends EventReport {
  /** Publication date of the reporting article: how far an undated report may reach. */
  anchor: Date | null;
}

interface StoredReport extends Report {
  eventId: number;
}

interface ReportRow {
  event_id: number;
  article_id: number;
  position: number;
  title: string;
  kind: EventKind;
  status: EventStatus;
  start_date: Date | null;
  date_precision: DatePrecision | null;
  place: string | null;
  summary: string | null;
  relation: ArticleEventRelation;
  published_at: Date | null;
  content_hash: string;
  participant_ids: number[];
  participant_kinds: ActorKind[];
  participant_roles: ParticipantRole[];
}

/** Venue and city together ("Tishreen Palace, Damascus"), so that venues in one city compare. */
function eventPlace(event: ExtractedEvent): string | null {
  const { place, placeCity } = event;
  if (!place || !placeCity) return place ?? placeCity ?? null;
  return placeParts(place).includes(placeParts(placeCity).join(" ")) ? place : `${place}, ${placeCity}`;
}

function reportOf(event: ExtractedEvent, position: number, context: EventContext): Report {
  const participants: EventFacts["participants"] = new Map();
  for (const p of event.participants) {
    const id = context.actorIds.get(p.actorKey);
    if (id !== undefined && !participants.has(id)) participants.set(id, { kind: context.actorKinds.get(id)!, role: p.role });
  }
  return {
    kind: event.kind,
    date: event.date?.date ?? null,
    precision: event.date?.precision ?? null,
    place: eventPlace(event),
    participants,
    articleId: context.articleId,
    articleOrder: context.articleOrder,
    position,
    title: event.title,
    status: event.status,
    summary: event.summary ?? null,
    relation: event.relation,
    anchor: context.publishedAt,
  };
}

/** An undated report names an event within a year of its article; a dated one, any time. */
function withinReach(a: Report, b: Report): boolean {
  const [dated, undated] = a.date ? [a, b] : [b, a];
  if (!dated.date || undated.date || !undated.anchor) return true;
  return Math.abs(dated.date.getTime() - undated.anchor.getTime()) <= UNDATED_REACH_DAYS * 86_400_000;
}

/** Two reports of one real-world event. Symmetric, so the events do not depend on which came first. */
const sameEvent = (a: Report, b: Report) => withinReach(a, b) && compareEvents(a, b).score !== undefined;

async function selectReports(tx: Tx, where: Prisma.Sql): Promise<StoredReport[]> {
  const rows = await tx.$queryRaw<ReportRow[]>`
    SELECT r.event_id, r.article_id, r.position, r.title, r.kind::text AS kind, r.status::text AS status, r.start_date,
           r.date_precision::text AS date_precision, r.place, r.summary, r.relation::text AS relation,
           a.published_at, a.content_hash,
           array_remove(array_agg(p.actor_id), NULL) AS participant_ids, array_remove(array_agg(ac.kind::text), NULL) AS participant_kinds,
           array_remove(array_agg(p.role::text), NULL) AS participant_roles
    FROM event_report r
    JOIN article a ON a.id = r.article_id
    LEFT JOIN event_report_participant p ON p.report_id = r.id
    LEFT JOIN actor ac ON ac.id = p.actor_id
    WHERE ${where}
    GROUP BY r.id, a.id`;
  return rows.map((row) => ({
    eventId: row.event_id,
    articleId: row.article_id,
    articleOrder: articleOrderKey(row.published_at, row.content_hash),
    anchor: row.published_at,
    position: row.position,
    title: row.title,
    kind: row.kind,
    status: row.status,
    date: row.start_date,
    precision: row.date_precision,
    place: row.place,
    summary: row.summary,
    relation: row.relation,
    participants: new Map(
      row.participant_ids.map((id, i) => [id, { kind: row.participant_kinds[i], role: row.participant_roles[i] }] as const),
    ),
  }));
}

/**
 * Stored reports that could be of the same event as one of the article's: a
 * superset of those sameEvent() accepts. They share a person or organisation
 * at a date that fits (candidateDates), or, for reports naming only states,
 * the same states on the same date (states take part in too many events to
 * fetch them all).
 */
async function loadCandidates(tx: Tx, incoming: Report[], publishedAt: Date | null): Promise<StoredReport[]> {
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
  // ARRAY(...) makes the planner expect few candidates and walk the indexes.
  return selectReports(
    tx,
    Prisma.sql`r.id = ANY(ARRAY(
      SELECT p.report_id FROM event_report_participant p JOIN event_report r ON r.id = p.report_id
      WHERE p.actor_id = ANY(${specificIds}::int[])
        AND (r.start_date IS NULL OR ${anyDate}::boolean OR r.start_date = ANY(${specificDates}::date[]))
      UNION
      SELECT p.report_id FROM event_report_participant p JOIN event_report r ON r.id = p.report_id
      WHERE p.actor_id = ANY(${broadIds}::int[]) AND r.start_date = ANY(${broadDates}::date[])
    ))`,
  );
}

/**
 * Which of the article's reports go together, and with which stored events:
 * the connected components of sameEvent() over the article's reports and
 * the stored events their matching reports belong to.
 */
function groupReports(incoming: Report[], candidates: StoredReport[]): { reports: number[]; eventIds: number[] }[] {
  const eventIds = [...new Set(candidates.map((c) => c.eventId))];
  // Nodes: the article's reports first, then one per stored event.
  const parent = [...incoming.keys(), ...eventIds.map((_, k) => incoming.length + k)];
  const find = (node: number): number => (parent[node] === node ? node : (parent[node] = find(parent[node])));
  const join = (a: number, b: number) => (parent[find(a)] = find(b));
  for (const [i, report] of incoming.entries()) {
    for (const candidate of candidates) if (sameEvent(candidate, report)) join(i, incoming.length + eventIds.indexOf(candidate.eventId));
    for (let j = 0; j < i; j++) if (sameEvent(incoming[j], report)) join(i, j);
  }
  const groups = new Map<number, { reports: number[]; eventIds: number[] }>();
  for (const i of incoming.keys()) {
    const group = groups.get(find(i)) ?? { reports: [], eventIds: [] };
    group.reports.push(i);
    groups.set(find(i), group);
  }
  eventIds.forEach((id, k) => groups.get(find(incoming.length + k))?.eventIds.push(id));
  return [...groups.values()].map((group) => ({ ...group, eventIds: group.eventIds.sort((a, b) => a - b) }));
}

/** Links the article's events to the graph: new events, merged events, and each touched event folded anew. */
export async function resolveEvents(tx: Tx, events: ExtractedEvent[], context: EventContext): Promise<EventResolution> {
  const incoming = events.map((event, position) => reportOf(event, position, context));
  const groups = groupReports(incoming, await loadCandidates(tx, incoming, context.publishedAt));
  const storedIds = groups.flatMap((group) => group.eventIds);
  const stored = storedIds.length > 0 ? await selectReports(tx, Prisma.sql`r.event_id = ANY(${storedIds}::int[])`) : [];

  const freshIds = await allocateIds(tx, "event", groups.filter((group) => group.eventIds.length === 0).length);
  const absorbed: { from: number; into: number }[] = [];
  const targets = groups.map((group) => {
    const [id = freshIds.shift()!, ...others] = group.eventIds;
    for (const other of others) absorbed.push({ from: other, into: id });
    const reports = [...stored.filter((report) => group.eventIds.includes(report.eventId)), ...group.reports.map((i) => incoming[i])];
    return { id, isNew: group.eventIds.length === 0, reports, incoming: group.reports };
  });

  const leaders = [...new Set(targets.flatMap((t) => t.reports.flatMap((r) => [...r.participants].filter(([, p]) => p.role === "LEADER").map(([id]) => id))))];
  const names = new Map(
    leaders.length === 0
      ? []
      : (await tx.$queryRaw<{ id: number; name: string }[]>`SELECT id, name FROM actor WHERE id = ANY(${leaders}::int[])`).map((row) => [row.id, row.name]),
  );
  const folded = targets.map((target) => ({ ...target, event: foldReports(target.reports, (id) => names.get(id)!) }));

  await writeEvents(tx, folded.filter((t) => t.isNew), "insert");
  await absorbEvents(tx, absorbed);
  await writeEvents(tx, folded.filter((t) => !t.isNew), "update");
  const eventIdOfReport = new Map(folded.flatMap((target) => target.incoming.map((i) => [i, target.id] as const)));
  await writeReports(tx, incoming, eventIdOfReport);
  await writeParticipants(tx, folded);
  await writeDiscrepancies(tx, folded);
  await writeLinks(tx, events, eventIdOfReport, context);
  return {
    idByKey: new Map(events.map((event, i) => [event.key, eventIdOfReport.get(i)!])),
    created: folded.filter((t) => t.isNew).length,
    merged: new Set(storedIds).size,
  };
}

type Folded = { id: number; isNew: boolean; event: FoldedEvent };

/** Columns an event and a report of it share. */
const EVENT_COLUMNS = {
  id: "int",
  title: "text",
  kind: '"EventKind"',
  status: '"EventStatus"',
  start_date: "date",
  date_precision: '"DatePrecision"',
  place: "text",
  summary: "text",
} as const;

function eventFields(event: Omit<FoldedEvent, "discrepancies">) {
  return {
    title: event.title,
    kind: event.kind,
    status: event.status,
    start_date: event.date?.toISOString().slice(0, 10),
    date_precision: event.precision,
    place: event.place,
    summary: event.summary,
  };
}

/** New events inserted, or stored ones brought up to their fold (only where it changed them). */
async function writeEvents(tx: Tx, targets: Folded[], mode: "insert" | "update") {
  if (targets.length === 0) return;
  const rows = targets.map(({ id, event }) => ({ id, ...eventFields(event) }));
  if (mode === "insert") return insertRows(tx, "event", EVENT_COLUMNS, rows);
  const names = Object.keys(EVENT_COLUMNS) as (keyof typeof EVENT_COLUMNS)[];
  const fields = names.filter((name) => name !== "id");
  await tx.$executeRawUnsafe(
    `UPDATE event SET ${fields.map((name) => `${name} = folded.${name}`).join(", ")}
       FROM unnest(${names.map((name, i) => `$${i + 1}::${EVENT_COLUMNS[name]}[]`).join(", ")}) AS folded(${names.join(", ")})
      WHERE event.id = folded.id
        AND (${fields.map((name) => `event.${name}`).join(", ")}) IS DISTINCT FROM (${fields.map((name) => `folded.${name}`).join(", ")})`,
    ...names.map((name) => rows.map((row) => row[name] ?? null)),
  );
}

/** Events that one report showed to be the same: links, topics, claims and reports move to the survivor. */
async function absorbEvents(tx: Tx, absorbed: { from: number; into: number }[]) {
  if (absorbed.length === 0) return;
  const [from, into] = [absorbed.map((a) => a.from), absorbed.map((a) => a.into)];
  const moves = Prisma.sql`unnest(${from}::int[], ${into}::int[]) AS m(old_id, new_id)`;
  // Reporting outranks announcing, which outranks mentioning (the enum's order).
  await tx.$executeRaw`
    INSERT INTO article_event (article_id, event_id, relation)
    SELECT DISTINCT ON (ae.article_id, m.new_id) ae.article_id, m.new_id, ae.relation FROM article_event ae JOIN ${moves} ON ae.event_id = m.old_id
     ORDER BY ae.article_id, m.new_id, array_position(ARRAY['REPORTS', 'ANNOUNCES', 'MENTIONS']::"ArticleEventRelation"[], ae.relation)
    ON CONFLICT (article_id, event_id) DO UPDATE SET relation = CASE
      WHEN array_position(ARRAY['REPORTS', 'ANNOUNCES', 'MENTIONS']::"ArticleEventRelation"[], EXCLUDED.relation)
         < array_position(ARRAY['REPORTS', 'ANNOUNCES', 'MENTIONS']::"ArticleEventRelation"[], article_event.relation)
      THEN EXCLUDED.relation ELSE article_event.relation END`;
  await tx.$executeRaw`
    INSERT INTO event_topic (event_id, topic_id) SELECT m.new_id, t.topic_id FROM event_topic t JOIN ${moves} ON t.event_id = m.old_id
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`UPDATE claim SET event_id = m.new_id FROM ${moves} WHERE claim.event_id = m.old_id`;
  await tx.$executeRaw`UPDATE event_report SET event_id = m.new_id FROM ${moves} WHERE event_report.event_id = m.old_id`;
  // Participants and discrepancies go with the absorbed event: the survivor's are folded anew.
  await tx.$executeRaw`DELETE FROM event WHERE id = ANY(${from}::int[])`;
}

async function writeReports(tx: Tx, incoming: Report[], eventIdOfReport: Map<number, number>) {
  const ids = await allocateIds(tx, "event_report", incoming.length);
  await insertRows(
    tx,
    "event_report",
    { ...EVENT_COLUMNS, event_id: "int", article_id: "int", position: "int", relation: '"ArticleEventRelation"' },
    incoming.map((report, i) => ({
      id: ids[i],
      ...eventFields(report),
      event_id: eventIdOfReport.get(i),
      article_id: report.articleId,
      position: report.position,
      relation: report.relation,
    })),
  );
  await insertRows(
    tx,
    "event_report_participant",
    { report_id: "int", actor_id: "int", role: '"ParticipantRole"' },
    incoming.flatMap((report, i) => [...report.participants].map(([actorId, p]) => ({ report_id: ids[i], actor_id: actorId, role: p.role }))),
  );
}

/** Each touched event's participants as folded: the first report to name an actor gives their role. */
async function writeParticipants(tx: Tx, targets: Folded[]) {
  const stored = targets.filter((t) => !t.isNew).map((t) => t.id);
  if (stored.length > 0) await tx.$executeRaw`DELETE FROM event_participant WHERE event_id = ANY(${stored}::int[])`;
  await insertRows(
    tx,
    "event_participant",
    { event_id: "int", actor_id: "int", role: '"ParticipantRole"' },
    targets.flatMap(({ id, event }) => [...event.participants].map(([actorId, p]) => ({ event_id: id, actor_id: actorId, role: p.role }))),
  );
}

/** Each touched event's discrepancies as folded; a field that stays disputed keeps its Discrepancy row. */
async function writeDiscrepancies(tx: Tx, targets: Folded[]) {
  const stored = targets.filter((t) => !t.isNew).map((t) => t.id);
  const disputed = targets.flatMap(({ id, event }) => [...event.discrepancies.keys()].map((field) => ({ event_id: id, field })));
  if (stored.length === 0 && disputed.length === 0) return;
  const [eventIds, fields] = [disputed.map((d) => d.event_id), disputed.map((d): DiscrepancyField => d.field)];
  await tx.$executeRaw`
    DELETE FROM discrepancy d WHERE d.event_id = ANY(${stored}::int[])
      AND (d.event_id, d.field::text) NOT IN (SELECT * FROM unnest(${eventIds}::int[], ${fields}::text[]))`;
  if (disputed.length === 0) return;
  await insertRows(tx, "discrepancy", { event_id: "int", field: '"DiscrepancyField"' }, disputed, { skipDuplicates: true });
  await tx.$executeRaw`DELETE FROM discrepancy_value v USING discrepancy d WHERE v.discrepancy_id = d.id AND d.event_id = ANY(${eventIds}::int[])`;
  const values = targets.flatMap(({ id, event }) =>
    [...event.discrepancies].flatMap(([field, rows]) => rows.map((row) => ({ eventId: id, field, ...row }))),
  );
  await tx.$executeRaw`
    INSERT INTO discrepancy_value (discrepancy_id, value, article_id)
    SELECT d.id, v.value, v.article_id
      FROM unnest(${values.map((v) => v.eventId)}::int[], ${values.map((v) => v.field)}::text[], ${values.map((v) => v.value)}::text[],
                  ${values.map((v) => v.articleId)}::int[]) AS v(event_id, field, value, article_id)
      JOIN discrepancy d ON d.event_id = v.event_id AND d.field::text = v.field
    ON CONFLICT DO NOTHING`;
}

/** Article links and topic links of the article's events, one statement each. */
async function writeLinks(tx: Tx, events: ExtractedEvent[], eventIdOfReport: Map<number, number>, context: EventContext) {
  const articleLinks = new Map<number, ExtractedEvent["relation"]>();
  const topicLinks = new Map<string, { event_id: number; topic_id: number }>();
  for (const [i, event] of events.entries()) {
    const eventId = eventIdOfReport.get(i)!;
    // Reporting an event outranks announcing it, which outranks mentioning it.
    const rank = { REPORTS: 3, ANNOUNCES: 2, MENTIONS: 1 } as const;
    const previous = articleLinks.get(eventId);
    if (!previous || rank[event.relation] > rank[previous]) articleLinks.set(eventId, event.relation);
    for (const slug of event.topics) {
      const topicId = context.topicIds.get(slug);
      if (topicId !== undefined) topicLinks.set(`${eventId}:${topicId}`, { event_id: eventId, topic_id: topicId });
    }
  }
  await insertRows(
    tx,
    "article_event",
    { article_id: "int", event_id: "int", relation: '"ArticleEventRelation"' },
    [...articleLinks].map(([eventId, relation]) => ({ article_id: context.articleId, event_id: eventId, relation })),
  );
  await insertRows(tx, "event_topic", { event_id: "int", topic_id: "int" }, [...topicLinks.values()], { skipDuplicates: true });
}

