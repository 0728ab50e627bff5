// Scenarios: named graphs of rows written through Prisma before a test file's
// tests run (in the manner of RedwoodJS scenarios). Each returns the rows it
// made, so tests refer to `scenario.actors.minister.id`, never to guessed ids.
import { createHash } from "node:crypto";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { normalizeName } from "../../src/text/normalize";

function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

async function topicId(prisma: PrismaClient, slug: string): Promise<number> {
  return (await prisma.topic.findUniqueOrThrow({ where: { slug } })).id;
}

async function createActor(
  prisma: PrismaClient,
  data: { name: string; kind: "PERSON" | "STATE" | "ORGANIZATION"; description?: string; affiliationId?: number; aliases?: string[] },
) {
  // One alias per normalised key, as the store keeps them.
  const byKey = new Map<string, string>();
  for (const surface of [data.name, ...(data.aliases ?? [])]) {
    if (!byKey.has(normalizeName(surface))) byKey.set(normalizeName(surface), surface);
  }
  return prisma.actor.create({
    data: {
      name: data.name,
      kind: data.kind,
      description: data.description,
      affiliationId: data.affiliationId,
      aliases: { create: [...byKey].map(([normalized, surface]) => ({ surface, normalized })) },
    },
  });
}

async function createArticle(
  prisma: PrismaClient,
  data: { title: string; body: string; source: string; publishedAt: Date; url?: string },
) {
  return prisma.article.create({
    data: { ...data, rawText: data.body, language: "en", contentHash: contentHash(data.body) },
  });
}

/**
 * A small newsroom: two states, two ministers (one with diacritics and a
 * particle in his name), three articles from two outlets, two events (one
 * planned, one whose place the outlets dispute), claims with and without a
 * speaker, and topic links.
 */
export async function seedNewsroom(prisma: PrismaClient) {
  const northland = await createActor(prisma, { name: "Northland", kind: "STATE", aliases: ["Republic of Northland"] });
  const southmark = await createActor(prisma, { name: "Southmark", kind: "STATE" });
  const minister = await createActor(prisma, {
    name: "Hamad al-Tamimi",
    kind: "PERSON",
    description: "Northland Foreign Minister",
    affiliationId: northland.id,
    aliases: ["al-Tamimi", "Hamad Tamimi"],
  });
  const envoy = await createActor(prisma, {
    name: "Renée Müller-Ørsted",
    kind: "PERSON",
    description: "Southmark special envoy",
    affiliationId: southmark.id,
  });

  const early = await createArticle(prisma, {
    title: "Foreign minister to visit Southmark",
    body: "Northland Foreign Minister Hamad al-Tamimi will travel to Southmark next week for talks on gas pipelines. "
      + "Al-Tamimi said the pipeline would double exports.",
    source: "Daily Ledger",
    publishedAt: new Date("2025-03-01T08:00:00Z"),
    url: "https://ledger.example/visit",
  });
  const report = await createArticle(prisma, {
    title: "Talks in Port Ardent end with an energy agreement",
    body: "Hamad al-Tamimi and envoy Renée Müller-Ørsted met in Port Ardent and signed an energy agreement. "
      + "Müller-Ørsted said the deal secures winter supplies. Officials say the pipeline opens in May.",
    source: "Daily Ledger",
    publishedAt: new Date("2025-03-09T12:00:00Z"),
  });
  const rival = await createArticle(prisma, {
    title: "Energy agreement signed in the capital",
    body: "The energy agreement between Northland and Southmark was signed in Southmark City, the envoy's office said.",
    source: "Evening Courier",
    publishedAt: new Date("2025-03-10T07:30:00Z"),
  });

  const visit = await prisma.event.create({
    data: { title: "Al-Tamimi visit to Southmark", kind: "VISIT", status: "PLANNED", startDate: new Date("2025-03-08T00:00:00Z"), datePrecision: "DAY" },
  });
  const signing = await prisma.event.create({
    data: {
      title: "Energy agreement signing",
      kind: "AGREEMENT",
      status: "OCCURRED",
      startDate: new Date("2025-03-09T00:00:00Z"),
      datePrecision: "DAY",
      place: "Port Ardent",
      summary: "Northland and Southmark sign an energy agreement",
    },
  });

  await prisma.eventParticipant.createMany({
    data: [
      { eventId: visit.id, actorId: minister.id, role: "VISITOR" },
      { eventId: visit.id, actorId: southmark.id, role: "HOST" },
      { eventId: signing.id, actorId: minister.id, role: "LEADER" },
      { eventId: signing.id, actorId: envoy.id, role: "LEADER" },
      { eventId: signing.id, actorId: northland.id, role: "MEMBER" },
      { eventId: signing.id, actorId: southmark.id, role: "MEMBER" },
    ],
  });
  await prisma.articleEvent.createMany({
    data: [
      { articleId: early.id, eventId: visit.id, relation: "ANNOUNCES" },
      { articleId: report.id, eventId: signing.id, relation: "REPORTS" },
      { articleId: report.id, eventId: visit.id, relation: "MENTIONS" },
      { articleId: rival.id, eventId: signing.id, relation: "REPORTS" },
    ],
  });
  await prisma.articleActor.createMany({
    data: [
      { articleId: early.id, actorId: northland.id, mentionCount: 1, firstOffset: 0 },
      { articleId: early.id, actorId: minister.id, mentionCount: 2, firstOffset: 27 },
      { articleId: early.id, actorId: southmark.id, mentionCount: 1, firstOffset: 59 },
      { articleId: report.id, actorId: minister.id, mentionCount: 1, firstOffset: 0 },
      { articleId: report.id, actorId: envoy.id, mentionCount: 2, firstOffset: 27 },
      { articleId: rival.id, actorId: northland.id, mentionCount: 1, firstOffset: 37 },
      { articleId: rival.id, actorId: southmark.id, mentionCount: 1, firstOffset: 51 },
    ],
  });

  const pipelineClaim = await prisma.claim.create({
    data: {
      text: "Al-Tamimi said the pipeline would double exports.",
      quote: "the pipeline would double exports",
      speakerId: minister.id,
      articleId: early.id,
      startOffset: 107,
      endOffset: 156,
      eventId: visit.id,
      claimedAt: new Date("2025-03-01T00:00:00Z"),
    },
  });
  const supplyClaim = await prisma.claim.create({
    data: {
      text: "Müller-Ørsted said the deal secures winter supplies.",
      speakerId: envoy.id,
      articleId: report.id,
      startOffset: 101,
      endOffset: 153,
      eventId: signing.id,
      claimedAt: new Date("2025-03-09T00:00:00Z"),
    },
  });
  const unattributed = await prisma.claim.create({
    data: {
      text: "Officials say the pipeline opens in May.",
      articleId: report.id,
      startOffset: 154,
      endOffset: 194,
      eventId: signing.id,
    },
  });

  const [diplomacy, energy] = [await topicId(prisma, "diplomacy"), await topicId(prisma, "energy")];
  await prisma.articleTopic.createMany({
    data: [
      { articleId: early.id, topicId: diplomacy },
      { articleId: report.id, topicId: energy },
      { articleId: report.id, topicId: diplomacy },
      { articleId: rival.id, topicId: energy },
    ],
  });
  await prisma.eventTopic.createMany({ data: [{ eventId: visit.id, topicId: diplomacy }, { eventId: signing.id, topicId: energy }] });
  await prisma.claimTopic.createMany({ data: [{ claimId: pipelineClaim.id, topicId: energy }, { claimId: supplyClaim.id, topicId: energy }] });

  await prisma.discrepancy.create({
    data: {
      eventId: signing.id,
      field: "PLACE",
      values: {
        create: [
          { value: "Port Ardent", articleId: report.id },
          { value: "Southmark City", articleId: rival.id },
        ],
      },
    },
  });

  return {
    actors: { northland, southmark, minister, envoy },
    articles: { early, report, rival },
    events: { visit, signing },
    claims: { pipelineClaim, supplyClaim, unattributed },
    topics: { diplomacy, energy },
  };
}

export type Newsroom = Awaited<ReturnType<typeof seedNewsroom>>;

/**
 * `parents` articles, each reporting two events of its own with three
 * participants each (one actor shared across the whole graph), every actor
 * speaking two claims: the same shape whatever the number of parents, so the
 * statements a nested query needs can be compared across sizes.
 */
export async function seedNestedGraph(prisma: PrismaClient, parents: number) {
  const shared = await createActor(prisma, { name: "Shared Delegate", kind: "PERSON" });
  const articleIds: number[] = [];
  for (let i = 0; i < parents; i++) {
    const body = `Article ${i} of the nested graph reports two meetings.`;
    const day = new Date(Date.UTC(2025, 0, 1 + i));
    const article = await createArticle(prisma, { title: `Nested article ${i}`, body, source: "Nested Wire", publishedAt: day });
    articleIds.push(article.id);
    const events = await prisma.event.createManyAndReturn({
      data: [0, 1].map((e) => ({ title: `Meeting ${i}-${e}`, kind: "MEETING" as const, status: "OCCURRED" as const, startDate: day })),
    });
    // Two delegates of its own per event, each speaking two claims.
    const delegates = await prisma.actor.createManyAndReturn({
      data: events.flatMap((_, e) => ["a", "b"].map((x) => ({ name: `Delegate ${i}-${e}-${x}`, kind: "PERSON" as const }))),
    });
    await prisma.articleEvent.createMany({ data: events.map((event) => ({ articleId: article.id, eventId: event.id, relation: "REPORTS" as const })) });
    await prisma.eventParticipant.createMany({
      data: events.flatMap((event, e) =>
        [delegates[2 * e]!, delegates[2 * e + 1]!, shared].map((actor) => ({ eventId: event.id, actorId: actor.id, role: "ATTENDEE" as const })),
      ),
    });
    await prisma.claim.createMany({
      data: delegates.flatMap((actor, n) =>
        [0, 1].map((c) => ({
          text: `${actor.name} said point ${c}.`,
          speakerId: actor.id,
          articleId: article.id,
          startOffset: n * 10 + c,
          endOffset: n * 10 + c + 5,
        })),
      ),
    });
  }
  return { articleIds, shared };
}
