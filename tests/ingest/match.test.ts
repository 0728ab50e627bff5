// The pure matching rules behind resolution: name words, trigram similarity
// (checked against pg_trgm itself), places and dates.
import type { ParticipantRole } from "../../src/generated/prisma/enums";
import { candidateDates, comparePlaces, compareDates, compareEvents, type EventFacts } from "../../src/ingest/event-match";
import { sameNameWord, trigramSimilarity } from "../../src/ingest/actor-names";
import { matchActor, type KnownActor } from "../../src/ingest/resolve-actors";
import { useTestDatabase } from "../support/database";
import { actor } from "./fixtures";

const db = useTestDatabase();

it("computes trigram similarity as pg_trgm does", async () => {
  const pairs = [["asaad shaibani", "asaad shibani"], ["ahmad sharaa", "maher sharaa"], ["russia", "russian federation"], ["novak", "alexander novak"]];
  for (const [a, b] of pairs) {
    const [{ similarity }] = await db().prisma.$queryRaw<{ similarity: number }[]>`SELECT similarity(${a}, ${b})::float8 AS similarity`;
    expect(trigramSimilarity(a, b)).toBeCloseTo(similarity, 5);
  }
});

it("treats transliterations of a name word as the same word, other names not", () => {
  for (const [a, b] of [["ahmad", "ahmed"], ["aleksandr", "alexander"], ["sergey", "sergei"], ["dmitry", "dmitri"], ["yunus", "younes"]]) {
    expect(sameNameWord(a, b)).toBe(true);
  }
  for (const [a, b] of [["ahmad", "maher"], ["bashar", "maher"], ["sergey", "mikhail"], ["omar", "amer"], ["ali", "ola"]]) {
    expect(sameNameWord(a, b)).toBe(false);
  }
});

function known(id: number, name: string, kind: KnownActor["kind"], ...keys: string[]): KnownActor {
  return { id, name, kind, description: null, affiliationId: null, keys: new Set(keys), isNew: false };
}

it("matches people on full names or a unique surname, never across given names", () => {
  const graph = [known(1, "Ahmad al-Sharaa", "PERSON", "ahmad sharaa", "sharaa"), known(2, "Vladimir Putin", "PERSON", "vladimir putin", "putin")];
  expect(matchActor(actor("x", "Ahmed Al-Sharaa", "PERSON"), graph)?.id).toBe(1);
  expect(matchActor(actor("x", "Maher al-Sharaa", "PERSON"), graph)).toBeUndefined();
  expect(matchActor(actor("x", "Putin", "PERSON"), graph)?.id).toBe(2);
  expect(matchActor(actor("x", "Sharaa", "PERSON"), [...graph, known(3, "Maher al-Sharaa", "PERSON", "maher sharaa")])).toBeUndefined();
  expect(matchActor(actor("x", "Putin", "STATE"), graph)).toBeUndefined();
  // With two al-Sharaas known by full name, "Sharaa" alone is the person known only as Sharaa, not a new one each time.
  const namesakes = [...graph, known(3, "Maher al-Sharaa", "PERSON", "maher sharaa"), known(5, "Sharaa", "PERSON", "sharaa")];
  expect(matchActor(actor("x", "Sharaa", "PERSON"), namesakes)?.id).toBe(5);
  const royals = [known(4, "Mohammed bin Salman", "PERSON", "mohammed bin salman")];
  expect(matchActor(actor("x", "Mohammed bin Salman Al Saud", "PERSON"), royals)?.id).toBe(4);
  expect(matchActor(actor("x", "Mohammed bin Zayed", "PERSON"), royals)).toBeUndefined();
});

it("compares places by venue and city, and dates by precision", () => {
  expect(comparePlaces("People's Palace, Damascus", "Tishreen Palace in Damascus")).toBe("venue-differs");
  expect(comparePlaces("Damascus", "the Tishreen Palace, Damascus")).toBe("compatible");
  expect(comparePlaces("Moscow", "Damascus")).toBe("different");
  expect(comparePlaces(null, "Damascus")).toBe("unknown");
  const at = (iso: string, precision: EventFacts["precision"]): EventFacts => ({
    kind: "MEETING", date: new Date(`${iso}T00:00:00Z`), precision, place: null, participants: new Map(),
  });
  expect(compareDates(at("2025-10-01", "MONTH"), at("2025-10-15", "DAY"))).toBe("compatible");
  expect(compareDates(at("2025-10-14", "DAY"), at("2025-10-15", "DAY"))).toBe("close");
  expect(compareDates(at("2025-10-11", "DAY"), at("2025-10-15", "DAY"))).toBe("different");
  expect(compareDates(at("2025-09-01", "MONTH"), at("2025-10-15", "DAY"))).toBe("different");
});

it("does not join events on shared states alone when people are named", () => {
  const facts = (ids: [number, "PERSON" | "STATE"][]): EventFacts => ({
    kind: "MEETING", date: new Date("2025-10-15T00:00:00Z"), precision: "DAY", place: "Moscow",
    participants: new Map(ids.map(([id, kind]) => [id, { kind, role: "ATTENDEE" }])),
  });
  expect(compareEvents(facts([[1, "STATE"], [2, "PERSON"]]), facts([[1, "STATE"], [3, "PERSON"]])).score).toBeUndefined();
  expect(compareEvents(facts([[1, "STATE"], [2, "PERSON"]]), facts([[1, "STATE"], [2, "PERSON"]])).score).toBeGreaterThan(0);
});

it("keeps apart a host's meetings with different visitors, but not one delegation's reports", () => {
  const meeting = (...people: [number, ParticipantRole][]): EventFacts => ({
    kind: "MEETING", date: new Date("2025-10-15T00:00:00Z"), precision: "DAY", place: "Moscow",
    participants: new Map(people.map(([id, role]) => [id, { kind: "PERSON", role }])),
  });
  expect(compareEvents(meeting([1, "HOST"], [2, "VISITOR"]), meeting([1, "HOST"], [3, "VISITOR"])).score).toBeUndefined();
  expect(compareEvents(meeting([1, "HOST"], [2, "VISITOR"]), meeting([2, "VISITOR"])).score).toBeGreaterThan(0);
  expect(compareEvents(meeting([1, "HOST"], [2, "ATTENDEE"], [3, "MEMBER"]), meeting([1, "HOST"], [2, "ATTENDEE"], [4, "MEMBER"])).score).toBeGreaterThan(0);
  // The leader of a delegation identifies its visit whoever else each report names.
  expect(compareEvents(meeting([1, "LEADER"], [2, "HOST"]), meeting([1, "LEADER"], [3, "ATTENDEE"])).score).toBeGreaterThan(0);
});

it("joins organisations on their name or acronym, not on a generic one-word alias", () => {
  const graph = [known(1, "Ministry of Defence", "ORGANIZATION", "ministry of defence", "ministry"), known(2, "Syrian Arab News Agency", "MEDIA", "syrian arab news agency", "sana")];
  expect(matchActor(actor("x", "Ministry of Energy", "ORGANIZATION", ["Ministry"]), graph)).toBeUndefined();
  expect(matchActor(actor("x", "Ministry of Defence", "ORGANIZATION"), graph)?.id).toBe(1);
  expect(matchActor(actor("x", "SANA", "MEDIA"), graph)?.id).toBe(2);
  expect(matchActor(actor("x", "SANA", "ORGANIZATION"), graph)?.id).toBe(2);
});

it("lists the stored start dates that fit an event in time", () => {
  const facts = (iso: string | null, precision: EventFacts["precision"]): EventFacts => ({
    kind: "MEETING", date: iso ? new Date(`${iso}T00:00:00Z`) : null, precision, place: null, participants: new Map(),
  });
  expect(candidateDates(facts("2025-03-01", "DAY"), null)).toEqual(["2025-02-27", "2025-02-28", "2025-03-01", "2025-03-02", "2025-03-03", "2025-01-01"]);
  const february = candidateDates(facts("2024-02-01", "MONTH"), null);
  expect(february).toHaveLength(30); // 29 days of a leap February and 1 January
  expect(candidateDates(facts(null, null), null)).toBe("any");
  expect(candidateDates(facts(null, null), new Date("2025-06-01T00:00:00Z"))).toHaveLength(733);
});

it("matches the two English forms of a ministry's name", () => {
  const graph = [known(1, "Russian Foreign Ministry", "ORGANIZATION", "russian foreign ministry"), known(2, "Ministry of Finance", "ORGANIZATION", "ministry of finance")];
  expect(matchActor(actor("x", "Russian Ministry of Foreign Affairs", "ORGANIZATION"), graph)?.id).toBe(1);
  expect(matchActor(actor("x", "Finance Ministry", "ORGANIZATION"), graph)?.id).toBe(2);
  expect(matchActor(actor("x", "Russian Defence Ministry", "ORGANIZATION"), graph)).toBeUndefined();
});

it("matches a full name that leaves out the first given name, never a different given name", () => {
  const graph = [known(1, "Recep Tayyip Erdogan", "PERSON", "recep tayyip erdogan", "erdogan")];
  expect(matchActor(actor("x", "Tayyip Erdogan", "PERSON"), graph)?.id).toBe(1);
  expect(matchActor(actor("x", "Emine Erdogan", "PERSON"), graph)).toBeUndefined();
});

it("matches a name written with Azerbaijani letters to its English spelling", () => {
  const graph = [known(1, "Hikmet Hajiyev", "PERSON", "hikmet hajiyev", "hajiyev")];
  expect(matchActor(actor("x", "Hikmət Hacıyev", "PERSON"), graph)?.id).toBe(1);
});

it("matches a company named without its legal suffix", () => {
  const graph = [known(1, "Pinnacle Communications", "ORGANIZATION", "pinnacle communications")];
  expect(matchActor(actor("x", "Pinnacle Communications Ltd", "ORGANIZATION"), graph)?.id).toBe(1);
});

it("matches a company's name without its legal suffix to the name with it", () => {
  const graph = [known(1, "Pinnacle Communications Ltd", "ORGANIZATION", "pinnacle communications ltd")];
  expect(matchActor(actor("x", "Pinnacle Communications", "ORGANIZATION"), graph)?.id).toBe(1);
});

it("keeps apart two bodies that share only an acronym and give different full names", () => {
  const graph = [known(1, "National Broadcasting Commission", "ORGANIZATION", "national broadcasting commission", "nbc")];
  expect(matchActor(actor("x", "Namibian Broadcasting Corporation", "ORGANIZATION", ["NBC"]), graph)).toBeUndefined();
  expect(matchActor(actor("x", "NBC", "ORGANIZATION"), graph)?.id).toBe(1);
});
