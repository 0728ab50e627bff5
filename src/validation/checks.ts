// Input checks shared by every mutation. Each throws a GraphQLError with code
// BAD_USER_INPUT and extensions.field naming the offending input field, before
// anything is written.
import { GraphQLError } from "graphql";

export function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: "BAD_USER_INPUT", field } });
}

// C0 controls other than tab, newline and carriage return, DEL, and C1 controls:
// they mean binary data or a broken encoding, never news text.
const CONTROL_BYTES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Zero-width and byte-order marks: text made only of these is empty to a reader.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
// A lone UTF-16 surrogate cannot be stored as UTF-8 text.
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface TextRules {
  maxBytes: number;
  /** Single-line fields (names, titles) also refuse line breaks. */
  singleLine?: boolean;
}

/** Non-empty printable text within the byte budget; returned trimmed. */
export function text(field: string, value: unknown, rules: TextRules): string {
  if (typeof value !== "string") throw badInput(field, "must be a string");
  if (Buffer.byteLength(value, "utf8") > rules.maxBytes) throw badInput(field, `is longer than ${rules.maxBytes} bytes`);
  if (value.includes("\u0000")) throw badInput(field, "contains a NUL byte");
  if (CONTROL_BYTES.test(value)) throw badInput(field, "contains binary control characters");
  if (LONE_SURROGATE.test(value)) throw badInput(field, "is not valid Unicode text");
  if (rules.singleLine && /[\r\n]/.test(value)) throw badInput(field, "must be a single line");
  const trimmed = value.trim();
  if (!trimmed.replace(INVISIBLE, "")) throw badInput(field, "must not be empty");
  return trimmed;
}

/** Like text(), but null/undefined pass through as null. */
export function optionalText(field: string, value: unknown, rules: TextRules): string | null {
  return value === null || value === undefined ? null : text(field, value, rules);
}

const MAX_URL_BYTES = 2048;

/** An absolute http(s) URL, normalised by the WHATWG parser. */
export function httpUrl(field: string, value: unknown): string | null {
  const raw = optionalText(field, value, { maxBytes: MAX_URL_BYTES, singleLine: true });
  if (raw === null) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badInput(field, "is not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw badInput(field, "must be an http or https URL");
  if (!url.hostname) throw badInput(field, "must name a host");
  return url.toString();
}

/** A date no later than the end of tomorrow (UTC), so time zones never reject today's news. */
export function notFutureDate(field: string, value: unknown, now = new Date()): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw badInput(field, "is not a valid date-time");
  const endOfTomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 2);
  if (date.getTime() >= endOfTomorrow) throw badInput(field, "is later than tomorrow");
  return date;
}

/** One of the allowed values; GraphQL checks enums it declares, this covers strings that act as enums. */
export function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw badInput(field, `must be one of ${allowed.join(", ")}`);
  }
  return value as T;
}

/** A list with at least one and at most `max` items. */
export function boundedList<T>(field: string, value: readonly T[], max: number): readonly T[] {
  if (!Array.isArray(value) || value.length === 0) throw badInput(field, "must not be empty");
  if (value.length > max) throw badInput(field, `must have at most ${max} items`);
  return value;
}

/** Decodes global ids; supplied by the API (src/graph), which owns the id format. */
export type GlobalIdDecoder = (id: string) => { type: string; id: number } | null;

/** The numeric id behind a global id, which must be of `expectedType`. */
export function globalIdOf(field: string, value: unknown, expectedType: string, decode: GlobalIdDecoder): number {
  if (typeof value !== "string" || !value) throw badInput(field, `must be a ${expectedType} id`);
  const decoded = decode(value);
  if (!decoded) throw badInput(field, `is not a valid id`);
  if (decoded.type !== expectedType) throw badInput(field, `must be a ${expectedType} id, got a ${decoded.type} id`);
  return decoded.id;
}
