// Whether an event extracted from an article is an event the graph already
// holds: pure comparisons of kind, date, place and participants. The store
// (resolve-events.ts) loads the candidates and applies the verdict.
import type { ActorKind, DatePrecision, EventKind, ParticipantRole } from "../generated/prisma/enums";
import { normalizeName } from "../text/normalize";

export interface EventFacts {
  kind: EventKind;
  date: Date | null;
  precision: DatePrecision | null;
  place: string | null;
  /** Resolved actor id → what the actor is and does there. */
  participants: Map<number, { kind: ActorKind; role: ParticipantRole }>;
}

/** Kinds that describe one get-together from different angles. */
const GATHERINGS: EventKind[] = ["MEETING", "VISIT", "TALKS"];

/** A deal one report leads with is the talks another reports it reached at ("agreed on Tuesday to …, said after talks"). */
const REACHED_AT = (a: EventKind, b: EventKind) => a === "AGREEMENT" && GATHERINGS.includes(b);

export function kindsCompatible(a: EventKind, b: EventKind): boolean {
  return a === b || (GATHERINGS.includes(a) && GATHERINGS.includes(b)) || REACHED_AT(a, b) || REACHED_AT(b, a);
}

export type DateRelation = "same" | "compatible" | "close" | "unknown" | "different";

const DAY_MS = 86_400_000;
/** Day-precision dates this far apart may still be one event reported inconsistently. */
const DAY_WINDOW = 2;

/** same: equal at equal precision; compatible: one refines the other; close: days 1–2 apart. */
export function compareDates(a: EventFacts, b: EventFacts): DateRelation {
  if (!a.date || !b.date || !a.precision || !b.precision) return "unknown";
  const sameYear = a.date.getUTCFullYear() === b.date.getUTCFullYear();
  const sameMonth = sameYear && a.date.getUTCMonth() === b.date.getUTCMonth();
  if (a.precision === "DAY" && b.precision === "DAY") {
    const days = Math.round(Math.abs(a.date.getTime() - b.date.getTime()) / DAY_MS);
    return days === 0 ? "same" : days <= DAY_WINDOW ? "close" : "different";
  }
  if (a.precision === "YEAR" || b.precision === "YEAR") {
    return !sameYear ? "different" : a.precision === b.precision ? "same" : "compatible";
  }
  return !sameMonth ? "different" : a.precision === b.precision ? "same" : "compatible";
}

/** How far an undated mention may sit from the article's date and still name a known event. */
export const UNDATED_REACH_DAYS = 366;

/**
 * Every start date (YYYY-MM-DD) a stored event can have and still fit `facts`
 * in time (compareDates not "different"), so that candidates are fetched by
 * the date index: a day ±2 days, or the first day of its month or year (how
 * month and year dates are stored); every day of a month, or its year; every
 * day of a year. "any" for an undated mention with no article date to anchor it.
 */
export function candidateDates(facts: EventFacts, anchor: Date | null): string[] | "any" {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));
  const daysBetween = (first: Date, last: Date) => {
    const days: string[] = [];
    for (let t = first.getTime(); t <= last.getTime(); t += DAY_MS) days.push(iso(new Date(t)));
    return days;
  };
  const { date, precision } = facts;
  if (!date || !precision) {
    if (!anchor) return "any";
    return daysBetween(new Date(anchor.getTime() - UNDATED_REACH_DAYS * DAY_MS), new Date(anchor.getTime() + UNDATED_REACH_DAYS * DAY_MS));
  }
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth()];
  const yearStart = iso(utc(year, 0, 1));
  if (precision === "DAY") {
    const window = daysBetween(new Date(date.getTime() - DAY_WINDOW * DAY_MS), new Date(date.getTime() + DAY_WINDOW * DAY_MS));
    return [...new Set([...window, iso(utc(year, month, 1)), yearStart])];
  }
  if (precision === "MONTH") return [...new Set([...daysBetween(utc(year, month, 1), utc(year, month + 1, 0)), yearStart])];
  return daysBetween(utc(year, 0, 1), utc(year, 11, 31));
}

/** "Tishreen Palace, Damascus" → ["tishreen palace", "damascus"]: venue first, city last. */
export function placeParts(place: string | null): string[] {
  if (!place) return [];
  return place
    .split(/,|\bin\b/)
    .map((part) => normalizeName(part).replace(/^the /, ""))
    .filter(Boolean);
}

export type PlaceRelation = "same" | "compatible" | "unknown" | "venue-differs" | "different";

/** compatible: one place contains the other (Damascus vs a palace in Damascus). */
export function comparePlaces(a: string | null, b: string | null): PlaceRelation {
  const [left, right] = [placeParts(a), placeParts(b)];
  if (left.length === 0 || right.length === 0) return "unknown";
  const shared = left.filter((part) => right.includes(part));
  if (shared.length === left.length && shared.length === right.length) return "same";
  if (shared.length === left.length || shared.length === right.length) return "compatible";
  return shared.length > 0 ? "venue-differs" : "different";
}

/** States and places take part in most events: they say little about which one. */
export const isBroadParticipant = (kind: ActorKind) => kind === "STATE" || kind === "PLACE";
/** The travelling or leading side identifies a visit; a host receives many visitors. */
const LEADING_ROLES: ParticipantRole[] = ["LEADER", "VISITOR"];

export interface EventVerdict {
  /** Higher is a better match; undefined when the two are not the same event. */
  score: number | undefined;
  date: DateRelation;
  place: PlaceRelation;
}

/**
 * The same real-world event: compatible kinds, dates that fit, places that do
 * not exclude each other, and shared participants. States take part in most
 * events, so they only count when people or organisations are absent.
 */
export function compareEvents(existing: EventFacts, incoming: EventFacts): EventVerdict {
  const date = compareDates(existing, incoming);
  const place = comparePlaces(existing.place, incoming.place);
  const verdict = (score: number | undefined) => ({ score, date, place });
  if (!kindsCompatible(existing.kind, incoming.kind) || date === "different") return verdict(undefined);

  const shared = [...incoming.participants].filter(([id]) => existing.participants.has(id));
  const sharedSpecificIds = shared.filter(([, p]) => !isBroadParticipant(p.kind)).map(([id]) => id);
  const sharedSpecific = sharedSpecificIds.length;
  const sharedBroad = shared.length - sharedSpecific;
  const specificCount = (facts: EventFacts) => [...facts.participants.values()].filter((p) => !isBroadParticipant(p.kind)).length;
  const leadsBoth = sharedSpecificIds.some((id) =>
    [existing, incoming].every((facts) => LEADING_ROLES.includes(facts.participants.get(id)!.role)),
  );
  const [existingSpecific, incomingSpecific] = [specificCount(existing), specificCount(incoming)];
  const placeAgrees = place === "same" || place === "compatible";
  const closeInTime = date === "same" || date === "compatible";

  // One shared person is enough when they lead both or one side names no one
  // else: a host meeting one visitor and then another that day is two events.
  const oneSideWithin = sharedSpecific === incomingSpecific || sharedSpecific === existingSpecific;
  const overlap = sharedSpecific >= 2 || (sharedSpecific >= 1 && (oneSideWithin || leadsBoth));
  let same: boolean;
  if (date === "unknown") same = sharedSpecific >= 2 || (overlap && placeAgrees);
  else if (place === "different") same = sharedSpecific >= 2 && closeInTime;
  // A vote has one country and one field of candidates: a shared candidate or state within the window is the same election.
  else if (existing.kind === "ELECTION" && incoming.kind === "ELECTION" && shared.some(([, p]) => p.kind === "PERSON" || p.kind === "STATE")) same = true;
  else if (sharedSpecific > 0) same = overlap;
  // Events naming only states match on everything else agreeing exactly.
  else same = sharedBroad >= 1 && incomingSpecific === 0 && existingSpecific === 0 && placeAgrees && date === "same";
  if (!same) return verdict(undefined);
  return verdict(sharedSpecific * 3 + sharedBroad + (date === "same" ? 2 : 0) + (placeAgrees ? 1 : 0));
}

/** The more precise of two dates that describe the same event. */
export function morePrecise(a: DatePrecision | null, b: DatePrecision | null): boolean {
  const rank = (p: DatePrecision | null) => (p === "DAY" ? 3 : p === "MONTH" ? 2 : p === "YEAR" ? 1 : 0);
  return rank(b) > rank(a);
}

/** How a date is written in discrepancy values: as precise as it is known. */
export function formatDate(date: Date, precision: DatePrecision): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === "DAY" ? iso : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 4);
}
