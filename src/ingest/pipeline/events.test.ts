import { extractActors } from "./actors";
import { extractClaims } from "./claims";
import { findDates } from "./dates";
import { assignRelations, extractEvents, linkClaims } from "./events";
import { splitSentences } from "./sentences";

const publishedAt = new Date(Date.UTC(2024, 2, 14)); // Thursday 14 March 2024

function eventsOf(body: string) {
  const sentences = splitSentences(body);
  const actors = extractActors(body, sentences);
  const claims = extractClaims(body, sentences, actors);
  const events = extractEvents({ body, sentences, actors, dates: findDates(body, sentences, publishedAt), claims, publishedAt });
  assignRelations(events, publishedAt);
  linkClaims(claims, events, actors.byKey);
  const name = (key: string) => actors.byKey.get(key)?.name;
  const roles = (index: number) => Object.fromEntries(events[index].participants.map((p) => [name(p.actorKey), p.role]));
  return { events, roles, claims };
}

const day = (date?: { date: Date }) => date?.date.toISOString().slice(0, 10);

describe("extractEvents", () => {
  it("reads a meeting with its date, venue, city and roles", () => {
    const { events, roles } = eventsOf(
      "Kenyan President William Ruto received a Chinese delegation led by Vice Premier Ding Xuexiang on Tuesday at State House in Nairobi.",
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "MEETING", status: "OCCURRED", relation: "REPORTS", place: "State House", placeCity: "Nairobi" });
    expect(day(events[0].date)).toBe("2024-03-12");
    expect(roles(0)).toMatchObject({ "William Ruto": "HOST", "Ding Xuexiang": "LEADER", China: "VISITOR" });
    expect(events[0].title).toBe("Ding Xuexiang meets William Ruto in Nairobi");
  });

  it("merges several mentions of one event within the article", () => {
    const { events } = eventsOf(
      "On Monday, Peruvian Foreign Minister Javier González-Olaechea met Bolivian Foreign Minister Celinda Sosa in Lima. " +
        "The talks focused on trade. Later in the article we recall that González-Olaechea met Sosa to discuss the border.",
    );
    expect(events).toHaveLength(1);
    expect(events[0].evidence.length).toBeGreaterThanOrEqual(2);
  });

  it("takes 'the meeting' of a later sentence for the meeting already told, whatever place that sentence names", () => {
    const { events } = eventsOf(
      "Kurdistan region president Masoud Barzani met on Tuesday with political factions in Salahaddin resort of Erbil province.\n\n" +
        "During the meeting, Barzani discussed the latest violence in Duhok province, urging unity.",
    );
    expect(events).toHaveLength(1);
    expect(events[0].evidence.length).toBeGreaterThanOrEqual(2);
  });

  it("reads 'received the credentials of the new Ambassador ... X' as a meeting with the ambassador", () => {
    const { events, roles } = eventsOf("On Tuesday, President Ilham Aliyev received the credentials of the new Ambassador of the People's Democratic Republic of Algeria Zakia Igil.");
    expect(events).toHaveLength(1);
    expect(roles(0)).toHaveProperty("Zakia Igil");
  });

  it("marks future events as planned and announced, with the future date", () => {
    const { events } = eventsOf("Brazilian President Luiz Inácio Lula da Silva will visit Madrid next month for a summit on climate finance.");
    expect(events[0]).toMatchObject({ kind: "SUMMIT", status: "PLANNED", relation: "ANNOUNCES" });
    expect(day(events[0].date)).toBe("2024-04-01");
    expect(events[0].date?.precision).toBe("MONTH");
  });

  it("attaches an undated follow-up sentence to the event just before it", () => {
    const { events, roles } = eventsOf(
      "In late January, Ghanaian Foreign Minister Shirley Ayorkor Botchwey travelled to Berlin. During her trip, she met Chancellor Olaf Scholz.",
    );
    expect(events).toHaveLength(1);
    expect(day(events[0].date)).toBe("2024-01-01");
    expect(roles(0)).toHaveProperty("Olaf Scholz");
  });

  it("dates an undated lede event by the publication day when nothing else is recent", () => {
    const { events } = eventsOf("Austrian Chancellor Karl Nehammer met Czech Prime Minister Petr Fiala in Vienna. They discussed gas supplies.");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "MEETING", status: "OCCURRED", relation: "REPORTS", placeCity: "Vienna" });
    expect(day(events[0].date)).toBe("2024-03-14");
  });

  it("drops undated events and events inside reported speech", () => {
    const { events } = eventsOf("Analysts said the summit in 2019 was a failure. A meeting between the two sides is possible.");
    expect(events).toEqual([]);
  });

  it("keeps a past act the speaker recounts, and events beyond meetings: results, rulings, deals at a summit", () => {
    const recounted = eventsOf("Foreign Minister Ilkka Saarivuo said on Wednesday he spoke with his Estonian counterpart Kaarel Tamvere on Tuesday.");
    expect(recounted.events.map((e) => [e.kind, e.date?.date.toISOString().slice(0, 10)])).toEqual([["TALKS", "2024-03-12"]]);
    expect(eventsOf("Saarivuo said talks with Estonia would resume next year.").events).toEqual([]);
    const results = eventsOf("British engine-maker Rolls-Royce posted a 55% rise in annual profit on Thursday.");
    expect(results.events.map((e) => [e.kind, e.title, e.date?.date.toISOString().slice(0, 10)])).toEqual([["OTHER", "Results: Rolls-Royce", "2024-03-14"]]);
    const resigned = eventsOf("Finance Minister Ilkka Saarivuo resigned on Tuesday after a row over the budget.");
    expect(resigned.events.map((e) => [e.kind, e.title])).toEqual([["OTHER", "Resignation: Ilkka Saarivuo"]]);
    const gathering = eventsOf("The annual gathering of top diplomats in Vientiane on Tuesday ended without a deal.");
    expect(gathering.events.map((e) => [e.kind, e.date?.date.toISOString().slice(0, 10)])).toEqual([["SUMMIT", "2024-03-12"]]);
    const deal = eventsOf("Nearly 200 countries agreed to a new fund.\n\nThe deal reached at the close of the summit in Baku was criticised.");
    expect(deal.events.map((e) => [e.kind, e.date?.date.toISOString().slice(0, 10)])).toEqual([["SUMMIT", "2024-03-14"]]);
  });

  it("links a claim made in the event's sentence to the event", () => {
    const { events, claims } = eventsOf("Austrian Chancellor Karl Nehammer met Czech Prime Minister Petr Fiala in Vienna on Wednesday, the APA news agency said.");
    expect(claims).toHaveLength(1);
    expect(claims[0].eventKey).toBe(events[0].key);
  });

  it("dates a suspension between bodies and a disaster in the lede by publication, and keeps one day's resignations as one event", () => {
    const ban = eventsOf("The World Chess Federation has suspended the Ruritanian Chess Union with immediate effect.");
    expect(ban.events.map((e) => [e.kind, day(e.date)])).toEqual([["OTHER", "2024-03-14"]]);
    const flood = eventsOf("Norway's west coast has been hit by severe flooding, with thousands evacuated from their homes.");
    expect(flood.events.map((e) => [e.title, day(e.date)])).toEqual([["Disaster: Norway", "2024-03-14"]]);
    const reshuffle = eventsOf(
      "Finance Minister Ilkka Saarivuo resigned on Tuesday after a row over the budget. Trade Minister Kaarel Tamvere also resigned on Tuesday.",
    );
    expect(reshuffle.events).toHaveLength(1);
  });

  it("does not take a sea the talks were about for the place of the meeting", () => {
    const { events } = eventsOf("Foreign ministers of China and Vietnam met on Tuesday and discussed the South China Sea.");
    expect(events.map((e) => e.place)).toEqual([undefined]);
  });
  it("takes a conference call for no summit, 'suspended the sentence' for no ban, and 'set aside' for a ruling", () => {
    const call = eventsOf("Chief executive Jon Lie did not join the conference call with investors on Wednesday.");
    expect(call.events).toEqual([]);
    const court = eventsOf("The Oslo District Court on Wednesday set aside the acquittal of Jon Lie and suspended the sentence for a month.");
    expect(court.events.map((e) => e.title)).toEqual(["Ruling: Jon Lie"]);
    const earlier = eventsOf("Jon Lie was sentenced on Thursday. On Tuesday, the court had set aside his acquittal.");
    expect(earlier.events.map((e) => [e.title, day(e.date)])).toEqual([
      ["Ruling: Jon Lie", "2024-03-14"],
      ["Ruling: Jon Lie", "2024-03-12"],
    ]);
  });

  it("reads court hearings and taking charge of an office as events", () => {
    const hearing = eventsOf("The Sindh High Court on Tuesday summoned the commissioner while hearing the petition against road closures.");
    expect(hearing.events.map((e) => [e.title.split(":")[0], day(e.date)])).toEqual([["Hearing", "2024-03-12"]]);
    const charge = eventsOf("Union Minister Ravi Menon on Wednesday took charge of the Ministry of Rural Development.");
    expect(charge.events.map((e) => [e.title.split(":")[0], day(e.date)])).toEqual([["Appointment", "2024-03-13"]]);
  });
});

describe("decisions and declared results", () => {
  it("reads 'agreed on Sunday to cut' as a deal dated by its own day, and joins the lede's restatement to it", () => {
    const { events } = eventsOf(
      "OPEC, Russia and other producers agreed on Sunday to cut output by a record amount.\n\nThe group agreed to reduce output by 9.7 million barrels per day for May-June.",
    );
    expect(events).toHaveLength(1);
    expect(events[0].kind).toBe("AGREEMENT");
    expect(day(events[0].date)).toBe("2024-03-10");
  });

  it("reads 'declared X the winner' as the election's result, with the winner taking part", () => {
    const { events, roles } = eventsOf("Electoral Commission chair Jean Mensa has declared incumbent President Nana Akufo-Addo the winner of the presidential elections.");
    expect(events).toHaveLength(1);
    expect(events[0].kind).toBe("ELECTION");
    expect(day(events[0].date)).toBe("2024-03-14");
    expect(roles(0)).toHaveProperty("Nana Akufo-Addo");
  });

  it("dates results 'announced by' a commission by the sentence's day: a passive participle reports no speech", () => {
    const { events } = eventsOf("Reacting on Wednesday to the final results announced by the National Electoral Commission, Quintino Moreira stated that they should be received calmly.");
    expect(events.map((e) => [e.kind, day(e.date)])).toEqual([["ELECTION", "2024-03-13"]]);
    expect(events[0].participants.length).toBeGreaterThan(1);
  });

  it("takes an event of another year written before its trigger as background", () => {
    const { events } = eventsOf("PARIS (AP) — A Paris appeals court upheld a guilty verdict against former President Nicolas Sarkozy for illegal financing of his failed 2012 re-election bid.");
    expect(events.map((e) => e.kind)).toEqual(["OTHER"]);
  });
});
