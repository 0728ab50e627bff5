import { extractActors } from ".";
import { splitSentences } from "../sentences";
import { addHeadlineSpeaker, headlineSpeaker } from "./headline";
import { isGenericBody, nameMinistriesByState } from "./qualify";

const actorsOf = (body: string) => extractActors(body, splitSentences(body));

describe("generic bodies", () => {
  it("knows a generic institution name from a distinctive one", () => {
    expect(isGenericBody("Supreme Court")).toBe(true);
    expect(isGenericBody("Electoral Commission")).toBe(true);
    expect(isGenericBody("Parliament")).toBe(true);
    expect(isGenericBody("Madras High Court")).toBe(false);
    expect(isGenericBody("Independent National Electoral Commission")).toBe(false);
  });

  it("names a bare generic body after the state the article is about, without the bare alias", () => {
    const { actors } = actorsOf("Lahore, Jan 3 – The Supreme Court on Thursday heard the case. Pakistan has long waited for it, officials in Pakistan said.");
    const court = actors.find((a) => a.kind === "ORGANIZATION");
    expect(court?.name).toBe("Supreme Court of Pakistan");
    expect(court?.aliases).not.toContain("Supreme Court");
  });

  it("takes the state of a capital dateline when no state is named", () => {
    const { actors } = actorsOf("Accra, March 25 – The Electoral Commission has postponed the exercise.");
    expect(actors.find((a) => a.kind === "ORGANIZATION")?.name).toBe("Electoral Commission of Ghana");
  });

  it("leaves a generic body alone when no state leads", () => {
    const { actors } = actorsOf("The Supreme Court ruled on Monday. France and Germany reacted; France and Germany disagreed.");
    expect(actors.find((a) => a.kind === "ORGANIZATION")?.name).toBe("Supreme Court");
  });

  it("takes the government of a state for the state itself", () => {
    const { actors } = actorsOf("The Government of Samoa declared an emergency. Samoan health officials confirmed the deaths.");
    const samoa = actors.filter((a) => a.name === "Samoa");
    expect(samoa).toHaveLength(1);
    expect(samoa[0]).toMatchObject({ kind: "STATE" });
    expect(samoa[0]!.aliases).toContain("Government of Samoa");
    expect(actors.some((a) => a.kind === "ORGANIZATION")).toBe(false);
  });
});

describe("headline speaker", () => {
  it("reads a one-word name before or after the headline's colon", () => {
    expect(headlineSpeaker("Lavrov: Russia is an active partner of OIC")).toBe("Lavrov");
    expect(headlineSpeaker("Rallies will spread the virus: FM Qureshi")).toBe("Qureshi");
  });

  it("takes no label, role, state or place for a speaker", () => {
    expect(headlineSpeaker("Analysis: what the deal means")).toBeUndefined();
    expect(headlineSpeaker("Over 100,000 vaccinated against measles: Minister")).toBeUndefined();
    expect(headlineSpeaker("Ukraine: talks resume")).toBeUndefined();
    expect(headlineSpeaker("Digital Switch-Over: Firm Absolves Self")).toBeUndefined();
    expect(headlineSpeaker("A headline without a speaker")).toBeUndefined();
  });

  it("adds the speaker as a person only when the body names no actor so", () => {
    const index = actorsOf("The minister sent a message to the meeting.");
    addHeadlineSpeaker(index, "Lavrov: Russia is an active partner");
    expect(index.actors.find((a) => a.name === "Lavrov")).toMatchObject({ kind: "PERSON", mentions: [] });
    const named = actorsOf("Sergey Lavrov sent a message to the meeting.");
    const before = named.actors.length;
    addHeadlineSpeaker(named, "Lavrov: Russia is an active partner");
    expect(named.actors).toHaveLength(before);
  });
});

describe("ministries named by their state", () => {
  it("gives a state's ministry the 'Ministry of X of State' form, from its demonym or its affiliation", () => {
    const index = actorsOf("The Azerbaijani Foreign Ministry said on Monday that talks will go on.");
    nameMinistriesByState(index);
    expect(index.actors.find((a) => a.name === "Azerbaijani Foreign Ministry")?.aliases).toContain("Ministry of Foreign Affairs of Azerbaijan");
    const possessive = actorsOf("Aykhan Hajizada, Spokesman for Azerbaijan's Ministry of Foreign Affairs, commented.");
    expect(possessive.actors.some((a) => a.name === "Ministry of Foreign Affairs of Azerbaijan")).toBe(true);
  });
});

