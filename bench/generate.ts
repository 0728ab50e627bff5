// The synthetic news graph: pure generation, no database. Rows go to a sink
// table by table (the loader in data.ts streams them into COPY); the same
// seed and size always give the same rows.
//
// Shape, per article on average: 8 actors drawn from a Zipf (power-law)
// popularity, 10 claims, about 1.2 events; each event is reported by 1 to 10
// articles published close together, and its participants come from those
// articles' actors. Claim subjects carry a topic, so topics, claims and
// article text agree, and full-text search finds the words it should.
import { createHash } from "node:crypto";
import { normalizeName } from "../src/text/normalize";
import {
  CLAIM_PREDICATES,
  CLAIM_SUBJECTS,
  COUNTRIES,
  EVENT_PHRASES,
  FILLER_SENTENCES,
  FIRST_NAMES,
  GROUP_PATTERNS,
  GROUP_SUBJECTS,
  LAST_NAMES,
  MEDIA_PATTERNS,
  ORGANIZATION_PATTERNS,
  ORGANIZATION_SUBJECTS,
  PERSON_ROLES,
  SOURCES,
  SPEECH_VERBS,
  type Country,
} from "./lexicon";
import { createRandom, zipfSampler, type Random } from "./random";

/** COPY column lists; generated columns (search_vector) are left to Postgres. */
export const TABLES = {
  actor: ["id", "name", "kind", "description", "affiliation_id", "created_at"],
  actor_alias: ["id", "actor_id", "surface", "normalized"],
  event: ["id", "title", "kind", "status", "start_date", "date_precision", "place", "latitude", "longitude", "summary", "created_at"],
  event_participant: ["event_id", "actor_id", "role"],
  event_report: ["id", "event_id", "article_id", "position", "title", "kind", "status", "start_date", "date_precision", "place", "summary", "relation"],
  event_report_participant: ["report_id", "actor_id", "role"],
  event_topic: ["event_id", "topic_id"],
  discrepancy: ["id", "event_id", "field", "created_at"],
  discrepancy_value: ["id", "discrepancy_id", "value", "article_id"],
  article: ["id", "title", "body", "raw_text", "url", "source", "published_at", "language", "content_hash", "ingested_at"],
  article_actor: ["article_id", "actor_id", "mention_count", "first_offset"],
  article_event: ["article_id", "event_id", "relation"],
  article_topic: ["article_id", "topic_id", "score"],
  claim: ["id", "text", "quote", "speaker_id", "article_id", "start_offset", "end_offset", "event_id", "claimed_at", "created_at"],
  claim_topic: ["claim_id", "topic_id"],
} as const;

export type TableName = keyof typeof TABLES;
export type Cell = string | number | null;

export interface RowSink {
  row(table: TableName, cells: Cell[]): void;
  /** Called between batches of articles so the sink can apply back-pressure. */
  flush(): Promise<void>;
}

export interface GenerateOptions {
  articles: number;
  seed: number;
  /** Topic id by slug, as seeded by the migrations. */
  topicIds: ReadonlyMap<string, number>;
}

/** How many actors and events a graph of this many articles gets. */
export function graphSize(articles: number) {
  return { articles, actors: Math.max(60, Math.round(articles * 0.3)), events: Math.max(5, Math.round(articles * 0.35)) };
}

const FIRST_PUBLISHED = Date.UTC(2024, 0, 1);
const PUBLISHING_SPAN_MS = 730 * 86_400_000;
const DAY_MS = 86_400_000;
const ARTICLES_PER_FLUSH = 500;

type ActorKind = "PERSON" | "STATE" | "ORGANIZATION" | "MEDIA" | "GROUP" | "PLACE";

interface ActorSeed {
  id: number;
  name: string;
  kind: ActorKind;
  /** Person's role, used on first mention: "Energy Minister Maria Novak". */
  role: string | null;
  aliases: string[];
  country: Country;
}

const isoDate = (ms: number) => new Date(ms).toISOString();
const dayOf = (ms: number) => isoDate(ms).slice(0, 10);
const capitalise = (text: string) => text[0].toUpperCase() + text.slice(1);

/** A weighted choice of reporting-article counts 1..10, weight 1/k: most events are reported once or twice. */
function reporterCount(random: Random): number {
  const weights = Array.from({ length: 10 }, (_, i) => 1 / (i + 1));
  let target = random.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i];
    if (target <= 0) return i + 1;
  }
  return 10;
}

/** Distinct draws until `count` are found (or attempts run out on tiny graphs). */
function distinct(count: number, draw: () => number): number[] {
  const chosen = new Set<number>();
  for (let attempt = 0; chosen.size < count && attempt < count * 20; attempt++) chosen.add(draw());
  return [...chosen];
}

function makeActors(count: number, random: Random): ActorSeed[] {
  const unusedStates = [...COUNTRIES];
  const unusedCapitals = [...COUNTRIES];
  const actors: ActorSeed[] = [];
  for (let id = 1; id <= count; id++) {
    const country = random.pick(COUNTRIES);
    const roll = random.next();
    const actor = (kind: ActorKind, name: string, aliases: string[], role: string | null = null): ActorSeed => ({
      id, name, kind, role, aliases: [name, ...aliases], country,
    });
    if (roll < 0.1 && unusedStates.length > 0) {
      const state = unusedStates.splice(random.int(0, unusedStates.length - 1), 1)[0];
      actors.push({ ...actor("STATE", state.name, state.official !== state.name ? [state.official] : []), country: state });
    } else if (roll < 0.25) {
      const name = random.pick(ORGANIZATION_PATTERNS).replace("{x}", random.pick(ORGANIZATION_SUBJECTS));
      const fullName = `${country.demonym} ${name}`;
      const acronym = fullName.split(/\s+/).map((word) => word[0]).join("").toUpperCase();
      actors.push(actor("ORGANIZATION", fullName, [acronym]));
    } else if (roll < 0.3) {
      actors.push(actor("MEDIA", random.pick(MEDIA_PATTERNS).replace("{x}", country.capital), []));
    } else if (roll < 0.37) {
      actors.push(actor("GROUP", random.pick(GROUP_PATTERNS).replace("{x}", random.pick(GROUP_SUBJECTS)), []));
    } else if (roll < 0.4 && unusedCapitals.length > 0) {
      const city = unusedCapitals.splice(random.int(0, unusedCapitals.length - 1), 1)[0];
      actors.push({ ...actor("PLACE", city.capital, []), country: city });
    } else {
      const first = random.pick(FIRST_NAMES);
      const last = random.pick(LAST_NAMES);
      const role = `${country.demonym} ${random.pick(PERSON_ROLES)}`;
      actors.push(actor("PERSON", `${first} ${last}`, [last], role));
    }
  }
  return actors;
}

function emitActors(actors: ActorSeed[], random: Random, sink: RowSink) {
  const institutions = actors.filter((a) => a.kind === "STATE" || a.kind === "ORGANIZATION").map((a) => a.id);
  let aliasId = 0;
  for (const actor of actors) {
    const affiliation = actor.kind === "PERSON" && institutions.length > 0 && random.chance(0.3) ? random.pick(institutions) : null;
    sink.row("actor", [actor.id, actor.name, actor.kind, actor.role, affiliation, isoDate(FIRST_PUBLISHED)]);
    const seen = new Set<string>();
    for (const surface of actor.aliases) {
      const normalized = normalizeName(surface);
      if (!normalized || seen.has(normalized)) continue;
      seen.add(normalized);
      sink.row("actor_alias", [++aliasId, actor.id, surface, normalized]);
    }
  }
}

interface ComposedClaim {
  text: string;
  quote: string | null;
  speaker: ActorSeed | null;
  start: number;
  end: number;
  topic: string;
}

interface ComposedArticle {
  title: string;
  body: string;
  claims: ComposedClaim[];
  /** Mentions per actor id, and where each is first named. */
  mentions: Map<number, { count: number; firstOffset: number }>;
}

/**
 * Writes one article: a dateline lead naming the first two actors, 7 to 13
 * claims (quotes, reported speech, unattributed) with filler in between, and a
 * closing sentence naming any actor not yet mentioned.
 */
export function composeArticle(random: Random, cast: ActorSeed[], publishedMs: number): ComposedArticle {
  const place = cast[0].country.capital;
  const mainSubjects = [random.pick(CLAIM_SUBJECTS), random.pick(CLAIM_SUBJECTS)];
  const sentences: Array<{ text: string; claim?: Omit<ComposedClaim, "start" | "end">; names: ActorSeed[] }> = [];
  const named = new Set<number>();
  const display = (actor: ActorSeed) => {
    const first = !named.has(actor.id);
    named.add(actor.id);
    return first && actor.role ? `${actor.role} ${actor.name}` : actor.name;
  };

  const [lead, second = lead] = cast;
  sentences.push({
    text: `${place}, ${new Date(publishedMs).toUTCString().slice(5, 16)}: ${display(lead)} held talks with ${display(second)} on ${mainSubjects[0].phrase} and ${mainSubjects[1].phrase}.`,
    names: [lead, second],
  });
  const claimCount = random.int(7, 13);
  for (let i = 0; i < claimCount; i++) {
    const subject = random.chance(0.7) ? random.pick(mainSubjects) : random.pick(CLAIM_SUBJECTS);
    const clause = `${subject.phrase} ${random.pick(CLAIM_PREDICATES)}`;
    const roll = random.next();
    const speaker = roll < 0.9 ? random.pick(cast) : null;
    const verb = random.pick(SPEECH_VERBS);
    const claim = speaker === null
      ? { text: `Reports indicate that ${clause}.`, quote: null }
      : roll < 0.35
        ? { text: `${display(speaker)} ${verb}: "${capitalise(clause)}."`, quote: `${capitalise(clause)}.` }
        : { text: `${display(speaker)} ${verb} that ${clause}.`, quote: null };
    sentences.push({ text: claim.text, claim: { ...claim, speaker, topic: subject.topic }, names: speaker ? [speaker] : [] });
    if (random.chance(0.2)) sentences.push({ text: random.pick(FILLER_SENTENCES), names: [] });
  }
  const unnamed = cast.filter((actor) => !named.has(actor.id));
  if (unnamed.length > 0) {
    sentences.push({ text: `Also present were ${unnamed.map(display).join(", ")}.`, names: unnamed });
  }

  let body = "";
  const claims: ComposedClaim[] = [];
  const mentions = new Map<number, { count: number; firstOffset: number }>();
  sentences.forEach((sentence, index) => {
    if (index > 0) body += index % 3 === 0 ? "\n\n" : " ";
    const start = body.length;
    body += sentence.text;
    if (sentence.claim) claims.push({ ...sentence.claim, start, end: body.length });
    for (const actor of sentence.names) {
      const mention = mentions.get(actor.id);
      if (mention) mention.count++;
      else mentions.set(actor.id, { count: 1, firstOffset: start + Math.max(0, sentence.text.indexOf(actor.name)) });
    }
  });
  const headline = claims.find((claim) => claim.speaker) ?? claims[0];
  const title = `${headline.speaker?.name ?? "Officials"}: ${capitalise(mainSubjects[0].phrase)} ${random.pick(CLAIM_PREDICATES)}`;
  return { title, body, claims, mentions };
}

export async function generateGraph(options: GenerateOptions, sink: RowSink): Promise<void> {
  const random = createRandom(options.seed);
  const size = graphSize(options.articles);
  const topicId = (slug: string) => {
    const id = options.topicIds.get(slug);
    if (id === undefined) throw new Error(`topic "${slug}" is not seeded in this database`);
    return id;
  };
  const topicSlugs = [...options.topicIds.keys()];

  const actors = makeActors(size.actors, random);
  emitActors(actors, random, sink);
  const popularActor = zipfSampler(actors.length, 1.0, random);
  const popularSource = zipfSampler(SOURCES.length, 1.0, random);
  const publishedAt = (index: number) => FIRST_PUBLISHED + Math.floor((index * PUBLISHING_SPAN_MS) / size.articles);

  // Who each article mentions, decided first: events draw their participants from it.
  const castOf: number[][] = [];
  for (let a = 0; a < size.articles; a++) castOf.push(distinct(random.int(5, 11), () => popularActor() + 1));

  const eventsOf: number[][] = Array.from({ length: size.articles }, () => []);
  let discrepancyId = 0;
  let discrepancyValueId = 0;
  let reportId = 0;
  for (let eventId = 1; eventId <= size.events; eventId++) {
    const center = random.int(0, size.articles - 1);
    const window = (offset: number) => Math.min(size.articles - 1, Math.max(0, center + offset));
    const reporters = [center, ...distinct(reporterCount(random) - 1, () => window(random.int(-150, 150)))].filter(
      (value, index, all) => all.indexOf(value) === index,
    );
    const relations = reporters.map((article, index) => {
      eventsOf[article].push(eventId);
      const relation = index === 0 ? "REPORTS" : random.pick(["REPORTS", "MENTIONS", "ANNOUNCES"]);
      sink.row("article_event", [article + 1, eventId, relation]);
      return relation;
    });
    const candidates = reporters.flatMap((article) => castOf[article]);
    const participants = distinct(random.int(2, 6), () => random.pick(candidates));
    const roles = participants.map((actorId, index) => {
      const role = index === 0 ? "HOST" : index === 1 ? "VISITOR" : random.pick(["LEADER", "MEMBER", "ATTENDEE", "SUBJECT"]);
      sink.row("event_participant", [eventId, actorId, role]);
      return role;
    });
    const kind = random.pick(Object.keys(EVENT_PHRASES));
    const host = actors[participants[0] - 1];
    const guest = actors[(participants[1] ?? participants[0]) - 1];
    const where = host.country;
    const startMs = publishedAt(center) - random.int(0, 3) * DAY_MS;
    const title = `${capitalise(EVENT_PHRASES[kind])} of ${host.name} and ${guest.name} in ${where.capital}`;
    const status = random.pick(["OCCURRED", "OCCURRED", "OCCURRED", "PLANNED", "CANCELLED", "UNKNOWN"]);
    const precision = random.pick(["DAY", "DAY", "DAY", "DAY", "MONTH", "YEAR"]);
    const summary = `${host.name} and ${guest.name} held a ${EVENT_PHRASES[kind]} in ${where.capital}.`;
    sink.row("event", [
      eventId, title, kind, status, dayOf(startMs), precision, where.capital,
      where.latitude + (random.next() - 0.5), where.longitude + (random.next() - 0.5), summary, isoDate(startMs),
    ]);
    // Each reporting article's report says what the event holds (what a fold of them gives).
    reporters.forEach((article, index) => {
      sink.row("event_report", [++reportId, eventId, article + 1, eventsOf[article].indexOf(eventId), title, kind, status, dayOf(startMs), precision, where.capital, summary, relations[index]]);
      participants.forEach((actorId, p) => sink.row("event_report_participant", [reportId, actorId, roles[p]]));
    });
    for (const slug of new Set([random.pick(topicSlugs), random.pick(topicSlugs)])) sink.row("event_topic", [eventId, topicId(slug)]);
    if (reporters.length >= 2 && random.chance(0.1)) {
      const field = random.pick(["PLACE", "DATE"]);
      const values = field === "PLACE" ? [where.capital, random.pick(COUNTRIES).capital] : [dayOf(startMs), dayOf(startMs + DAY_MS)];
      if (values[0] !== values[1]) {
        sink.row("discrepancy", [++discrepancyId, eventId, field, isoDate(startMs)]);
        values.forEach((value, index) => sink.row("discrepancy_value", [++discrepancyValueId, discrepancyId, value, reporters[index] + 1]));
      }
    }
  }

  let claimId = 0;
  for (let a = 0; a < size.articles; a++) {
    const articleId = a + 1;
    const publishedMs = publishedAt(a) + random.int(0, 3_600_000);
    const cast = castOf[a].map((id) => actors[id - 1]);
    const article = composeArticle(random, cast, publishedMs);
    const source = SOURCES[popularSource()];
    sink.row("article", [
      articleId, article.title, article.body, article.body,
      `https://news.example/${source.toLowerCase().replace(/[^a-z]+/g, "-")}/${articleId}`, source,
      isoDate(publishedMs), "en", createHash("sha256").update(article.body).digest("hex"), isoDate(publishedMs),
    ]);
    for (const [actorId, mention] of article.mentions) sink.row("article_actor", [articleId, actorId, mention.count, mention.firstOffset]);

    const topicCounts = new Map<string, number>();
    for (const claim of article.claims) {
      topicCounts.set(claim.topic, (topicCounts.get(claim.topic) ?? 0) + 1);
      const eventId = eventsOf[a].length > 0 && random.chance(0.6) ? random.pick(eventsOf[a]) : null;
      sink.row("claim", [
        ++claimId, claim.text, claim.quote, claim.speaker?.id ?? null, articleId, claim.start, claim.end,
        eventId, isoDate(publishedMs - random.int(0, 2) * DAY_MS), isoDate(publishedMs),
      ]);
      sink.row("claim_topic", [claimId, topicId(claim.topic)]);
    }
    const ranked = [...topicCounts].sort((x, y) => y[1] - x[1]).slice(0, 3);
    for (const [slug, count] of ranked) sink.row("article_topic", [articleId, topicId(slug), Math.round((count / ranked[0][1]) * 100) / 100]);

    if (articleId % ARTICLES_PER_FLUSH === 0) await sink.flush();
  }
  await sink.flush();
}

/** Plain article texts for ingestion benchmarks: same composer, a small actor pool, no database. */
export function generateArticleTexts(count: number, seed: number) {
  const random = createRandom(seed);
  const actors = makeActors(300, random);
  const popularActor = zipfSampler(actors.length, 1.0, random);
  return Array.from({ length: count }, (_, index) => {
    const publishedMs = FIRST_PUBLISHED + index * 3_600_000;
    const cast = distinct(random.int(3, 6), popularActor).map((rank) => actors[rank]);
    const article = composeArticle(random, cast, publishedMs);
    return { title: article.title, text: article.body, source: random.pick(SOURCES), publishedAt: new Date(publishedMs) };
  });
}

/**
 * `count` different reports of one new meeting between two people no corpus
 * names, each from another outlet with a closing line of its own: what
 * concurrent ingestion must resolve to one pair of actors and one event.
 */
export function sameMeetingReports(count: number) {
  const closings = [
    "The two discussed grain shipments and port fees.",
    "Officials described the meeting as constructive.",
    "The ministers also reviewed customs rules.",
    "Both sides agreed to meet again in the spring.",
    "A joint statement is expected next week.",
  ];
  return Array.from({ length: count }, (_, i) => ({
    text:
      "Estonian Foreign Minister Kaarel Tamvere met Finnish Trade Minister Ilkka Saarivuo in Tallinn on 4 March 2025. " +
      `${closings[i % closings.length]} (Report ${i + 1} of ${count}.)`,
    source: `Outlet ${i + 1}`,
    publishedAt: new Date("2025-03-05T12:00:00Z"),
  }));
}
