// Event resolution across articles against real Postgres: one event for one
// real-world event, refined by later reports, with disagreements recorded.
import { ingestArticle } from "../../src/ingest/ingest";
import type { ExtractedEvent } from "../../src/ingest/types";
import { useTestDatabase } from "../support/database";
import { actor, article, day, event, fixed, month } from "./fixtures";

const db = useTestDatabase();

const people = [
  actor("novak", "Alexander Novak", "PERSON"),
  actor("sharaa", "Ahmad al-Sharaa", "PERSON"),
  actor("shaibani", "Asaad al-Shaibani", "PERSON"),
  actor("russia", "Russia", "STATE"),
];
const roles = (...keys: string[]): ExtractedEvent["participants"] => keys.map((actorKey) => ({ actorKey, role: "ATTENDEE" }));

/** Ingests one article reporting `reported`; the text only has to differ between calls. */
async function report(text: string, ...reported: ExtractedEvent[]) {
  return ingestArticle(db().prisma, { text }, { extract: fixed(article(text, { actors: people, events: reported })) });
}

const eventsWithArticles = () =>
  db().prisma.event.findMany({ include: { articles: true, participants: true }, orderBy: { id: "asc" } });

describe("event resolution across articles", () => {
  beforeEach(() => db().reset());

  it("links one meeting reported by three outlets to all three, and records where they disagree", async () => {
    const first = await report("one", event("m", { kind: "MEETING", date: day("2025-09-09"), place: "People's Palace, Damascus", participants: roles("sharaa", "novak") }));
    const second = await report("two", event("m", { kind: "VISIT", date: day("2025-09-09"), place: "Tishreen Palace, Damascus", participants: roles("novak", "shaibani", "sharaa") }));
    const third = await report("three", event("m", { kind: "TALKS", date: day("2025-09-09"), place: "Tishreen Palace in Damascus", participants: roles("novak", "sharaa", "russia") }));

    const events = await eventsWithArticles();
    expect(events).toHaveLength(1);
    expect(events[0].articles.map((a) => a.articleId).sort()).toEqual([first.articleId, second.articleId, third.articleId].sort());
    expect(events[0].participants).toHaveLength(4);
    expect(second.stats).toMatchObject({ eventsCreated: 0, eventsMerged: 1 });

    const discrepancy = await db().prisma.discrepancy.findFirstOrThrow({ include: { values: true } });
    expect(discrepancy.field).toBe("PLACE");
    const backers = (value: string) => discrepancy.values.filter((v) => v.value === value).map((v) => v.articleId).sort();
    expect(backers("People's Palace, Damascus")).toEqual([first.articleId]);
    expect(backers("Tishreen Palace, Damascus")).toEqual([second.articleId, third.articleId].sort());
    // The event keeps the place most sources give.
    expect(events[0].place).toBe("Tishreen Palace, Damascus");
  });

  it("settles a planned visit when a later article reports it, taking the more precise date", async () => {
    await report("plan", event("v", { kind: "VISIT", status: "PLANNED", date: month("2025-10"), place: "Moscow", participants: roles("sharaa") }));
    await report("done", event("v", { kind: "MEETING", status: "OCCURRED", date: day("2025-10-15"), place: "Kremlin, Moscow", participants: roles("sharaa", "russia") }));
    const [visit, ...others] = await eventsWithArticles();
    expect(others).toHaveLength(0);
    expect(visit).toMatchObject({ status: "OCCURRED", datePrecision: "DAY", place: "Kremlin, Moscow" });
    expect(visit.startDate?.toISOString().slice(0, 10)).toBe("2025-10-15");
    expect(await db().prisma.discrepancy.count()).toBe(0);
  });

  it("links an undated mention to the dated event when the participants agree", async () => {
    await report("dated", event("m", { date: day("2025-09-09"), place: "Damascus", participants: roles("sharaa", "novak") }));
    await report("undated", event("m", { relation: "MENTIONS", participants: roles("novak", "sharaa") }));
    const events = await eventsWithArticles();
    expect(events).toHaveLength(1);
    expect(events[0].articles.map((a) => a.relation).sort()).toEqual(["MENTIONS", "REPORTS"]);
  });

  it("records a date discrepancy for reports a day apart", async () => {
    await report("a", event("m", { date: day("2025-09-09"), participants: roles("sharaa", "novak") }));
    await report("b", event("m", { date: day("2025-09-10"), participants: roles("sharaa", "novak") }));
    expect(await db().prisma.event.count()).toBe(1);
    const discrepancy = await db().prisma.discrepancy.findFirstOrThrow({ include: { values: true } });
    expect(discrepancy.field).toBe("DATE");
    expect(discrepancy.values.map((v) => v.value).sort()).toEqual(["2025-09-09", "2025-09-10"]);
  });

  it("keeps apart the same people meeting in other months, other cities or other kinds of event", async () => {
    await report("july", event("m", { date: month("2025-07"), place: "Moscow", participants: roles("shaibani", "sharaa") }));
    await report("december", event("m", { date: day("2025-12-23"), place: "Moscow", participants: roles("shaibani", "sharaa") }));
    await report("elsewhere", event("m", { date: day("2025-12-23"), place: "Ankara", participants: roles("shaibani") }));
    // (A deal the same day joins the meeting it was reached at; a statement is an event of its own.)
    await report("statement", event("m", { kind: "STATEMENT", date: day("2025-12-23"), place: "Moscow", participants: roles("shaibani", "sharaa") }));
    expect(await db().prisma.event.count()).toBe(4);
  });

  it("joins events naming only states when date and place agree exactly", async () => {
    const talks = (date: string) => event("t", { kind: "TALKS", date: day(date), place: "Geneva", participants: roles("russia") });
    await report("a", talks("2025-11-03"));
    await report("b", talks("2025-11-03"));
    await report("c", talks("2025-11-04"));
    const events = await eventsWithArticles();
    expect(events.map((e) => e.articles.length)).toEqual([2, 1]);
  });

  it("links an article once to an event it reports twice", async () => {
    await report(
      "twice",
      event("a", { date: day("2025-09-09"), participants: roles("sharaa", "novak") }),
      event("b", { relation: "MENTIONS", date: day("2025-09-09"), participants: roles("novak", "sharaa") }),
    );
    const events = await eventsWithArticles();
    expect(events).toHaveLength(1);
    expect(events[0].articles).toEqual([expect.objectContaining({ relation: "REPORTS" })]);
  });
});

describe("order of ingestion", () => {
  beforeEach(() => db().reset());

  /** The event as stored, with its discrepancies, named by content rather than ids. */
  const storedEvents = async () =>
    (await db().prisma.event.findMany({ include: { articles: { include: { article: true } }, participants: true, discrepancies: { include: { values: { include: { article: true } } } } } })).map((e) => ({
      title: e.title,
      status: e.status,
      date: e.startDate?.toISOString(),
      place: e.place,
      articles: e.articles.map((a) => a.article.body).sort(),
      participants: e.participants.length,
      discrepancies: e.discrepancies
        .map((d) => ({ field: d.field, values: d.values.map((v) => `${v.value} @${v.article.body}`).sort() }))
        .sort((a, b) => a.field.localeCompare(b.field)),
    }));

  const reports: Record<string, ExtractedEvent> = {
    one: event("m", { title: "First report", status: "PLANNED", date: day("2025-09-09"), place: "People's Palace, Damascus", participants: roles("sharaa", "novak") }),
    two: event("m", { title: "Second report", status: "OCCURRED", date: day("2025-09-09"), place: "Tishreen Palace, Damascus", participants: roles("novak", "shaibani", "sharaa") }),
    three: event("m", { title: "Third report", date: day("2025-09-10"), place: "Tishreen Palace in Damascus", participants: roles("sharaa", "novak") }),
  };
  const ingestInOrder = async (order: string[]) => {
    await db().reset();
    for (const text of order) await report(text, reports[text]);
    return storedEvents();
  };

  it("folds the same event, fields and discrepancies whichever article comes first", async () => {
    const forward = await ingestInOrder(["one", "two", "three"]);
    expect(forward).toHaveLength(1);
    expect(forward[0].discrepancies.map((d) => d.field).sort()).toEqual(["DATE", "PLACE"]);
    expect(await ingestInOrder(["three", "one", "two"])).toEqual(forward);
    expect(await ingestInOrder(["two", "three", "one"])).toEqual(forward);
  });

  it("merges two events when a later report shows they are one", async () => {
    // "one" and "three" share only al-Sharaa with one other person each: apart until "two" names all three.
    const apart = { ...reports, two: event("m", { date: day("2025-09-09"), participants: roles("novak", "shaibani", "sharaa") }) };
    await report("one", event("m", { date: day("2025-09-09"), participants: roles("novak") }));
    await report("three", event("m", { date: day("2025-09-09"), participants: roles("shaibani") }));
    expect(await db().prisma.event.count()).toBe(2);
    const bridge = await report("two", apart.two);
    expect(bridge.stats).toMatchObject({ eventsCreated: 0, eventsMerged: 2 });
    const [merged, ...others] = await eventsWithArticles();
    expect(others).toHaveLength(0);
    expect(merged.articles).toHaveLength(3);
    expect(merged.participants).toHaveLength(3);
  });
});

describe("participant discrepancies", () => {
  beforeEach(() => db().reset());

  it("records reports naming different leaders of one delegation's visit", async () => {
    const visit = (leader: string) =>
      event("v", {
        kind: "VISIT",
        date: day("2025-09-09"),
        place: "Damascus",
        participants: [
          { actorKey: leader, role: "LEADER" },
          { actorKey: "sharaa", role: "HOST" },
          { actorKey: "shaibani", role: "ATTENDEE" },
        ],
      });
    const first = await report("one", visit("novak"));
    const second = await report("two", visit("russia"));
    expect(await db().prisma.event.count()).toBe(1);
    const discrepancy = await db().prisma.discrepancy.findFirstOrThrow({ include: { values: true } });
    expect(discrepancy.field).toBe("PARTICIPANTS");
    expect(discrepancy.values.map((v) => [v.value, v.articleId]).sort()).toEqual([
      ["led by Alexander Novak", first.articleId],
      ["led by Russia", second.articleId],
    ]);
  });
});
