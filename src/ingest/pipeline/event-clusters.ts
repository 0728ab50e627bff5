// Merging the event mentions of one article: mentions of one real-world event
// join by compatible kind, date and participants; an undated lede is dated by
// publication, other undated mentions join the event they share a person with.
import type { EventKind, ParticipantRole } from "../../generated/prisma/enums";
import { lexicons } from "../lexicons";
import type { ResolvedDate } from "../types";
import type { EventInput } from "./events";
import type { Sentence } from "./sentences";

const E = lexicons.events;
export const ROLE_PRIORITY: ParticipantRole[] = ["LEADER", "HOST", "VISITOR", "MEMBER", "ATTENDEE", "SUBJECT"];

export interface EventMention {
  kind: EventKind;
  sentence: Sentence;
  sentenceIndex: number;
  trigger: number;
  /** The trigger word as written ("met", "visit"). */
  word: string;
  /** What an OTHER event is ("ruling", "results"), from its trigger. */
  label?: string;
  date?: ResolvedDate;
  future: boolean;
  cancelled: boolean;
  venue?: string;
  city?: string;
  participants: Map<string, ParticipantRole>;
}

export interface Cluster {
  mentions: EventMention[];
  participants: Map<string, ParticipantRole>;
}

export function setRole(participants: Map<string, ParticipantRole>, key: string, role: ParticipantRole) {
  const current = participants.get(key);
  if (!current || ROLE_PRIORITY.indexOf(role) < ROLE_PRIORITY.indexOf(current)) participants.set(key, role);
}

function compatible(a: EventKind, b: EventKind): boolean {
  return a === b || E.compatibleKinds.some((group) => group.includes(a) && group.includes(b));
}

function sameDate(a: ResolvedDate, b: ResolvedDate): boolean {
  if (a.precision === "DAY" && b.precision === "DAY") return Math.abs(a.date.getTime() - b.date.getTime()) <= 86_400_000;
  return a.date.getUTCFullYear() === b.date.getUTCFullYear() && a.date.getUTCMonth() === b.date.getUTCMonth();
}

const people = (participants: Map<string, ParticipantRole>) => [...participants.keys()].filter((key) => key.startsWith("person:"));

function placesConflict(cluster: Cluster, mention: EventMention): boolean {
  const cities = new Set(cluster.mentions.map((m) => m.city).filter(Boolean));
  return Boolean(mention.city && cities.size > 0 && !cities.has(mention.city));
}

/** Kinds an article may name by their place and parties alone, without a person. */
const NAMED_BY_PLACE = new Set<EventKind>(["SUMMIT", "ELECTION", "AGREEMENT"]);

/** Past-tense triggers: the lede reports something that already happened. */
export const REPORTED_TRIGGER =
  /^(met|received|hosted|visited|travell?ed to|arrived in|held talks|signed|shook hands|voted|agreed to|reached a deal|struck a deal|deal reached|reached an agreement|spoke with|spoke by phone|exchanged views|sentenced|convicted|acquitted|upheld|overturned|found guilty|lost (?:his|her|an) appeal|posted|reported (?:a )?profit|reported results|raised its guidance|upgraded its guidance|lifted its targets|suspended|banned|declared winner|resigned|stepped down|tendered (?:his|her) resignation|seized power|took power|were detained|was detained|declared a state of emergency|air ?strike|drone strike|air raid)$/i;

/**
 * An article that names no date for the event its lede reports ("X met Y in Z.")
 * reports it as of the publication day.
 */
function datedByPublication(mentions: EventMention[], clusters: Cluster[], publishedAt: Date | null): EventMention | undefined {
  if (!publishedAt) return undefined;
  // Only events that will be kept count: one with nobody taking part is dropped later.
  const recent = clusters.some((c) =>
    (c.participants.size > 0 || c.mentions.some((m) => m.kind === "SUMMIT" || m.kind === "ELECTION")) &&
    c.mentions.some((m) => m.date && (m.date.precision === "DAY" ? Math.abs(publishedAt.getTime() - m.date.date.getTime()) <= 7 * 86_400_000 : sameDate(m.date, { date: publishedAt, precision: "MONTH" }))),
  );
  if (recent) return undefined;
  // Someone took part; for a summit, an election or a deal the states or bodies it names will do ("the deal reached at the summit in Azerbaijan").
  // A suspension, ruling or result is done by a body: an organisation takes part enough.
  const bodies = (m: EventMention) => [...m.participants.keys()].some((key) => key.startsWith("organization:"));
  const takesPart = (m: EventMention) =>
    people(m.participants).length > 0 || (m.kind === "OTHER" && bodies(m)) || (NAMED_BY_PLACE.has(m.kind) && (m.participants.size > 0 || Boolean(m.city ?? m.venue)));
  // A flood or an earthquake in the lede has struck the place it names.
  const disaster = (m: EventMention) => m.label === "disaster" && !m.future && (m.participants.size > 0 || Boolean(m.city));
  const lede = mentions.find(
    (m) => !m.date && m.sentence.paragraph <= 1 && (((REPORTED_TRIGGER.test(m.word.replace(/\s+/g, " ")) || m.kind === "SUMMIT") && takesPart(m)) || disaster(m)),
  );
  if (lede) lede.date = { date: new Date(Date.UTC(publishedAt.getUTCFullYear(), publishedAt.getUTCMonth(), publishedAt.getUTCDate())), precision: "DAY" };
  return lede;
}

/** The day the lede's news happened: the first day-precise date of the first paragraph, not after publication. */
export function newsDate(input: EventInput): ResolvedDate | undefined {
  const firstParagraph = input.sentences.filter((s) => s.paragraph === input.sentences[0]?.paragraph);
  const end = firstParagraph[firstParagraph.length - 1]?.end ?? 0;
  const date = input.dates.find((d) => d.start < end && d.precision === "DAY" && (!input.publishedAt || d.date.getTime() <= input.publishedAt.getTime()));
  return date ? { date: date.date, precision: date.precision } : undefined;
}

/**
 * "During the meeting, X discussed the violence in Duhok": a trigger noun the text refers back with
 * ("the meeting", "this visit") is the event already told of that kind and day, whatever place its sentence names.
 */
function toldBefore(clusters: Cluster[], mention: EventMention): Cluster | undefined {
  const before = mention.sentence.text.slice(0, mention.trigger - mention.sentence.start);
  if (mention.future || !/^\p{Ll}+$/u.test(mention.word) || !/\b(?:the|this|that)\s+$/i.test(before)) return undefined;
  return clusters.findLast((c) => compatible(c.mentions[0].kind, mention.kind) && (!mention.date || sameDate(c.mentions[0].date!, mention.date)));
}

export function clusterMentions(mentions: EventMention[], publishedAt: Date | null, leadDate?: ResolvedDate): Cluster[] {
  const clusters: Cluster[] = [];
  const join = (cluster: Cluster, mention: EventMention) => {
    cluster.mentions.push(mention);
    for (const [key, role] of mention.participants) setRole(cluster.participants, key, role);
  };
  for (const mention of mentions.filter((m) => m.date)) {
    const told = toldBefore(clusters, mention);
    if (told) {
      join(told, { ...mention, city: undefined, venue: undefined });
      continue;
    }
    const target = clusters.find((cluster) => {
      const first = cluster.mentions[0];
      if (!compatible(first.kind, mention.kind) || !sameDate(first.date!, mention.date!) || placesConflict(cluster, mention)) return false;
      const shared = people(mention.participants).some((key) => cluster.participants.has(key));
      // Resignations or suspensions one report dates to the same day are one reshuffle, one ban.
      const sameAct = first.kind === "OTHER" && mention.kind === "OTHER" && first.label === mention.label;
      return shared || sameAct || people(mention.participants).length === 0 || people(cluster.participants).length === 0;
    });
    if (target) join(target, mention);
    else clusters.push({ mentions: [mention], participants: new Map(mention.participants) });
  }
  const lede = datedByPublication(mentions, clusters, publishedAt);
  if (lede) clusters.push({ mentions: [lede], participants: new Map(lede.participants) });
  for (const mention of mentions.filter((m) => !m.date)) {
    const told = toldBefore(clusters, mention);
    if (told) {
      join(told, { ...mention, city: undefined, venue: undefined });
      continue;
    }
    const eligible = clusters.filter((c) => compatible(c.mentions[0].kind, mention.kind) && !placesConflict(c, mention));
    const previous = eligible.find((c) => c.mentions.some((m) => m.sentenceIndex === mention.sentenceIndex - 1 && m.sentence.paragraph === mention.sentence.paragraph));
    const scored = eligible
      .map((cluster) => ({ cluster, score: people(mention.participants).filter((key) => cluster.participants.has(key)).length }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score);
    const target = previous ?? scored[0]?.cluster;
    if (target) join(target, mention);
    else if (leadDate && mention.sentence.paragraph <= 1 && !mention.future) {
      // An undated past event told beside the lede ("…said after a meeting of ministers in Brussels") happened on the lede's day,
      // and is the lede's event when it is of a compatible kind ("agreed on Sunday to cut … The group agreed to reduce …").
      mention.date = leadDate;
      const sameDay = eligible.find((c) => sameDate(c.mentions[0].date!, leadDate));
      if (sameDay) join(sameDay, mention);
      else clusters.push({ mentions: [mention], participants: new Map(mention.participants) });
    }
  }
  return clusters;
}
