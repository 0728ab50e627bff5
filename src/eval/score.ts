// Scores a graph snapshot against a gold file exactly as ../shared/gold/README.md
// specifies. Pure: data in, report out.
import type { Gold, GoldArticle, GoldClaim, GoldEvent, GraphSnapshot, SnapshotActor, SnapshotArticle, SnapshotEvent } from "./gold";

// ---- Normalisation (README "Matching"); deliberately independent of the product's alias keys.

const SCORING_PARTICLES = new Set(["al", "el", "ash", "as", "ad", "mr", "dr"]);

/** NFKD, no diacritics, lowercase, straight quotes, dashes as spaces, single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[-\u2010-\u2015\u2212]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** normaliseText without the particles al, el, ash, as, ad, mr, dr. */
export function normaliseName(name: string): string {
  return normaliseText(name)
    .split(" ")
    .filter((word) => word && !SCORING_PARTICLES.has(word))
    .join(" ");
}

// ---- Report shape (README "The JSON report").

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleSectionReport {
  tp: number;
  fp: number;
  fn: number;
  falsePositives: string[];
  missed: string[];
}

export interface ScoreReport {
  corpus: string;
  gold: string;
  articles: number;
  actors: Counts & { duplicates: number; mergeErrors: number };
  claims: Counts;
  topics: Counts;
  events: Counts & { fragmentation: number; coverage: number };
  boilerplate: { removed: number; duplicateParagraphsLeft: number };
  perArticle: Record<
    string,
    { actors: ArticleSectionReport; claims: ArticleSectionReport; topics: { tp: number; fp: number; fn: number }; boilerplateLeft: string[] }
  >;
  perEvent: Record<string, { matched: boolean; fragmentation: number; coverage: number; systemEvents: string[] }>;
  duplicateActors: Record<string, string[]>;
  mergeErrors: string[];
  unmatchedEvents: string[];
}

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const add = (total: Tally, part: Tally) => {
  total.tp += part.tp;
  total.fp += part.fp;
  total.fn += part.fn;
};

// ---- Actors.

/** Gold actors by key: a system actor maps to every gold actor one of its names keys to. */
class GoldActorIndex {
  private readonly byKey = new Map<string, Set<string>>();
  /** Canonical key → canonical name and notSameAs keys. */
  readonly actors = new Map<string, { name: string; notSameAs: Set<string>; real: boolean }>();

  constructor(gold: Gold) {
    for (const actor of gold.actors) {
      this.register(actor.name, actor.aliases, actor.notSameAs ?? [], true);
    }
    // Names that articles list (as actors or speakers) without a gold actor entry still map by their own name.
    for (const article of gold.articles) {
      const speakers = article.claims.flatMap((claim) => claim.speaker);
      for (const name of [...article.actors.must, ...article.actors.may, ...speakers]) this.register(name, [], [], false);
    }
  }

  private register(name: string, aliases: string[], notSameAs: string[], real: boolean) {
    const id = normaliseName(name);
    if (this.actors.has(id)) return;
    this.actors.set(id, { name, notSameAs: new Set(notSameAs.map(normaliseName)), real });
    for (const key of [name, ...aliases].map(normaliseName)) {
      if (!this.byKey.has(key)) this.byKey.set(key, new Set());
      this.byKey.get(key)!.add(id);
    }
  }

  /** Canonical keys of the gold actors the system actor maps to. */
  map(actor: SnapshotActor): Set<string> {
    const mapped = new Set<string>();
    for (const key of systemKeys(actor)) for (const id of this.byKey.get(key) ?? []) mapped.add(id);
    return mapped;
  }

  /** Canonical key of a name as gold articles and claims write it. */
  idOf(name: string): string {
    return normaliseName(name);
  }
}

function systemKeys(actor: SnapshotActor): Set<string> {
  return new Set([actor.name, ...actor.aliases].map(normaliseName));
}

const isScoredActor = (actor: SnapshotActor) => actor.kind !== "PLACE" && actor.kind !== "LOCATION";

function scoreArticleActors(
  goldArticle: GoldArticle,
  linked: SnapshotActor[],
  index: GoldActorIndex,
  ignoreKeys: Set<string>,
): ArticleSectionReport {
  const must = new Set(goldArticle.actors.must.map((name) => index.idOf(name)));
  const allowed = new Set([...must, ...goldArticle.actors.may.map((name) => index.idOf(name))]);
  const found = new Set<string>();
  const falsePositives: string[] = [];
  for (const actor of linked.filter(isScoredActor)) {
    const mapped = index.map(actor);
    for (const id of mapped) if (must.has(id)) found.add(id);
    const accepted = [...mapped].some((id) => allowed.has(id)) || [...systemKeys(actor)].some((key) => ignoreKeys.has(key));
    if (!accepted) falsePositives.push(actor.name);
  }
  const missed = goldArticle.actors.must.filter((name) => !found.has(index.idOf(name)));
  return { tp: found.size, fp: falsePositives.length, fn: missed.length, falsePositives, missed };
}

/** Duplicates (several system actors for one gold actor) and merge errors (one for several, or a notSameAs name). */
function actorIdentity(actors: SnapshotActor[], index: GoldActorIndex) {
  const systemByGold = new Map<string, SnapshotActor[]>();
  const mergeErrors: string[] = [];
  for (const actor of actors.filter(isScoredActor)) {
    const mapped = [...index.map(actor)].filter((id) => index.actors.get(id)!.real);
    for (const id of mapped) systemByGold.set(id, [...(systemByGold.get(id) ?? []), actor]);
    const keys = systemKeys(actor);
    const forbidden = mapped.flatMap((id) => [...index.actors.get(id)!.notSameAs].filter((key) => keys.has(key)));
    if (mapped.length >= 2 || forbidden.length > 0) {
      const names = [...mapped.map((id) => index.actors.get(id)!.name), ...forbidden.map((key) => `notSameAs ${key}`)];
      mergeErrors.push(`${actor.name}: ${names.join(", ")}`);
    }
  }
  const duplicateActors: Record<string, string[]> = {};
  let duplicates = 0;
  for (const [id, system] of systemByGold) {
    if (system.length < 2) continue;
    duplicates += system.length - 1;
    duplicateActors[index.actors.get(id)!.name] = system.map((actor) => actor.name);
  }
  return { duplicates, duplicateActors, mergeErrors };
}

// ---- Claims.

/** Maximum one-to-one matching (augmenting paths): edges[s] lists the gold claims system claim s matches. */
function maximumMatching(edges: number[][], goldCount: number): (number | undefined)[] {
  const goldTaken: (number | undefined)[] = new Array(goldCount).fill(undefined);
  const assign = (s: number, seen: Set<number>): boolean => {
    for (const g of edges[s]) {
      if (seen.has(g)) continue;
      seen.add(g);
      if (goldTaken[g] === undefined || assign(goldTaken[g]!, seen)) {
        goldTaken[g] = s;
        return true;
      }
    }
    return false;
  };
  edges.forEach((_, s) => assign(s, new Set()));
  return goldTaken;
}

function scoreArticleClaims(
  goldArticle: GoldArticle,
  article: SnapshotArticle | undefined,
  actorsById: Map<number, SnapshotActor>,
  index: GoldActorIndex,
): ArticleSectionReport {
  const claims = article?.claims ?? [];
  const matches = (claim: SnapshotArticle["claims"][number], gold: GoldClaim) => {
    if (!normaliseText(claim.text).includes(normaliseText(gold.contains))) return false;
    if (gold.speaker.length === 0) return claim.speakerId === null;
    const speaker = claim.speakerId === null ? undefined : actorsById.get(claim.speakerId);
    if (!speaker) return false;
    const mapped = index.map(speaker);
    return gold.speaker.some((name) => mapped.has(index.idOf(name)));
  };
  const required = goldArticle.claims.filter((claim) => !claim.optional);
  const optional = goldArticle.claims.filter((claim) => claim.optional);
  const edges = claims.map((claim) => required.flatMap((gold, g) => (matches(claim, gold) ? [g] : [])));
  const taken = maximumMatching(edges, required.length);
  const matchedSystem = new Set(taken.filter((s): s is number => s !== undefined));
  // A claim left over is neutral when it matches an optional gold claim, a false positive otherwise.
  const falsePositives = claims
    .filter((claim, s) => !matchedSystem.has(s) && !optional.some((gold) => matches(claim, gold)))
    .map((claim) => claim.text);
  const missed = required.filter((_, g) => taken[g] === undefined).map((gold) => gold.contains);
  return { tp: matchedSystem.size, fp: falsePositives.length, fn: missed.length, falsePositives, missed };
}

// ---- Topics.

function scoreArticleTopics(goldArticle: GoldArticle, article: SnapshotArticle | undefined, gold: Gold): Tally {
  const keysOf = (slug: string) => {
    const entry = gold.topics.find((topic) => normaliseName(topic.slug) === normaliseName(slug));
    return new Set([slug, ...(entry?.aliases ?? [])].map(normaliseName));
  };
  const must = goldArticle.topics.must;
  const allowed = [...must, ...goldArticle.topics.may];
  const found = new Set<string>();
  let fp = 0;
  for (const topic of article?.topics ?? []) {
    const keys = [topic.slug, topic.name].map(normaliseName);
    const mapsTo = (slug: string) => keys.some((key) => keysOf(slug).has(key));
    for (const slug of must) if (mapsTo(slug)) found.add(slug);
    if (!allowed.some(mapsTo)) fp++;
  }
  return { tp: found.size, fp, fn: must.length - found.size };
}

// ---- Events.

const DAY_MS = 86_400_000;

function eventDateMatches(event: SnapshotEvent, gold: GoldEvent): boolean {
  if (!event.date) return false;
  if (gold.precision === "month") return event.date.slice(0, 7) === gold.date.slice(0, 7);
  const days = Math.abs(Date.parse(`${event.date}T00:00:00Z`) - Date.parse(`${gold.date}T00:00:00Z`)) / DAY_MS;
  return days <= 1;
}

function eventMatches(event: SnapshotEvent, gold: GoldEvent): boolean {
  const files = new Set([...gold.articles.must, ...gold.articles.may]);
  return eventDateMatches(event, gold) && event.files.some((file) => files.has(file));
}

function scoreEvents(gold: Gold, events: SnapshotEvent[]) {
  const perEvent: ScoreReport["perEvent"] = {};
  const tally: Tally = { tp: 0, fp: 0, fn: 0 };
  let fragmentation = 0;
  const coverages: number[] = [];
  for (const goldEvent of gold.events) {
    const matching = events.filter((event) => eventMatches(event, goldEvent));
    const must = goldEvent.articles.must;
    const coverage =
      must.length === 0
        ? matching.length > 0 ? 1 : 0
        : Math.max(0, ...matching.map((event) => must.filter((file) => event.files.includes(file)).length / must.length));
    const eventFragmentation = Math.max(0, matching.length - 1);
    fragmentation += eventFragmentation;
    perEvent[goldEvent.key] = {
      matched: matching.length > 0,
      fragmentation: eventFragmentation,
      coverage,
      systemEvents: matching.map((event) => event.title),
    };
    if (goldEvent.optional) continue;
    if (matching.length > 0) tally.tp++;
    else tally.fn++;
    if (must.length > 0) coverages.push(coverage);
  }
  const unmatched = events.filter((event) => !gold.events.some((goldEvent) => eventMatches(event, goldEvent)));
  tally.fp = unmatched.length;
  return {
    summary: {
      ...counts(tally.tp, tally.fp, tally.fn),
      fragmentation,
      // Mean over the non-optional gold events that name must articles.
      coverage: coverages.length === 0 ? 1 : coverages.reduce((a, b) => a + b, 0) / coverages.length,
    },
    perEvent,
    unmatchedEvents: unmatched.map((event) => `${event.title} (${event.date ?? "undated"})`),
  };
}

// ---- Boilerplate.

function boilerplateLeft(goldArticle: GoldArticle, article: SnapshotArticle | undefined): string[] {
  if (!article) return [];
  const body = normaliseText(article.body);
  return goldArticle.boilerplate.filter((text) => body.includes(normaliseText(text)));
}

/** Copies beyond the first of each paragraph in the stored body. */
export function duplicateParagraphs(body: string): number {
  const paragraphs = body.split(/\n+/).map(normaliseText).filter(Boolean);
  return paragraphs.length - new Set(paragraphs).size;
}

// ---- All sections.

export function score(gold: Gold, snapshot: GraphSnapshot, names: { corpus: string; gold: string }): ScoreReport {
  const index = new GoldActorIndex(gold);
  const ignoreKeys = new Set(gold.ignore.map(normaliseName));
  const actorsById = new Map(snapshot.actors.map((actor) => [actor.id, actor]));
  const articlesByFile = new Map(snapshot.articles.map((article) => [article.file, article]));

  const actorTally: Tally = { tp: 0, fp: 0, fn: 0 };
  const claimTally: Tally = { tp: 0, fp: 0, fn: 0 };
  const topicTally: Tally = { tp: 0, fp: 0, fn: 0 };
  let boilerplateTotal = 0;
  let boilerplateLeftCount = 0;
  let duplicateParagraphsLeft = 0;
  const perArticle: ScoreReport["perArticle"] = {};

  for (const goldArticle of gold.articles) {
    const article = articlesByFile.get(goldArticle.file);
    const linked = (article?.actorIds ?? []).flatMap((id) => actorsById.get(id) ?? []);
    const actors = scoreArticleActors(goldArticle, linked, index, ignoreKeys);
    const claims = scoreArticleClaims(goldArticle, article, actorsById, index);
    const topics = scoreArticleTopics(goldArticle, article, gold);
    const left = boilerplateLeft(goldArticle, article);
    add(actorTally, actors);
    add(claimTally, claims);
    add(topicTally, topics);
    boilerplateTotal += goldArticle.boilerplate.length;
    boilerplateLeftCount += left.length;
    duplicateParagraphsLeft += article ? duplicateParagraphs(article.body) : 0;
    perArticle[goldArticle.file] = { actors, claims, topics, boilerplateLeft: left };
  }

  const identity = actorIdentity(snapshot.actors, index);
  const events = scoreEvents(gold, snapshot.events);
  return {
    corpus: names.corpus,
    gold: names.gold,
    articles: snapshot.articles.length,
    actors: {
      ...counts(actorTally.tp, actorTally.fp, actorTally.fn),
      duplicates: identity.duplicates,
      mergeErrors: identity.mergeErrors.length,
    },
    claims: counts(claimTally.tp, claimTally.fp, claimTally.fn),
    topics: counts(topicTally.tp, topicTally.fp, topicTally.fn),
    events: events.summary,
    boilerplate: {
      removed: boilerplateTotal === 0 ? 1 : (boilerplateTotal - boilerplateLeftCount) / boilerplateTotal,
      duplicateParagraphsLeft,
    },
    perArticle,
    perEvent: events.perEvent,
    duplicateActors: identity.duplicateActors,
    mergeErrors: identity.mergeErrors,
    unmatchedEvents: events.unmatchedEvents,
  };
}

/** One line per section, as the eval command prints them. */
export function summaryLines(report: ScoreReport): string[] {
  const f = (n: number) => n.toFixed(3);
  const prf = (c: Counts) => `P ${f(c.precision)}  R ${f(c.recall)}  F1 ${f(c.f1)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
  return [
    `actors       ${prf(report.actors)}  duplicates ${report.actors.duplicates}  merge errors ${report.actors.mergeErrors}`,
    `claims       ${prf(report.claims)}`,
    `events       ${prf(report.events)}  fragmentation ${report.events.fragmentation}  coverage ${f(report.events.coverage)}`,
    `topics       ${prf(report.topics)}`,
    `boilerplate  removed ${f(report.boilerplate.removed)}  duplicate paragraphs left ${report.boilerplate.duplicateParagraphsLeft}`,
  ];
}
