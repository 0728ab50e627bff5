// The scorer on tiny hand-made gold files and snapshots: each test breaks if
// one rule of ../shared/gold/README.md were implemented differently.
import type { Gold, GoldArticle, GraphSnapshot, SnapshotActor, SnapshotArticle } from "../../src/eval/gold";
import { duplicateParagraphs, normaliseName, normaliseText, score, summaryLines } from "../../src/eval/score";

const names = { corpus: "c", gold: "g" };

function goldArticle(fields: Partial<GoldArticle>): GoldArticle {
  return { file: "a.txt", title: null, boilerplate: [], actors: { must: [], may: [] }, claims: [], topics: { must: [], may: [] }, ...fields };
}

function gold(fields: Partial<Gold>): Gold {
  return {
    ignore: [],
    actors: [
      { name: "Ahmad al-Sharaa", kind: "PERSON", aliases: ["Ahmed al-Sharaa", "Sharaa"], notSameAs: ["Maher al-Sharaa"] },
      { name: "Vladimir Putin", kind: "PERSON", aliases: ["Putin"] },
      { name: "Russia", kind: "STATE", aliases: ["Moscow"] },
      { name: "SANA", kind: "MEDIA", aliases: [] },
    ],
    topics: [{ slug: "economy-trade", aliases: ["trade"] }],
    events: [],
    articles: [],
    ...fields,
  };
}

const person = (id: number, name: string, aliases: string[] = [], kind = "PERSON"): SnapshotActor => ({ id, name, kind, aliases: [name, ...aliases] });

function snapshot(actors: SnapshotActor[], articles: Partial<SnapshotArticle>[], events: GraphSnapshot["events"] = []): GraphSnapshot {
  return {
    actors,
    articles: articles.map((a) => ({ file: "a.txt", title: null, body: "", actorIds: [], claims: [], topics: [], ...a })),
    events,
  };
}

describe("normalisation", () => {
  it("drops particles and honorifics from names but not from text", () => {
    expect(normaliseName("Ahmad al-Sharaa")).toBe("ahmad sharaa");
    expect(normaliseName("Ahmad Al Sharaa")).toBe("ahmad sharaa");
    expect(normaliseName("Mr Al Assad")).toBe("assad");
    expect(normaliseText("hands over Mr Al Assad")).toBe("hands over mr al assad");
    expect(normaliseText("People’s Palace — Damascus")).toBe("people's palace damascus");
    expect(normaliseName("Türkiye")).toBe("turkiye");
  });
});

describe("actors", () => {
  const article = goldArticle({ actors: { must: ["Ahmad al-Sharaa", "Vladimir Putin"], may: ["Russia"] } });

  it("maps through particles and aliases, counts misses and false positives", () => {
    const report = score(
      gold({ articles: [article], ignore: ["Kremlin"] }),
      snapshot(
        [person(1, "Ahmed Al Sharaa"), person(2, "Moscow", [], "STATE"), person(3, "Kremlin", [], "ORGANIZATION"), person(4, "John Smith"), person(5, "Damascus", [], "PLACE")],
        [{ actorIds: [1, 2, 3, 4, 5] }],
      ),
      names,
    );
    expect(report.actors).toMatchObject({ tp: 1, fn: 1, fp: 1, duplicates: 0, mergeErrors: 0 });
    expect(report.perArticle["a.txt"].actors.falsePositives).toEqual(["John Smith"]);
    expect(report.perArticle["a.txt"].actors.missed).toEqual(["Vladimir Putin"]);
  });

  it("counts a notSameAs name held by an actor as a merge error", () => {
    const report = score(gold({ articles: [article] }), snapshot([person(1, "Ahmad al-Sharaa", ["Maher al-Sharaa"])], [{ actorIds: [1] }]), names);
    expect(report.actors.mergeErrors).toBe(1);
    expect(report.mergeErrors[0]).toMatch(/^Ahmad al-Sharaa: /);
  });

  it("counts an actor mapping to two gold actors as a merge error", () => {
    const report = score(gold({ articles: [article] }), snapshot([person(1, "Putin", ["Sharaa"])], [{ actorIds: [1] }]), names);
    expect(report.actors.mergeErrors).toBe(1);
  });

  it("does not count a separate person who carries the notSameAs name", () => {
    const report = score(gold({ articles: [article] }), snapshot([person(1, "Ahmad al-Sharaa"), person(2, "Maher al-Sharaa")], [{ actorIds: [1] }]), names);
    expect(report.actors.mergeErrors).toBe(0);
  });

  it("counts duplicates graph-wide: system actors per gold actor minus one", () => {
    const report = score(
      gold({ articles: [article] }),
      snapshot([person(1, "Ahmad al-Sharaa"), person(2, "Sharaa"), person(3, "Ahmed al-Sharaa"), person(4, "Putin")], [{ actorIds: [1, 2, 4] }]),
      names,
    );
    expect(report.actors.duplicates).toBe(2);
    expect(report.duplicateActors["Ahmad al-Sharaa"]).toHaveLength(3);
    // Several system actors for one must actor are one true positive, not false positives.
    expect(report.actors).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it("does not score PLACE actors at all", () => {
    const report = score(gold({ articles: [article] }), snapshot([person(1, "Moscow", [], "PLACE"), person(2, "Russia", [], "STATE")], [{ actorIds: [1] }]), names);
    expect(report.actors).toMatchObject({ tp: 0, fp: 0, duplicates: 0 });
  });
});

describe("claims", () => {
  const claimsGold = gold({
    articles: [
      goldArticle({
        claims: [
          { speaker: ["Vladimir Putin"], contains: "respect for sovereignty" },
          { speaker: ["SANA", "Vladimir Putin"], contains: "unwavering support" },
          { speaker: [], contains: "new historic phase" },
          { speaker: ["Russia"], contains: "energy sector", optional: true },
        ],
      }),
    ],
  });
  const actors = [person(1, "Putin"), person(2, "SANA", [], "MEDIA"), person(3, "Russia", [], "STATE")];

  it("requires the snippet and an accepted speaker (none for unattributed claims)", () => {
    const report = score(
      claimsGold,
      snapshot(actors, [
        {
          claims: [
            { text: "Ties are based on respect for sovereignty.", speakerId: 1 },
            { text: "SANA reported unwavering support.", speakerId: 2 },
            { text: "A new historic phase, he said.", speakerId: 1 },
          ],
        },
      ]),
      names,
    );
    expect(report.claims).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(report.perArticle["a.txt"].claims.missed).toEqual(["new historic phase"]);
  });

  it("matches one-to-one: a second claim for an already matched gold claim is a false positive", () => {
    const report = score(
      claimsGold,
      snapshot(actors, [
        {
          claims: [
            { text: "respect for sovereignty", speakerId: 1 },
            { text: "again, respect for sovereignty", speakerId: 1 },
          ],
        },
      ]),
      names,
    );
    expect(report.claims).toMatchObject({ tp: 1, fp: 1, fn: 2 });
  });

  it("finds the matching that counts most claims, whatever the order", () => {
    const report = score(
      claimsGold,
      snapshot(actors, [
        {
          claims: [
            { text: "respect for sovereignty and unwavering support", speakerId: 1 },
            { text: "respect for sovereignty", speakerId: 1 },
          ],
        },
      ]),
      names,
    );
    expect(report.claims).toMatchObject({ tp: 2, fp: 0 });
  });

  it("accepts a speaker the gold file names only in the claim", () => {
    const report = score(
      gold({ articles: [goldArticle({ claims: [{ speaker: ["Interfax"], contains: "talks went well" }] })] }),
      snapshot([person(9, "Interfax", [], "MEDIA")], [{ claims: [{ text: "The talks went well.", speakerId: 9 }] }]),
      names,
    );
    expect(report.claims).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("counts optional gold claims neither way", () => {
    const withOptional = score(claimsGold, snapshot(actors, [{ claims: [{ text: "support for the energy sector", speakerId: 3 }] }]), names);
    const without = score(claimsGold, snapshot(actors, [{ claims: [] }]), names);
    expect(withOptional.claims).toMatchObject({ tp: 0, fp: 0, fn: 3 });
    expect(without.claims).toMatchObject({ tp: 0, fp: 0, fn: 3 });
  });
});

describe("events", () => {
  const eventsGold = gold({
    events: [
      {
        key: "meeting",
        title: "Meeting",
        date: "2025-09-09",
        precision: "day",
        place: "Damascus",
        participants: { must: [], may: [] },
        articles: { must: ["a.txt", "b.txt"], may: ["c.txt"] },
      },
      {
        key: "summit",
        title: "Summit",
        date: "2025-10",
        precision: "month",
        place: null,
        participants: { must: [], may: [] },
        articles: { must: ["a.txt"], may: [] },
      },
      {
        key: "ousting",
        optional: true,
        title: "Ousting",
        date: "2024-12",
        precision: "month",
        place: null,
        participants: { must: [], may: [] },
        articles: { must: [], may: ["a.txt"] },
      },
    ],
  });
  const ev = (id: number, date: string | null, files: string[]) => ({ id, title: `e${id}`, date, precision: "DAY" as const, files });

  it("counts fragmentation, coverage, optional events and unmatched system events", () => {
    const report = score(
      eventsGold,
      snapshot([], [], [ev(1, "2025-09-10", ["a.txt"]), ev(2, "2025-09-08", ["b.txt", "c.txt"]), ev(3, "2025-09-12", ["a.txt"]), ev(4, "2024-12-08", ["a.txt"]), ev(5, null, ["a.txt"])]),
      names,
    );
    expect(report.events).toMatchObject({ tp: 1, fn: 1, fp: 2, fragmentation: 1 });
    expect(report.perEvent.meeting).toMatchObject({ matched: true, fragmentation: 1, coverage: 0.5 });
    expect(report.perEvent.ousting.matched).toBe(true);
    expect(report.unmatchedEvents).toEqual(["e3 (2025-09-12)", "e5 (undated)"]);
  });

  it("gives full coverage to one event linked to all must articles", () => {
    const report = score(eventsGold, snapshot([], [], [ev(1, "2025-09-09", ["a.txt", "b.txt"]), ev(2, "2025-10-15", ["a.txt"])]), names);
    expect(report.events).toMatchObject({ tp: 2, fp: 0, fn: 0, fragmentation: 0, coverage: 1 });
    expect(report.events.recall).toBe(1);
  });

  it("needs a link to one of the gold event's articles", () => {
    const report = score(eventsGold, snapshot([], [], [ev(1, "2025-09-09", ["z.txt"])]), names);
    expect(report.events).toMatchObject({ tp: 0, fp: 1 });
  });
});

describe("topics and boilerplate", () => {
  it("maps topics by slug, name or alias and counts those outside must and may", () => {
    const topicsGold = gold({ articles: [goldArticle({ topics: { must: ["economy-trade", "diplomacy"], may: ["energy"] } })] });
    const report = score(
      topicsGold,
      snapshot([], [{ topics: [{ slug: "trade", name: "Trade" }, { slug: "energy", name: "Energy" }, { slug: "sanctions", name: "Sanctions" }] }]),
      names,
    );
    expect(report.topics).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it("reports boilerplate left in the body and repeated paragraphs", () => {
    const boilerplateGold = gold({ articles: [goldArticle({ boilerplate: ["LEAVE A REPLY", "Getty Images"] })] });
    const body = "Talks were held.\n\nPhoto: getty images\n\nTalks were held.";
    const report = score(boilerplateGold, snapshot([], [{ body }]), names);
    expect(report.boilerplate).toEqual({ removed: 0.5, duplicateParagraphsLeft: 1 });
    expect(report.perArticle["a.txt"].boilerplateLeft).toEqual(["Getty Images"]);
    expect(duplicateParagraphs("one\ntwo\n\nthree")).toBe(0);
  });

  it("prints one line per section", () => {
    const lines = summaryLines(score(gold({}), snapshot([], []), names));
    expect(lines.map((line) => line.split(" ")[0])).toEqual(["actors", "claims", "events", "topics", "boilerplate"]);
  });
});
