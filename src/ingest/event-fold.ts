// An event as its reports say it is: title, status, date, place, participants
// and the discrepancies between sources, folded from every article's report
// in article order (publication, then content hash). Pure: the result depends
// on which articles report the event, never on the order they were ingested in.
import type { ArticleEventRelation, DiscrepancyField, EventStatus } from "../generated/prisma/enums";
import { comparePlaces, formatDate, morePrecise, placeParts, type EventFacts } from "./event-match";

export interface EventReport extends EventFacts {
  articleId: number;
  /** articleOrderKey of the reporting article. */
  articleOrder: string;
  /** Where the event stands among the article's events. */
  position: number;
  title: string;
  status: EventStatus;
  summary: string | null;
  relation: ArticleEventRelation;
}

export interface DisputedValue {
  value: string;
  articleId: number;
}

export interface FoldedEvent extends EventFacts {
  title: string;
  status: EventStatus;
  summary: string | null;
  /** Per disputed field, each value with each article that backs it. */
  discrepancies: Map<DiscrepancyField, DisputedValue[]>;
}

export function byArticleOrder(a: EventReport, b: EventReport): number {
  return a.articleOrder < b.articleOrder ? -1 : a.articleOrder > b.articleOrder ? 1 : a.position - b.position;
}

/** A later report settles a plan: planned → occurred or cancelled, never back. */
function laterStatus(current: EventStatus, reported: EventStatus): EventStatus {
  if (current === reported || reported === "UNKNOWN" || reported === "PLANNED") {
    return current === "UNKNOWN" ? reported : current;
  }
  return current === "OCCURRED" && reported === "CANCELLED" ? current : reported;
}

/** refines: the new date is more precise; disputes: another day; agrees: the same date. */
function dateChange(current: EventFacts, reported: EventFacts): "refines" | "disputes" | "agrees" | "vaguer" {
  if (morePrecise(current.precision, reported.precision)) return "refines";
  if (morePrecise(reported.precision, current.precision)) return "vaguer";
  return current.date!.getTime() === reported.date!.getTime() ? "agrees" : "disputes";
}

/** Values that say the same thing share a key: "Tishreen Palace, Damascus" and "the Tishreen Palace in Damascus". */
function valueKey(field: DiscrepancyField, value: string): string {
  return field === "PLACE" ? placeParts(value).join("|") : value.trim();
}

/** The value most backers give; ties keep the current one. */
function majority(field: DiscrepancyField, values: DisputedValue[], current: string): string {
  const counts = new Map<string, { value: string; count: number }>();
  for (const { value } of values) {
    const entry = counts.get(valueKey(field, value)) ?? { value, count: 0 };
    entry.count++;
    counts.set(valueKey(field, value), entry);
  }
  const currentCount = counts.get(valueKey(field, current))?.count ?? 0;
  const top = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return top && top.count > currentCount ? top.value : current;
}

const leadersOf = (facts: EventFacts) => [...facts.participants].filter(([, p]) => p.role === "LEADER").map(([id]) => id);

/** "2025-09" → 1 September 2025: a formatted date back to the day it starts. */
const startOf = (formatted: string) => new Date(`${formatted}${["-01-01", "-01", ""][(formatted.length - 4) / 3]}T00:00:00Z`);

/**
 * Folds the reports of one event. `nameOf` gives the names of leading
 * participants, since a PARTICIPANTS discrepancy is written as "led by …".
 */
export function foldReports(reports: EventReport[], nameOf: (actorId: number) => string): FoldedEvent {
  const [first, ...later] = [...reports].sort(byArticleOrder);
  const event: FoldedEvent = {
    kind: first.kind,
    title: first.title,
    status: first.status,
    summary: first.summary,
    date: first.date,
    precision: first.precision,
    place: first.place,
    participants: new Map(first.participants),
    discrepancies: new Map(),
  };
  const seen = [first];

  for (const report of later) {
    // A second mention of the event in one article refines it but does not dispute it.
    const mayDispute = !seen.some((earlier) => earlier.articleId === report.articleId);
    const earlier = seen.filter((r) => r.articleId !== report.articleId);
    /** Records the report's value when the field is or becomes disputed; returns the majority value then. */
    const dispute = (field: DiscrepancyField, current: string, value: string, disagrees: boolean, backsCurrent: (r: EventReport) => boolean) => {
      let values = event.discrepancies.get(field);
      if (!mayDispute || (!values && !disagrees)) return undefined;
      if (!values) {
        const backers = earlier.filter(backsCurrent);
        const reporting = earlier.filter((r) => r.relation !== "MENTIONS");
        values = [...new Set((backers.length ? backers : reporting.length ? reporting : earlier).map((r) => r.articleId))].map((articleId) => ({
          value: current,
          articleId,
        }));
        event.discrepancies.set(field, values);
      }
      // Written as first recorded, so that "Tishreen Palace" and "the Tishreen palace" count together.
      const spelling = values.find((row) => valueKey(field, row.value) === valueKey(field, value))?.value ?? value;
      if (!values.some((row) => row.value === spelling && row.articleId === report.articleId)) values.push({ value: spelling, articleId: report.articleId });
      return majority(field, values, current);
    };

    event.status = laterStatus(event.status, report.status);

    if (report.date && report.precision) {
      const relation = event.date && event.precision ? dateChange(event, report) : "refines";
      if (relation === "refines") [event.date, event.precision] = [report.date, report.precision];
      else if (relation === "disputes" || relation === "agrees") {
        const current = formatDate(event.date!, event.precision!);
        const chosen = dispute("DATE", current, formatDate(report.date, report.precision), relation === "disputes", (r) =>
          Boolean(r.date && r.precision && formatDate(r.date, r.precision) === current),
        );
        if (chosen && chosen !== current) event.date = startOf(chosen);
      }
    }

    if (report.place) {
      const relation = comparePlaces(event.place, report.place);
      if (relation === "unknown" || (relation === "compatible" && report.place.length > (event.place ?? "").length)) {
        event.place = report.place;
      } else if (event.place && relation !== "compatible") {
        const [current, reported] = [event.place, report.place];
        const agreesWith = (place: string, r: EventReport) => ["same", "compatible"].includes(comparePlaces(place, r.place));
        const chosen = dispute("PLACE", current, reported, relation !== "same", (r) => agreesWith(current, r) && !agreesWith(reported, r));
        if (chosen) event.place = chosen;
      }
    }

    // Who led the event is the one participant fact sources contradict rather
    // than merely leave out: "led by X" against "led by Y".
    const [current, reported] = [leadersOf(event), leadersOf(report)];
    if (current.length > 0 && reported.length > 0) {
      const ledBy = (ids: number[]) => `led by ${ids.map(nameOf).sort().join(" and ")}`;
      dispute("PARTICIPANTS", ledBy(current), ledBy(reported), !reported.some((id) => current.includes(id)), (r) => {
        const theirs = leadersOf(r);
        return theirs.length > 0 && theirs.every((id) => current.includes(id));
      });
    }

    for (const [id, participant] of report.participants) if (!event.participants.has(id)) event.participants.set(id, participant);
    seen.push(report);
  }
  return event;
}
