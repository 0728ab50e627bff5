import type { ActorKind, EventKind } from "../generated/prisma/enums";
import { compareEvents, type EventFacts } from "./event-match";

const event = (kind: EventKind, ids: [number, ActorKind][], date = "2020-12-09"): EventFacts => ({
  kind,
  date: new Date(`${date}T00:00:00Z`),
  precision: "DAY",
  place: null,
  participants: new Map(ids.map(([id, actorKind]) => [id, { kind: actorKind, role: "ATTENDEE" }])),
});

describe("compareEvents across reports", () => {
  it("joins reports of one election sharing a candidate or the state, whoever else each names", () => {
    // One report names the winner and the parties, another the commission chair and the winner.
    expect(compareEvents(event("ELECTION", [[1, "PERSON"], [2, "ORGANIZATION"], [3, "ORGANIZATION"]]), event("ELECTION", [[1, "PERSON"], [4, "PERSON"], [5, "ORGANIZATION"]])).score).toBeGreaterThan(0);
    expect(compareEvents(event("ELECTION", [[9, "STATE"], [2, "ORGANIZATION"]]), event("ELECTION", [[9, "STATE"], [5, "ORGANIZATION"]], "2020-12-10")).score).toBeGreaterThan(0);
    // A shared party alone, or a vote weeks apart, is another election.
    expect(compareEvents(event("ELECTION", [[2, "ORGANIZATION"], [6, "PERSON"]]), event("ELECTION", [[2, "ORGANIZATION"], [7, "PERSON"]])).score).toBeUndefined();
    expect(compareEvents(event("ELECTION", [[1, "PERSON"]]), event("ELECTION", [[1, "PERSON"]], "2020-12-20")).score).toBeUndefined();
  });

  it("joins a deal one report leads with to the talks another reports it was reached at", () => {
    const people: [number, ActorKind][] = [[1, "PERSON"], [2, "PERSON"]];
    expect(compareEvents(event("AGREEMENT", people), event("MEETING", people)).score).toBeGreaterThan(0);
    expect(compareEvents(event("TALKS", people), event("AGREEMENT", people)).score).toBeGreaterThan(0);
    expect(compareEvents(event("AGREEMENT", people), event("ELECTION", people)).score).toBeUndefined();
  });
});
