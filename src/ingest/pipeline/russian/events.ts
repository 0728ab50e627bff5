// Stage 6 for Russian text: meetings, talks, phone calls, visits, summits and
// agreements ("провели переговоры", "в ходе телефонного разговора",
// "встретился с"), in the ExtractedEvent structure of the English stage.
//
// A sentence with a trigger outside quotation marks gives an event mention
// with the sentence's date and its people, states and bodies (not those named
// as the source after a reporting verb: "..., сообщили в МИД России").
// Mentions of one kind and date are one event; an undated mention joins the
// dated event it shares a person with, or, in the lede, happened on the day of
// publication; other undated mentions are dropped, as in English.
import type { EventKind, EventStatus, ParticipantRole } from "../../../generated/prisma/enums";
import type { ExtractedEvent, ResolvedDate } from "../../types";
import type { ActorIndex } from "../actors";
import type { DateMention } from "../dates";
import type { Sentence } from "../sentences";
import { russianQuoteSpans } from "./quotes";
import { ru } from "./lexicon";
import { lowerRu } from "./morphology";

interface Mention {
  kind: EventKind;
  sentence: Sentence;
  date?: ResolvedDate;
  future: boolean;
  cancelled: boolean;
  city?: string;
  participants: Map<string, ParticipantRole>;
}

const phrase = (list: string[]) => new RegExp(`(?<!\\p{L})(${list.map((p) => p.replace(/ /g, "\\s+")).join("|")})(?!\\p{L})`, "iu");
const TRIGGERS = Object.entries(ru.events).map(([kind, list]) => [kind as EventKind, phrase(list)] as const);
const FUTURE = phrase(ru.futureCues);
const CANCELLED = phrase(ru.cancelCues);
const SPEECH = new RegExp(`(?<!\\p{L})(${[...ru.speech.verbs].join("|")})(?!\\p{L})`, "iu");
const PARTICIPANT_KINDS = new Set(["PERSON", "STATE", "ORGANIZATION"]);
/** Past-tense triggers: a lede that tells one without a date tells the news of the day. */
const REPORTED = /(ли|л|ла)$/;

export function extractRussianEvents(body: string, sentences: Sentence[], actors: ActorIndex, dates: DateMention[], publishedAt: Date | null): ExtractedEvent[] {
  const quotes = russianQuoteSpans(body);
  const inQuote = (at: number) => quotes.some((q) => at > q.start && at < q.end);
  const mentions: Mention[] = [];
  const ledeCandidates: Mention[] = [];
  for (const sentence of sentences) {
    const trigger = TRIGGERS.map(([kind, regex]) => ({ kind, match: regex.exec(sentence.text) }))
      .filter(({ match }) => match && !inQuote(sentence.start + match.index))
      .sort((a, b) => a.match!.index - b.match!.index)[0];
    if (!trigger) continue;
    // The source named after a reporting verb at the end takes no part: "..., сообщили в МИД России".
    const speech = SPEECH.exec(sentence.text);
    const cutoff = speech && speech.index > trigger.match!.index ? sentence.start + speech.index : sentence.end;
    const participants = new Map<string, ParticipantRole>();
    let city: string | undefined;
    for (const m of actors.mentions.filter((m) => m.start >= sentence.start && m.end <= cutoff && !inQuote(m.start))) {
      const actor = actors.byKey.get(m.key);
      if (actor?.kind === "PLACE") city ??= actor.name;
      else if (actor && PARTICIPANT_KINDS.has(actor.kind)) participants.set(m.key, "ATTENDEE");
    }
    const date = dates.find((d) => d.start >= sentence.start && d.end <= sentence.end && d.precision !== "YEAR" && !inQuote(d.start));
    const mention: Mention = {
      kind: trigger.kind,
      sentence,
      date: date && { date: date.date, precision: date.precision },
      future: FUTURE.test(sentence.text),
      cancelled: CANCELLED.test(sentence.text),
      city,
      participants,
    };
    if (participants.size === 0 && mention.kind !== "SUMMIT") continue;
    mentions.push(mention);
    if (!date && sentence.paragraph <= 1 && REPORTED.test(lowerRu(trigger.match![1])) && [...participants.keys()].some((k) => k.startsWith("person:"))) ledeCandidates.push(mention);
  }
  const clusters = cluster(mentions, ledeCandidates[0], publishedAt);
  return clusters.map((c, i) => toEvent(c, i, body, actors, publishedAt));
}

const people = (m: Map<string, ParticipantRole>) => [...m.keys()].filter((key) => key.startsWith("person:"));
const sameDate = (a: ResolvedDate, b: ResolvedDate) => a.precision === b.precision && a.date.getTime() === b.date.getTime();

function cluster(mentions: Mention[], lede: Mention | undefined, publishedAt: Date | null): Mention[][] {
  if (lede && publishedAt && !mentions.some((m) => m.date)) {
    lede.date = { date: new Date(Date.UTC(publishedAt.getUTCFullYear(), publishedAt.getUTCMonth(), publishedAt.getUTCDate())), precision: "DAY" };
  }
  const clusters: Mention[][] = [];
  for (const mention of mentions.filter((m) => m.date)) {
    const target = clusters.find((c) => sameDate(c[0].date!, mention.date!));
    if (target) target.push(mention);
    else clusters.push([mention]);
  }
  for (const mention of mentions.filter((m) => !m.date)) {
    const target = clusters.find((c) => c.some((m) => people(m.participants).some((key) => mention.participants.has(key))));
    target?.push(mention);
  }
  return clusters;
}

function toEvent(mentions: Mention[], index: number, body: string, actors: ActorIndex, publishedAt: Date | null): ExtractedEvent {
  const first = mentions[0];
  const participants = new Map<string, ParticipantRole>();
  for (const m of mentions) for (const [key, role] of m.participants) participants.set(key, role);
  const date = first.date!;
  const afterPublication = publishedAt !== null && date.date.getTime() > publishedAt.getTime();
  const status: EventStatus = mentions.some((m) => m.cancelled) ? "CANCELLED" : afterPublication || first.future ? "PLANNED" : "OCCURRED";
  const city = mentions.find((m) => m.city)?.city;
  const evidence = [...new Map(mentions.map((m) => [m.sentence.start, { start: m.sentence.start, end: m.sentence.end }])).values()];
  const named = (kind: string) => [...participants.keys()].filter((key) => key.startsWith(kind)).map((key) => actors.byKey.get(key)!.name);
  const who = named("person:").length > 0 ? named("person:") : named("state:");
  const label = first.kind.charAt(0) + first.kind.slice(1).toLowerCase();
  const title = first.kind === "MEETING" && who.length >= 2 ? `${who[0]} meets ${who[1]}` : `${label}${who.length ? `: ${who.slice(0, 2).join(" and ")}` : ""}`;
  return {
    key: `event:${index + 1}`,
    title: city ? `${title} in ${city}` : title,
    kind: first.kind,
    status,
    date,
    ...(city ? { place: city, placeCity: city } : {}),
    summary: body.slice(evidence[0].start, evidence[0].end),
    participants: [...participants].map(([actorKey, role]) => ({ actorKey, role })),
    relation: "MENTIONS",
    topics: [],
    evidence,
  };
}
