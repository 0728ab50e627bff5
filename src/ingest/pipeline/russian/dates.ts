// Stage 4 for Russian text: dates ("14 марта 2023 года", "в понедельник",
// "вчера", "на прошлой неделе") found by chrono-node's Russian parser and
// resolved against the publication date the way the English stage does: news
// reports the past, so a day or month without a year, or a bare weekday, is
// the latest one at or before publication, unless the sentence speaks of the
// future ("состоится", "в следующий вторник").
import * as chrono from "chrono-node";
import type { ResolvedDate } from "../../types";
import type { DateMention } from "../dates";
import type { Sentence } from "../sentences";
import { ru } from "./lexicon";

const DAY_MS = 86_400_000;
const FUTURE = new RegExp(`(?<!\\p{L})(${ru.futureCues.join("|")})(?!\\p{L})`, "iu");
const NEXT = /(следующ|будущ|ближайш)\S*\s*$/i;
const WEEK = /(?<!\p{L})недел/iu; // "на прошлой неделе", not "понедельник"

const utcDay = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));

export function findRussianDates(body: string, sentences: Sentence[], reference: Date | null): DateMention[] {
  const instant = reference ?? new Date();
  const mentions: DateMention[] = [];
  for (const sentence of sentences) {
    const future = FUTURE.test(sentence.text);
    for (const result of chrono.ru.parse(sentence.text, { instant, timezone: 0 })) {
      const resolved = resolveDate(result, instant, future || NEXT.test(result.text));
      if (!resolved) continue;
      const start = sentence.start + result.index;
      mentions.push({ ...resolved, start, end: start + result.text.length, text: body.slice(start, start + result.text.length) });
    }
  }
  return mentions;
}

function resolveDate(result: chrono.ParsedResult, reference: Date, future: boolean): ResolvedDate | null {
  const start = result.start;
  const certain = (unit: chrono.Component) => start.isCertain(unit);
  if (!certain("year") && !certain("month") && !certain("day") && !certain("weekday")) return null; // a time of day
  const today = utcDay(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  // "на прошлой неделе": some day of that week; what is known is its month.
  if (WEEK.test(result.text)) {
    const day = start.date();
    return { date: utcDay(day.getUTCFullYear(), day.getUTCMonth(), 1), precision: "MONTH" };
  }
  if (certain("day")) {
    let date = utcDay(start.get("year") ?? today.getUTCFullYear(), (start.get("month") ?? 1) - 1, start.get("day") ?? 1);
    if (!certain("year")) {
      const shift = future ? (date < today ? 1 : 0) : date > today ? -1 : 0;
      date = utcDay(date.getUTCFullYear() + shift, date.getUTCMonth(), date.getUTCDate());
    }
    return { date, precision: "DAY" };
  }
  if (certain("weekday")) {
    const weekday = start.get("weekday") ?? 0;
    const offset = future ? ((weekday - today.getUTCDay() + 7) % 7) || 7 : -((today.getUTCDay() - weekday + 7) % 7);
    return { date: new Date(today.getTime() + offset * DAY_MS), precision: "DAY" };
  }
  if (certain("month")) {
    let year = start.get("year") ?? today.getUTCFullYear();
    const month = (start.get("month") ?? 1) - 1;
    if (!certain("year")) {
      const key = year * 12 + month;
      const now = today.getUTCFullYear() * 12 + today.getUTCMonth();
      if (!future && key > now) year -= 1;
      if (future && key < now) year += 1;
    }
    return { date: utcDay(year, month, 1), precision: "MONTH" };
  }
  return { date: utcDay(start.get("year") ?? today.getUTCFullYear(), 0, 1), precision: "YEAR" };
}

const MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
const DATELINE = new RegExp(`(?<!\\d)\\d{1,2}\\s+(${MONTHS})\\s+(19|20)\\d\\d(?!\\d)`, "i");

/** The date of a dateline ("Москва, 8 мая 2024") in the first paragraph, for articles without a publication date. */
export function russianDatelineDate(body: string): Date | null {
  const match = DATELINE.exec(body.split("\n\n", 1)[0] ?? "");
  const parsed = match ? chrono.ru.parseDate(match[0], { instant: new Date(), timezone: 0 }) : null;
  return parsed ? utcDay(parsed.getUTCFullYear(), parsed.getUTCMonth(), parsed.getUTCDate()) : null;
}
