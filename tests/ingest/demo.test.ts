// The demo corpus through the real pipeline: loaded once into an empty
// database, and the 9 September 2025 Damascus meeting comes out as one event
// with its three articles, participants, claims and the place discrepancy.
import { loadDemoCorpusIfEmpty } from "../../src/demo";
import { useTestDatabase } from "../support/database";

/** Child processes and whole-corpus runs: generous, since CI machines may be busy. */
const SLOW_TEST_MS = 180_000;

const db = useTestDatabase();

it("loads the demo corpus into an empty database only", async () => {
  expect(await loadDemoCorpusIfEmpty(db().prisma)).toBe(5);
  expect(await loadDemoCorpusIfEmpty(db().prisma)).toBe(0);
  expect(await db().prisma.article.count()).toBe(5);
}, SLOW_TEST_MS);

it("makes the Damascus meeting one event with its articles, participants, claims and place discrepancy", async () => {
  const meetings = await db().prisma.event.findMany({
    where: { startDate: new Date("2025-09-09T00:00:00Z") },
    include: {
      articles: true,
      participants: { include: { actor: true } },
      claims: { include: { speaker: true } },
      discrepancies: { include: { values: true } },
    },
  });
  expect(meetings).toHaveLength(1);
  const [meeting] = meetings;
  expect(meeting.articles).toHaveLength(3);
  expect(meeting.participants.map((p) => p.actor.name)).toEqual(
    expect.arrayContaining(["Alexander Novak", "Ahmad al-Sharaa"]),
  );
  expect(meeting.claims.length).toBeGreaterThan(0);
  expect(meeting.claims.every((claim) => claim.speaker !== null)).toBe(true);
  const place = meeting.discrepancies.find((d) => d.field === "PLACE");
  expect(place).toBeDefined();
  const backing = (venue: string) => place!.values.filter((v) => v.value.includes(venue)).length;
  expect(backing("People")).toBe(1);
  expect(backing("Tishreen")).toBe(2);
  expect(meeting.place).toMatch(/Tishreen/);
}, SLOW_TEST_MS);
