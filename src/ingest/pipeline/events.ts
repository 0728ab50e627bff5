// Stage 6: events — meetings, visits, summits, talks, agreements, elections.
//
// Each sentence with a trigger word (outside quotations and not inside reported
// speech) gives an event mention with the nearest date, the places and the
// actors of the sentence. Mentions of one real-world event are then merged:
// dated mentions by compatible kind, date and participants; undated ones join
// the dated event they share a person with (or the one described in the
// sentence just before: "During his trip, he met ..."), or are dropped. What
// stays has a date, a status (planned/occurred/cancelled), roles for its
// participants and the article's relation to it.
import type { EventKind, EventStatus, ParticipantRole } from "../../generated/prisma/enums";
import { lexicons } from "../lexicons";
import type { ExtractedActor, ExtractedClaim, ExtractedEvent, ExtractedParticipant, ResolvedDate, Span } from "../types";
import type { ActorIndex, ActorMention } from "./actors";
import { quoteSpans } from "./quotations";
import { isSubheading } from "./clean";
import type { DateMention } from "./dates";
import type { Sentence } from "./sentences";
import { clusterMentions, type Cluster, type EventMention, newsDate, REPORTED_TRIGGER, ROLE_PRIORITY, setRole } from "./event-clusters";
import { topicSlugs } from "./topics";
import { DECISION_TRIGGERS } from "./event-decisions";

export interface EventInput {
  body: string;
  sentences: Sentence[];
  actors: ActorIndex;
  dates: DateMention[];
  claims: ExtractedClaim[];
  publishedAt: Date | null;
}

const E = lexicons.events;
const pattern = (phrases: string[]) => new RegExp(`\\b(${phrases.map((p) => p.replace(/ /g, "\\s+")).join("|")})\\b`, "gi");
/**
 * Trigger patterns by kind; "OTHER/ruling" is kind OTHER, titled by its label. Decisions come first:
 * a sentence's declared result is its act, before the plain "election" it names.
 */
const TRIGGERS: Array<readonly [EventKind, RegExp, string | undefined, string?]> = [
  ...DECISION_TRIGGERS.map((t) => [t.kind, t.pattern, undefined, t.word] as const),
  ...E.kinds.map(([name, phrases]) => {
    const [kind, label] = name.split("/");
    return [kind as EventKind, pattern(phrases), label] as const;
  }),
];
const FUTURE = pattern(E.futureCues);
const CANCELLED = pattern(E.cancelCues);
/** Words between a speech verb and an event that is the occasion of the speaking: "said (in a statement) after a". */
const SCENE_BEFORE = /^(?:\s+(?:in|on)\s+(?:a\s+|an\s+)?[\w-]+)?\s+(?:after|during|following|at the end of|on the sidelines of|on the margins of)\s+(?:(?:the|a|an|his|her|their|its|this|two-day|one-day)\s+)?(?:[\w-]+\s+)?$/i;
// Case-sensitive: "States" in "United States-backed" is no verb.
const SPEECH = new RegExp(`\\b(${[...lexicons.speech.finite].map((v) => v.replace(/ /g, "\\s+")).join("|")})\\b`);
const SPEECH_ALL = new RegExp(SPEECH.source, "g");
const MEMBERS = pattern([...E.delegationMembers]);
const HOSTING = /^(received|receives|hosted|hosts|welcomed)$/i;
const PARTICIPANT_KINDS = new Set(["PERSON", "STATE", "ORGANIZATION"]);

export function extractEvents(input: EventInput): ExtractedEvent[] {
  const { sentences } = input;
  const quotes = quoteSpans(input.body);
  const mentions: EventMention[] = [];
  const memberSentences: number[] = [];
  for (const [index, sentence] of sentences.entries()) {
    if (isSubheading(sentence)) continue;
    const found = mentionsIn(sentence, index, input, quotes);
    mentions.push(...found);
    if (found.length === 0 && MEMBERS.test(sentence.text)) memberSentences.push(index);
    MEMBERS.lastIndex = 0;
  }
  // An event needs someone taking part, except summits and elections that the text names by place or date alone.
  const clusters = clusterMentions(mentions, input.publishedAt, newsDate(input)).filter((c) => c.participants.size > 0 || c.mentions.some((m) => m.kind === "SUMMIT" || m.kind === "ELECTION"));
  addDelegationMembers(clusters, memberSentences, input);
  return clusters.map((cluster, i) => toEvent(cluster, i, input)).sort((a, b) => a.evidence[0].start - b.evidence[0].start);
}

// ---------------------------------------------------------------- mentions

function mentionsIn(sentence: Sentence, index: number, input: EventInput, quotes: Array<{ start: number; end: number }>): EventMention[] {
  const inQuote = (position: number) => quotes.some((q) => position > q.start && position < q.end);
  // "the results announced by the commission": a passive participle reports no speech.
  const speech = [...sentence.text.matchAll(SPEECH_ALL)].find((m) => !/^\s+by\b/.test(sentence.text.slice((m.index ?? 0) + m[0].length)));
  // Events inside reported speech ("X said the talks ...") are the speaker's claim, not the article's report,
  // unless they set the scene of the speaking ("X said after talks with Y").
  const speechAt = speech && !inQuote(sentence.start + (speech.index ?? 0)) ? sentence.start + (speech.index ?? 0) : Infinity;
  const speechEnd = speech ? speechAt + speech[0].length : Infinity;
  const setsTheScene = (at: number) => at > speechEnd && SCENE_BEFORE.test(input.body.slice(speechEnd, at));
  const triggers: Array<{ kind: EventKind; at: number; word: string; label?: string; decision?: boolean }> = [];
  for (const [kind, regex, label, standsFor] of TRIGGERS) {
    if (!standsFor && triggers.some((t) => t.kind === kind && t.decision)) continue;
    regex.lastIndex = 0;
    for (const match of sentence.text.matchAll(regex)) {
      const at = sentence.start + (match.index ?? 0);
      const word = standsFor ?? match[1];
      if (inQuote(at) || (at > speechAt && !setsTheScene(at) && !reportsAnAct(word, sentence, at, input))) continue;
      if (HOSTING.test(word) && !hostsSomeone(sentence, at + match[0].length, input)) continue;
      // A press conference or a conference call is an occasion to speak, not a summit.
      if (/^conference$/i.test(word) && (/\b(press|news|video|joint)\s+$/i.test(input.body.slice(at - 12, at)) || /^conference\s+calls?\b/i.test(input.body.slice(at, at + 20)))) continue;
      if (/^call\s+with$/i.test(word) && /\b(conference|earnings|investor)\s+$/i.test(input.body.slice(at - 12, at))) continue;
      // "suspended the sentence": a detail of a ruling, not a ban.
      if (label === "suspension" && /^\s+(?:\S+\s+){0,2}sentences?\b/i.test(input.body.slice(at + match[0].length, at + match[0].length + 40))) continue;
      // "his failed 2012 re-election bid": an event of another year is background, not this news.
      if (ofAnotherYear(sentence, at, input)) continue;
      triggers.push({ kind, at, word, label, decision: Boolean(standsFor) });
      break;
    }
  }
  if (triggers.length === 0) return [];
  const dates = input.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end && !inQuote(d.start) && !startsOpenRange(input.body, d.start));
  const taken = new Set<DateMention>();
  const mentions: EventMention[] = [];
  for (const trigger of triggers) {
    // "X said on Wednesday he met Y on Tuesday": a date right after the speech verb dates the speaking, not the act.
    const ownClause = trigger.at > speechAt ? dates.filter((d) => d.start < speechAt || d.start > speechEnd + 2) : dates;
    const date = (ownClause.length > 0 ? ownClause : dates)
      .filter((d) => !taken.has(d) && d.precision !== "YEAR")
      .sort((a, b) => distance(a, trigger.at) - distance(b, trigger.at))[0];
    if (date) taken.add(date);
    const window = input.body.slice(Math.max(sentence.start, trigger.at - 45), Math.min(sentence.end, trigger.at + 25));
    mentions.push({
      kind: trigger.kind,
      sentence,
      sentenceIndex: index,
      trigger: trigger.at,
      word: trigger.word,
      label: trigger.label,
      date: date ? { date: date.date, precision: date.precision } : undefined,
      future: matches(FUTURE, window),
      cancelled: matches(CANCELLED, sentence.text),
      ...places(sentence, input, speechAt),
      // "X declared Y the winner": when the speech verb is the act itself, what follows names its parties.
      participants: participantsOf(sentence, trigger, input, quotes, trigger.at === speechAt ? sentence.end : speechAt),
    });
  }
  // Several kinds in one sentence: the undated ones are background to the dated one.
  const dated = mentions.filter((m) => m.date);
  return dated.length > 0 ? dated : mentions.slice(0, 1);
}

function matches(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  return regex.test(text);
}

function distance(date: DateMention, at: number): number {
  return date.start >= at ? date.start - at : at - date.end;
}

/**
 * "since December 2024", "until next year": a date bounding a period, not an event's date; nor is
 * the period a decision covers ("cut output for May-June"), unless it is when the event is set for.
 */
function startsOpenRange(body: string, start: number): boolean {
  const before = body.slice(Math.max(0, start - 24), start);
  return /\b(since|until|till|by)\s+(early|late|mid)?\s*$/i.test(before) || (/\bfor\s+$/i.test(before) && !/\b(scheduled|set|planned|slated|due|fixed|called)\s+for\s+$/i.test(before));
}

/** A year written just before the trigger ("2012 re-election bid") that is not the publication year. */
function ofAnotherYear(sentence: Sentence, at: number, input: EventInput): boolean {
  const year = /\b((?:19|20)\d\d)\s+(?:[\w-]+\s+|\w+-)?$/.exec(input.body.slice(Math.max(sentence.start, at - 24), at))?.[1];
  return Boolean(year && input.publishedAt && Number(year) !== input.publishedAt.getUTCFullYear());
}

/** "received a delegation / the minister / Novak", not "receives the final version". */
function hostsSomeone(sentence: Sentence, after: number, input: EventInput): boolean {
  const window = input.body.slice(after, Math.min(sentence.end, after + 60));
  if (/\b(delegation|delegates|president|minister|envoy|ambassadors?|counterpart|officials|leader|king|prince|emir)\b/i.test(window)) return true;
  return mentionsBetween(input.actors, after, after + 60).some((m) => kindOf(input.actors, m) === "PERSON");
}

function mentionsBetween(actors: ActorIndex, start: number, end: number): ActorMention[] {
  return actors.mentions.filter((m) => m.start >= start && m.end <= end);
}

const kindOf = (actors: ActorIndex, mention: ActorMention) => actors.byKey.get(mention.key)?.kind;

/** The venue ("Tishreen Palace") and the city ("Damascus") named in the sentence, before any reported speech. */
function places(sentence: Sentence, input: EventInput, reportedFrom: number): { venue?: string; city?: string } {
  let venue: string | undefined;
  let city: string | undefined;
  for (const mention of mentionsBetween(input.actors, sentence.start, Math.min(sentence.end, reportedFrom))) {
    const actor = input.actors.byKey.get(mention.key);
    const surface = input.body.slice(mention.start, mention.end);
    const before = input.body.slice(Math.max(0, mention.start - 8), mention.start);
    if (!actor) continue;
    const isCapital = lexicons.states.capitals.has(surface.toLowerCase());
    if (actor.kind === "PLACE" && lexicons.states.regions.has(surface.toLowerCase())) continue;
    // "the Baltic Sea dispute": a sea or strait is what is discussed, not where people meet.
    if (actor.kind === "PLACE" && /\s(?:Sea|Ocean|Strait)$/.test(actor.name)) continue;
    const name = actor.kind === "PLACE" ? actor.name : surface;
    const isVenue = surface.split(/\s+/).some((word) => lexicons.organisations.placeHeads.has(word));
    if (actor.kind === "PLACE" && !isCapital && isVenue) venue ??= name;
    else if (isCapital || actor.kind === "PLACE") city ??= name;
    else if (actor.kind === "STATE" && lexicons.states.seats.has(surface.toLowerCase()) && /\b(at|in) the\s+$/i.test(before)) venue ??= surface;
  }
  return { venue, city };
}

/** People, states and organisations of the sentence with their roles in the event. */
function participantsOf(
  sentence: Sentence,
  trigger: { kind: EventKind; at: number; word: string },
  input: EventInput,
  quotes: Array<{ start: number; end: number }>,
  reportedFrom: number,
): Map<string, ParticipantRole> {
  const { body, actors } = input;
  const participants = new Map<string, ParticipantRole>();
  // Neither "since ..." background nor the reported content after a speech verb names participants.
  const sinceAt = /\bsince\b/i.exec(sentence.text);
  const cutoff = Math.min(sinceAt ? sentence.start + sinceAt.index : sentence.end, reportedFrom);
  const ledBy = /\b(led|headed|chaired)\s+by\b/i.exec(sentence.text);
  const ledByAt = ledBy ? sentence.start + ledBy.index : -1;
  // "According to Al-Ain media in the United Arab Emirates, ...": the attribution names no participant.
  const attribution = /\baccording to [^,.;]*/i.exec(sentence.text);
  const inAttribution = (m: ActorMention) => attribution !== null && m.start >= sentence.start + attribution.index && m.end <= sentence.start + attribution.index + attribution[0].length;
  for (const mention of mentionsBetween(actors, sentence.start, cutoff)) {
    const actor = actors.byKey.get(mention.key);
    if (!actor || !PARTICIPANT_KINDS.has(actor.kind) || inAttribution(mention) || quotes.some((q) => mention.start > q.start && mention.end < q.end)) continue;
    let role: ParticipantRole = "ATTENDEE";
    const after = body.slice(mention.end, mention.end + 14);
    const ledHere = ledByAt >= 0 && mention.start > ledByAt && (trigger.at < ledByAt || mention.start < trigger.at);
    if (actor.kind === "PERSON" && ledHere) role = "LEADER";
    else if (actor.kind === "STATE" && /^\s+(delegation|delegates)\b/i.test(after)) role = "VISITOR";
    else if (actor.kind === "PERSON" && mention.start < trigger.at) role = HOSTING.test(trigger.word) ? "HOST" : trigger.kind === "VISIT" ? "VISITOR" : "ATTENDEE";
    setRole(participants, actor.key, role);
  }
  for (const key of peopleByRole(sentence, input)) setRole(participants, key, "ATTENDEE");
  // "the court set aside his acquittal": a ruling on the person the text named last.
  if (participants.size === 0 && trigger.kind === "OTHER" && /^\S+(?:\s+\S+)?\s+(?:his|her)\s/i.test(body.slice(trigger.at, trigger.at + 40))) {
    const person = [...actors.mentions].reverse().find((m) => m.end <= trigger.at && actors.byKey.get(m.key)?.kind === "PERSON");
    if (person) setRole(participants, person.key, "ATTENDEE");
  }
  return participants;
}

/** "Syrian foreign and defense ministers": the people of the article holding those offices for that state. */
function peopleByRole(sentence: Sentence, input: EventInput): string[] {
  const keys: string[] = [];
  for (const match of sentence.text.matchAll(/([\p{L}]+)(?:['’]s)?\s+([a-z]+)(?:\s+and\s+([a-z]+))?\s+ministers?\b/gu)) {
    const stateCode = lexicons.states.byDemonym.get(match[1].toLowerCase()) ?? lexicons.states.byName.get(match[1].toLowerCase());
    if (!stateCode) continue;
    for (const portfolio of [match[2], match[3]].filter(Boolean)) {
      if (!lexicons.roles.modifiers.has(portfolio)) continue;
      const role = `${portfolio} minister`;
      const person = input.actors.actors.find(
        (a: ExtractedActor) => a.kind === "PERSON" && a.description?.toLowerCase().includes(role) && (!a.affiliationKey || a.affiliationKey === `state:${stateCode}`),
      );
      if (person) keys.push(person.key);
    }
  }
  return keys;
}

/**
 * A trigger in reported speech that still reports the article's event: a past
 * act the speaker recounts ("said he spoke with his counterpart", "said the two
 * had met"), or an event the sentence dates ("said the meetings on Tuesday").
 * Plans and opinions ("said talks would resume") stay the speaker's claim.
 */
function reportsAnAct(word: string, sentence: Sentence, at: number, input: EventInput): boolean {
  const before = input.body.slice(Math.max(sentence.start, at - 25), at);
  // "said that if he met Y": a condition, not an act.
  if (/\b(if|whether|unless)\s+(?:\w+\s+){0,3}$/i.test(before)) return false;
  if (REPORTED_TRIGGER.test(word.replace(/\s+/g, " "))) return !/\b(would|will|could|might|may|should|must|not|never)\s+(?:\w+\s+)?$/i.test(before);
  return input.dates.some((d) => d.start >= sentence.start && d.end <= sentence.end && d.precision === "DAY");
}

/** "The Russian delegation included ...", "It includes ...": members of the delegation event named last before. */
function addDelegationMembers(clusters: Cluster[], memberSentences: number[], input: EventInput) {
  for (const index of memberSentences) {
    const sentence = input.sentences[index];
    const delegationAt = (cluster: Cluster) =>
      Math.max(-1, ...cluster.mentions.filter((m) => m.sentenceIndex < index && index - m.sentenceIndex <= 6 && /\bdelegat/i.test(m.sentence.text)).map((m) => m.sentenceIndex));
    const cluster = clusters.filter((c) => delegationAt(c) >= 0).sort((a, b) => delegationAt(b) - delegationAt(a))[0];
    if (!cluster) continue;
    const mentions = mentionsBetween(input.actors, sentence.start, sentence.end);
    // "Syrian officials present included ..." after a Russian delegation: the hosts' side attends.
    const sideKey = mentions.find((m) => kindOf(input.actors, m) === "STATE")?.key;
    const visitingSide = !sideKey || cluster.participants.get(sideKey) === "VISITOR" || ![...cluster.participants.values()].includes("VISITOR");
    for (const mention of mentions) {
      if (kindOf(input.actors, mention) === "PERSON") setRole(cluster.participants, mention.key, visitingSide ? "MEMBER" : "ATTENDEE");
    }
  }
}

// ---------------------------------------------------------------- output

function toEvent(cluster: Cluster, index: number, input: EventInput): ExtractedEvent {
  const { mentions } = cluster;
  // The kind of the mention that dates the event (the defining sentence); summits win over the visits to them.
  const kind = mentions.some((m) => m.kind === "SUMMIT") ? "SUMMIT" : mentions[0].kind;
  const date = mentions.map((m) => m.date!).filter(Boolean).sort((a, b) => precisionRank(a) - precisionRank(b))[0];
  const status = eventStatus(mentions, date, input.publishedAt);
  const venue = mentions.find((m) => m.venue)?.venue;
  const city = mentions.find((m) => m.city)?.city;
  const participants: ExtractedParticipant[] = [...cluster.participants].map(([actorKey, role]) => ({ actorKey, role }));
  const evidence: Span[] = [...new Map(mentions.map((m) => [m.sentence.start, { start: m.sentence.start, end: m.sentence.end }])).values()].sort((a, b) => a.start - b.start);
  const text = evidence.map((span) => input.body.slice(span.start, span.end)).join(" ");
  return {
    key: `event:${index + 1}`,
    title: eventTitle(kind, participants, city ?? venue, input, text, mentions.find((m) => m.label)?.label),
    kind,
    status,
    date,
    ...(venue || city ? { place: venue ?? city } : {}),
    ...(city ? { placeCity: city } : {}),
    summary: input.body.slice(evidence[0].start, evidence[0].end),
    participants,
    relation: "MENTIONS",
    topics: topicSlugs(text),
    evidence,
  };
}

const precisionRank = (date: ResolvedDate) => ["DAY", "MONTH", "YEAR"].indexOf(date.precision);

function eventStatus(mentions: EventMention[], date: ResolvedDate, publishedAt: Date | null): EventStatus {
  if (mentions.some((m) => m.cancelled)) return "CANCELLED";
  if (publishedAt) {
    const afterPublication =
      date.precision === "DAY"
        ? date.date.getTime() > publishedAt.getTime()
        : date.date.getUTCFullYear() * 12 + date.date.getUTCMonth() > publishedAt.getUTCFullYear() * 12 + publishedAt.getUTCMonth();
    if (afterPublication) return "PLANNED";
  }
  return mentions.some((m) => m.future && m.date) ? "PLANNED" : "OCCURRED";
}

/** "the Arab-Russian summit" -> "Arab-Russian summit": the name a text gives a summit or conference. */
function summitName(text: string): string | undefined {
  const match = /((?:[\p{Lu}][\p{L}\p{N}-]*\s+){1,3})(summit|conference|forum)\b/u.exec(text);
  if (!match) return undefined;
  const words = match[1].trim().split(/\s+/).filter((word) => !/^(The|A|An|In|On|At|With|Before|After)$/.test(word) && !lexicons.states.capitals.has(word.toLowerCase()));
  return words.length > 0 ? `${words.join(" ")} ${match[2]}` : undefined;
}

function eventTitle(kind: EventKind, participants: ExtractedParticipant[], place: string | undefined, input: EventInput, evidenceText: string, otherLabel?: string): string {
  const name = (key: string) => input.actors.byKey.get(key)?.name ?? key;
  const ordered = [...participants].sort((a, b) => ROLE_PRIORITY.indexOf(a.role) - ROLE_PRIORITY.indexOf(b.role));
  const persons = ordered.filter((p) => p.actorKey.startsWith("person:"));
  const states = ordered.filter((p) => p.actorKey.startsWith("state:"));
  // Visitors and delegation leaders first, hosts second; delegation members stay out of the title.
  const visitorFirst = persons.filter((p) => p.role !== "MEMBER").sort((a, b) => Number(a.role === "HOST") - Number(b.role === "HOST"));
  const at = place ? ` in ${place}` : "";
  const pair = (list: ExtractedParticipant[]) => list.slice(0, 2).map((p) => name(p.actorKey));
  switch (kind) {
    case "MEETING": {
      const host = visitorFirst.find((p) => p.role === "HOST" && p !== visitorFirst[0]) ?? visitorFirst[1];
      if (host) return `${name(visitorFirst[0].actorKey)} meets ${name(host.actorKey)}${at}`;
      break;
    }
    case "VISIT": {
      const visitor = visitorFirst[0] ?? states.find((s) => s.role === "VISITOR");
      if (visitor) return `${name(visitor.actorKey)} visits ${place ?? "abroad"}`;
      break;
    }
    case "SUMMIT": {
      const name = summitName(evidenceText);
      if (name) return `${name}${at}`;
      break;
    }
    case "ELECTION":
      if (states[0]) return `${name(states[0].actorKey)} elections`;
      break;
    default:
      break;
  }
  const labelText = kind === "OTHER" && otherLabel ? otherLabel : kind.toLowerCase().replace(/_/g, " ");
  const label = labelText.charAt(0).toUpperCase() + labelText.slice(1);
  const organisations = ordered.filter((p) => p.actorKey.startsWith("organization:"));
  const who = pair(persons.length > 0 ? visitorFirst : states.length > 0 ? states : organisations);
  return who.length > 0 ? `${label}: ${who.join(" and ")}${at}` : `${label}${at}`;
}

/**
 * The article reports its main recent event (the best-evidenced one that happened in
 * the week before publication, or in its month when only the month is known),
 * announces planned ones and mentions the rest.
 */
export function assignRelations(events: ExtractedEvent[], publishedAt: Date | null): void {
  const recent = (e: ExtractedEvent) => {
    if (e.status !== "OCCURRED" || !e.date || !publishedAt) return false;
    if (e.date.precision === "DAY") return publishedAt.getTime() - e.date.date.getTime() <= 7 * 86_400_000;
    return e.date.precision === "MONTH" && e.date.date.getUTCFullYear() === publishedAt.getUTCFullYear() && e.date.date.getUTCMonth() === publishedAt.getUTCMonth();
  };
  const main = events
    .filter(recent)
    .sort((a, b) => b.evidence.length - a.evidence.length || precisionRank(a.date!) - precisionRank(b.date!))[0];
  for (const event of events) event.relation = event === main ? "REPORTS" : event.status === "PLANNED" ? "ANNOUNCES" : "MENTIONS";
}

/**
 * A claim belongs to an event when it is made in the event's sentences, or by one
 * of its participants shortly after them, or by a participant of (or an outlet
 * reporting on) the event the article reports. It was made on the event's day
 * when that is known.
 */
export function linkClaims(claims: ExtractedClaim[], events: ExtractedEvent[], actors: Map<string, ExtractedActor>): void {
  const main = events.find((e) => e.relation === "REPORTS");
  // An outlet reporting in an article about an event reports on that event.
  const takesPart = (event: ExtractedEvent, key?: string) =>
    Boolean(key && (event.participants.some((p) => p.actorKey === key) || (event === main && actors.get(key)?.kind === "MEDIA")));
  for (const claim of claims) {
    const overlapping = events.find((e) => e.evidence.some((span) => span.start < claim.end && claim.start < span.end));
    const following = events
      .filter((e) => takesPart(e, claim.speakerKey) && e.evidence.some((span) => span.end <= claim.start && claim.start - span.end < 600))
      .sort((a, b) => Math.max(...b.evidence.map((s) => s.end)) - Math.max(...a.evidence.map((s) => s.end)))[0];
    const event = overlapping ?? following ?? (main && takesPart(main, claim.speakerKey) ? main : undefined);
    if (!event) continue;
    claim.eventKey = event.key;
    if (event.status === "OCCURRED" && event.date?.precision === "DAY") claim.claimedAt = event.date.date;
  }
}
