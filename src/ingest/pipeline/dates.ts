// Stage 4: date expressions, absolute and relative, resolved against the
// publication date. chrono-node finds them; a refiner then picks the year or the
// week: news reports the past, so "in January" or "on Tuesday" is the most recent
// one at or before publication, unless the sentence speaks of the future
// ("will visit ... on Wednesday", "next month", "set to", "scheduled").
import * as chrono from "chrono-node";
import type { DatePrecision } from "../../generated/prisma/enums";
import { lexicons } from "../lexicons";
import type { ResolvedDate } from "../types";
import type { Sentence } from "./sentences";

export interface DateMention extends ResolvedDate {
  start: number;
  end: number;
  text: string;
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** Cheap test that a sentence may hold a date before paying for chrono. */
const MAY_HOLD_DATE = new RegExp(
  `\\b(${MONTHS}|${WEEKDAYS}|yesterday|today|tomorrow|tonight|(this|last|next|past|coming) (week|month|year)|\\d+ (days?|weeks?|months?|years?) ago|(19|20)\\d\\d)\\b`,
  "i",
);
const SPAN_BEFORE = /\b(?:first|second|third|fourth|fifth|last|only|\w+est)\s+$/i;
const MONTH_NAME = new RegExp(`^(${MONTHS})$`);
const FUTURE_CUE = new RegExp(`\\b(${lexicons.events.futureCues.join("|")})\\b`, "i");

/** All date expressions of the body, in order; without a reference (no publication date, no dateline), those that state their year. */
export function findDates(body: string, sentences: Sentence[], reference: Date | null): DateMention[] {
  const mentions: DateMention[] = [];
  const instant = reference ?? new Date();
  for (const sentence of sentences) {
    if (!MAY_HOLD_DATE.test(sentence.text)) continue;
    for (const result of chrono.parse(sentence.text, { instant, timezone: 0 })) {
      // "X on Wednesday lost his appeal, meaning he will wear a tag": a future cue counts in the date's own clause.
      const future = FUTURE_CUE.test(clauseAround(sentence.text, result.index, result.index + result.text.length));
      // Without a publication date, "on Tuesday" or "in April" has nothing to count from: only dates that state their year are known.
      // (chrono counts "today" and "this year" as certain: the written year is what counts.)
      if (!reference && !/\b(19|20)\d\d\b/.test(result.text)) continue;
      const before = sentence.text.slice(Math.max(0, result.index - 6), result.index).toLowerCase();
      // "the second in 72 hours", "the first in 20 years": a span after an ordinal or superlative, not a day.
      if (/^in\s/i.test(result.text) && SPAN_BEFORE.test(sentence.text.slice(0, result.index))) continue;
      const resolved = refine(result, instant, future, before);
      if (!resolved) continue;
      const start = sentence.start + result.index;
      mentions.push({ ...resolved, start, end: start + result.text.length, text: body.slice(start, start + result.text.length) });
    }
  }
  return mentions;
}

/** The clause holding text[start, end): up to the nearest comma, semicolon, colon or dash on either side. */
function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(0, ...[...text.slice(0, start).matchAll(/[,;:—–]/g)].map((m) => (m.index ?? 0) + 1));
  const to = /[,;:—–]/.exec(text.slice(end))?.index;
  return text.slice(from, to === undefined ? text.length : end + to);
}

function refine(result: chrono.ParsedResult, reference: Date, future: boolean, before: string): ResolvedDate | null {
  const start = result.start;
  if (!start.isCertain("year") && !start.isCertain("month") && !start.isCertain("day") && !start.isCertain("weekday")) {
    return null; // a bare time of day
  }
  const singleWordMonth = MONTH_NAME.test(result.text.trim());
  if (/^[a-z]/.test(result.text) && singleWordMonth) return null; // "may" the verb
  const week = RELATIVE_WEEK.exec(result.text);
  if (week) return weekAsMonth(reference, week[1].toLowerCase());
  const wantsPast = /\blast\s*$/.test(before) || (!future && !/\bnext\s*$/.test(before));
  const strictlyBefore = /\blast\s*$/.test(before);

  if (start.isCertain("day") || start.isCertain("weekday")) {
    let date = utcDay(start.get("year") ?? reference.getUTCFullYear(), (start.get("month") ?? 1) - 1, start.get("day") ?? 1);
    if (!start.isCertain("day")) {
      const nextWeek = /\bnext\s*$/.test(before) || /\bnext\b/i.test(result.text);
      date = nearestWeekday(reference, start.get("weekday") ?? 0, wantsPast, !strictlyBefore && !/\b(?:last|past)\b/i.test(result.text), nextWeek);
    } else if (!start.isCertain("year")) {
      date = shiftYear(date, reference, wantsPast, strictlyBefore, "day");
    }
    return { date, precision: "DAY" };
  }
  if (start.isCertain("month")) {
    let date = utcDay(start.get("year") ?? reference.getUTCFullYear(), (start.get("month") ?? 1) - 1, 1);
    if (!start.isCertain("year")) date = shiftYear(date, reference, wantsPast, strictlyBefore, "month");
    return { date, precision: "MONTH" };
  }
  return { date: utcDay(start.get("year") ?? reference.getUTCFullYear(), 0, 1), precision: "YEAR" as DatePrecision };
}

const RELATIVE_WEEK = /\b(last|past|previous|this|next|coming)\s+week\b/i;

/**
 * "last week", "next week": some day of a Monday–Sunday week, not the day seven
 * days away; what is known is the month most of that week's weekdays fall in.
 */
function weekAsMonth(reference: Date, which: string): ResolvedDate {
  const shift = ["last", "past", "previous"].includes(which) ? -7 : which === "this" ? 0 : 7;
  const today = utcDay(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  const sinceMonday = (today.getUTCDay() + 6) % 7;
  const wednesday = new Date(today.getTime() + (shift - sinceMonday + 2) * 86_400_000);
  return { date: utcDay(wednesday.getUTCFullYear(), wednesday.getUTCMonth(), 1), precision: "MONTH" };
}

function utcDay(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

/** Moves a date without a stated year to the year that puts it on the wanted side of the reference. */
function shiftYear(date: Date, reference: Date, past: boolean, strictlyBefore: boolean, unit: "day" | "month"): Date {
  const key = (d: Date) => (unit === "day" ? d.getTime() : d.getUTCFullYear() * 12 + d.getUTCMonth());
  const ref = unit === "day" ? utcDay(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate()) : reference;
  let year = reference.getUTCFullYear();
  const at = (y: number) => utcDay(y, date.getUTCMonth(), date.getUTCDate());
  // A day just after publication is that night or a time zone ahead ("after midnight (July 16)"), not a year back.
  const slack = unit === "day" && !strictlyBefore ? 86_400_000 : 0;
  if (past) {
    while (strictlyBefore ? key(at(year)) >= key(ref) : key(at(year)) > key(ref) + slack) year -= 1;
  } else {
    while (key(at(year)) < key(ref)) year += 1;
  }
  return at(year);
}

/**
 * The weekday at or before the reference (past), or the next one from it on (future). A bare
 * weekday one day after publication ("Wednesday" in a story dated Tuesday) is the next day, in a
 * place a time zone ahead of the outlet, not six days back ("last Wednesday" is).
 */
function nearestWeekday(reference: Date, weekday: number, past: boolean, dayAhead: boolean, nextWeek: boolean): Date {
  const today = utcDay(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  const current = today.getUTCDay();
  const back = (current - weekday + 7) % 7;
  // "is expected later on Tuesday" in a story of Tuesday is that day; "next Tuesday" is a week on.
  const offset = past ? (dayAhead && back === 6 ? 1 : -back) : ((weekday - current + 7) % 7) || (nextWeek ? 7 : 0);
  return new Date(today.getTime() + offset * 86_400_000);
}

const DATELINE = new RegExp(`\\b(${MONTHS})\\s+\\d{1,2},?\\s+(19|20)\\d\\d\\b|\\b\\d{1,2}\\s+(${MONTHS})\\s+(19|20)\\d\\d\\b`);

/** The date of a dateline ("Damascus, September 9, 2025") in the first paragraph, for articles without publishedAt. */
export function datelineDate(body: string): Date | null {
  const firstParagraph = body.split("\n\n", 1)[0] ?? "";
  const match = DATELINE.exec(firstParagraph);
  return match ? writtenDay(match[0]) : null;
}

/** The first day written out with its year in `text` ("2021-10-15", "Fri. Mar 29th, 2024"); relative days ("today", "4 years ago") are none. */
export function writtenDay(text: string): Date | null {
  const found = chrono
    .parse(text, { instant: new Date(), timezone: 0 })
    .find((result) => ["year", "month", "day"].every((part) => result.start.isCertain(part as chrono.Component)) && /\b(19|20)\d\d\b/.test(result.text));
  return found ? utcDay(found.start.get("year")!, found.start.get("month")! - 1, found.start.get("day")!) : null;
}
