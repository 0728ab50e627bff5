// The store against real Postgres, with hand-made extraction results:
// idempotency, rollback, concurrency and cross-article actor resolution.
import { ingestArticle, ingestArticles } from "../../src/ingest/ingest";
import { useTestDatabase } from "../support/database";
import { actor, article, fixed } from "./fixtures";

const db = useTestDatabase();

async function rowCounts() {
  const prisma = db().prisma;
  return {
    articles: await prisma.article.count(),
    actors: await prisma.actor.count(),
    aliases: await prisma.actorAlias.count(),
    claims: await prisma.claim.count(),
    mentions: await prisma.articleActor.count(),
    topics: await prisma.articleTopic.count(),
  };
}

/** The names of the actor that holds `alias`, with every alias it has. */
async function actorsHolding(alias: string) {
  return db().prisma.actor.findMany({
    where: { aliases: { some: { surface: alias } } },
    include: { aliases: true },
  });
}

const body = "Alexander Novak said Russia is ready. Novak met officials.";
const novakArticle = article(body, {
  actors: [
    { ...actor("novak", "Alexander Novak", "PERSON", ["Novak"]), mentions: [{ start: 0, end: 15 }, { start: 38, end: 43 }] },
    actor("russia", "Russia", "STATE"),
  ],
  claims: [{ start: 0, end: 37, text: body.slice(0, 37), speakerKey: "novak", topics: ["energy"] }],
  topics: [{ slug: "diplomacy", score: 0.8 }],
});

describe("ingestArticle", () => {
  beforeEach(() => db().reset());

  it("writes the article, its actors, aliases, mentions, claims and topics", async () => {
    const outcome = await ingestArticle(db().prisma, { text: `raw ${body}`, url: "https://example.org/a" }, { extract: fixed(novakArticle) });
    expect(outcome.created).toBe(true);
    const stored = await db().prisma.article.findUniqueOrThrow({
      where: { id: outcome.articleId },
      include: { actors: true, claims: { include: { speaker: true, topics: true } }, topics: true },
    });
    expect(stored.rawText).toBe(`raw ${body}`);
    expect(stored.body).toBe(body);
    expect(stored.claims).toHaveLength(1);
    expect(stored.claims[0].speaker?.name).toBe("Alexander Novak");
    expect(stored.claims[0].topics).toHaveLength(1);
    expect(stored.topics).toHaveLength(1);
    const novakLink = stored.actors.find((link) => link.actorId === stored.claims[0].speakerId);
    expect(novakLink).toMatchObject({ mentionCount: 2, firstOffset: 0 });
    const [novak] = await actorsHolding("Novak");
    expect(novak.aliases.map((a) => a.normalized).sort()).toEqual(["alexander novak", "novak"]);
    expect(outcome.stats).toMatchObject({ actorsCreated: 2, actorsMerged: 0, claimsCreated: 1 });
  });

  it("stores the same text twice as one article and duplicates nothing", async () => {
    const first = await ingestArticle(db().prisma, { text: body }, { extract: fixed(novakArticle) });
    const before = await rowCounts();
    const again = await ingestArticle(db().prisma, { text: `  ${body}\n` }, { extract: fixed(novakArticle) });
    expect(again).toEqual({ articleId: first.articleId, created: false });
    expect(await rowCounts()).toEqual(before);
  });

  it("treats a known URL as the same article even when the text changed", async () => {
    const first = await ingestArticle(db().prisma, { text: body, url: "https://example.org/x" }, { extract: fixed(novakArticle) });
    const again = await ingestArticle(db().prisma, { text: `${body} Updated.`, url: "https://example.org/x" }, { extract: fixed(novakArticle) });
    expect(again).toEqual({ articleId: first.articleId, created: false });
    expect((await rowCounts()).articles).toBe(1);
  });

  it("stores one article when the same text is ingested twice at once", async () => {
    const outcomes = await Promise.all([1, 2, 3].map(() => ingestArticle(db().prisma, { text: body }, { extract: fixed(novakArticle) })));
    expect(new Set(outcomes.map((o) => o.articleId)).size).toBe(1);
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    expect(await rowCounts()).toMatchObject({ articles: 1, actors: 2, claims: 1 });
  });

  it("creates a new person once when parallel articles both name them", async () => {
    await Promise.all(
      ["first text", "second text", "third text"].map((text) =>
        ingestArticle(db().prisma, { text }, { extract: fixed(article(text, { actors: [actor("p", "Irek Faizullin", "PERSON")] })) }),
      ),
    );
    expect(await db().prisma.actor.count()).toBe(1);
    expect(await db().prisma.articleActor.count()).toBe(3);
  });

  it("rolls everything back when a claim's offsets fall outside the body", async () => {
    const broken = article(body, {
      actors: novakArticle.actors,
      claims: [{ start: 10, end: body.length + 5, text: "beyond the end", topics: [] }],
    });
    await expect(ingestArticle(db().prisma, { text: body }, { extract: fixed(broken) })).rejects.toThrow(/offsets/);
    expect(await rowCounts()).toEqual({ articles: 0, actors: 0, aliases: 0, claims: 0, mentions: 0, topics: 0 });
  });

  it("rolls everything back when a write fails late in the transaction", async () => {
    const failLate = async () => {
      throw new Error("injected failure");
    };
    await expect(
      ingestArticle(db().prisma, { text: body }, { extract: fixed(novakArticle), beforeCommit: failLate }),
    ).rejects.toThrow("injected failure");
    expect(await rowCounts()).toEqual({ articles: 0, actors: 0, aliases: 0, claims: 0, mentions: 0, topics: 0 });
  });

  it("goes on with a batch after one article fails, saying which and why", async () => {
    const outcomes = await ingestArticles(db().prisma, [{ text: "one" }, { text: "two" }, { text: "three" }], {
      extract: fixed(novakArticle),
      beforeCommit: async (tx, articleId) => {
        const stored = await tx.article.findUniqueOrThrow({ where: { id: articleId } });
        if (stored.rawText === "two") throw new Error("article two is broken");
      },
    });
    expect(outcomes[1]).toEqual({ index: 1, error: "article two is broken" });
    expect(outcomes.filter((o) => "created" in o && o.created)).toHaveLength(2);
    expect((await rowCounts()).articles).toBe(2);
  });
});

describe("actor resolution across articles", () => {
  beforeEach(() => db().reset());

  const ingestActors = (text: string, ...actors: ReturnType<typeof actor>[]) =>
    ingestArticle(db().prisma, { text }, { extract: fixed(article(text, { actors })) });

  it("merges spelling variants of one person and keeps every surface form", async () => {
    await ingestActors("a", actor("s", "Ahmad al-Sharaa", "PERSON", ["Sharaa"]));
    const second = await ingestActors("b", actor("s", "Ahmed Al Sharaa", "PERSON"));
    await ingestActors("c", actor("s", "Asaad al-Shaibani", "PERSON"));
    await ingestActors("d", actor("s", "Asaad al-Shibani", "PERSON"));
    expect(second.stats).toMatchObject({ actorsCreated: 0, actorsMerged: 1 });
    const people = await db().prisma.actor.findMany({ include: { aliases: true }, orderBy: { id: "asc" } });
    expect(people.map((p) => p.name)).toEqual(["Ahmad al-Sharaa", "Asaad al-Shaibani"]);
    expect(people[0].aliases.map((a) => a.surface)).toEqual(expect.arrayContaining(["Ahmad al-Sharaa", "Sharaa", "Ahmed Al Sharaa"]));
    expect(people[1].aliases.map((a) => a.surface)).toContain("Asaad al-Shibani");
  });

  it("never merges two people who share a surname but not a given name", async () => {
    await ingestActors("a", actor("s", "Ahmad al-Sharaa", "PERSON", ["Sharaa"]));
    await ingestActors("b", actor("m", "Maher al-Sharaa", "PERSON"));
    const names = (await db().prisma.actor.findMany({ orderBy: { id: "asc" } })).map((a) => a.name);
    expect(names).toEqual(["Ahmad al-Sharaa", "Maher al-Sharaa"]);
  });

  it("resolves a surname alone only when one known person carries it", async () => {
    await ingestActors("a", actor("s", "Ahmad al-Sharaa", "PERSON"));
    await ingestActors("b", actor("s", "Sharaa", "PERSON"));
    expect(await db().prisma.actor.count()).toBe(1);
    await ingestActors("c", actor("m", "Maher al-Sharaa", "PERSON"));
    await ingestActors("d", actor("s", "Sharaa", "PERSON"));
    // Two carriers now: the surname alone is nobody we know.
    const holders = await actorsHolding("Sharaa");
    expect(holders.map((a) => a.name).sort()).toEqual(["Ahmad al-Sharaa", "Sharaa"]);
    expect((await actorsHolding("Maher al-Sharaa"))[0].aliases).toHaveLength(1);
  });

  it("upgrades a person known by surname to their full name", async () => {
    await ingestActors("a", actor("p", "Peskov", "PERSON"));
    await ingestActors("b", actor("p", "Dmitry Peskov", "PERSON"));
    const people = await db().prisma.actor.findMany();
    expect(people.map((p) => p.name)).toEqual(["Dmitry Peskov"]);
  });

  it("matches states by any alias but never across kinds", async () => {
    await ingestActors("a", actor("r", "Russia", "STATE", ["Russian Federation"]));
    await ingestActors("b", actor("r", "Russian Federation", "STATE", ["Moscow"]));
    await ingestActors("c", actor("m", "Moscow", "PLACE"));
    const actors = await db().prisma.actor.findMany({ orderBy: { id: "asc" } });
    expect(actors.map((a) => [a.name, a.kind])).toEqual([
      ["Russian Federation", "STATE"],
      ["Moscow", "PLACE"],
    ]);
  });

  it("keeps a description and affiliation found later", async () => {
    await ingestActors("a", actor("n", "Alexander Novak", "PERSON"));
    const later = article("b", {
      actors: [
        { ...actor("n", "Aleksandr Novak", "PERSON"), description: "Deputy Prime Minister", affiliationKey: "r" },
        actor("r", "Russia", "STATE"),
      ],
    });
    await ingestArticle(db().prisma, { text: "b" }, { extract: fixed(later) });
    const novak = await db().prisma.actor.findFirstOrThrow({ where: { kind: "PERSON" }, include: { affiliation: true } });
    expect(novak).toMatchObject({ name: "Alexander Novak", description: "Deputy Prime Minister" });
    expect(novak.affiliation?.name).toBe("Russia");
    expect(await db().prisma.actor.count({ where: { kind: "PERSON" } })).toBe(1);
  });
});
