import { cookieBlocks, isFurniture, withoutAgencySlug, withoutCutTeasers } from "./chrome-widgets";

describe("isFurniture", () => {
  it("knows market ticker rows and the cells of a statistics box", () => {
    for (const line of ["XYZ 12.40 Increased By ▲ 0.35 (2.90%)", "IDX100 52,310 Decreased By ▼ -410.5 (-0.78%)", "GRID 7.10 No Change ▼ 0.00 (0%)", "312,480", "1,204hr", "4.2% positivity"]) {
      expect(isFurniture(line)).toBe(true);
    }
  });

  it("knows a desk-and-date byline and a name credited to an outlet", () => {
    expect(isFurniture("City Desk 12 May 2020")).toBe(true);
    expect(isFurniture("Staff Correspondent March 3, 2021")).toBe(true);
    expect(isFurniture("Anna Petrova / Caucasus Herald")).toBe(true);
    expect(isFurniture("Иван Смирнов/ ТАСС")).toBe(true);
  });

  it("knows a photo caption saying where each person stands", () => {
    expect(isFurniture("Mr Osei (third right) after meeting the Board")).toBe(true);
    expect(isFurniture("The minister (left) greets the ambassador at the airport.")).toBe(true);
    expect(isFurniture("The party (founded in 1990) won the seat.")).toBe(false);
  });

  it("knows the page's lowercase keyword list", () => {
    expect(isFurniture("news, world, africa")).toBe(true);
    expect(isFurniture("Ghana, Togo, Benin sign a border pact")).toBe(false);
  });

  it("leaves sentences, headlines and dates inside prose alone", () => {
    for (const line of ["Prices rose 2.9% on Monday.", "Voters go to the polls on 7 December 2024 in a tight race", "The index closed at 52,310 points after a volatile session.", "Russia / Ukraine"]) {
      expect(isFurniture(line)).toBe(false);
    }
  });
});

describe("withoutAgencySlug", () => {
  it("strips the wire agency and desk initials after the last sentence", () => {
    expect(withoutAgencySlug("Officials made a brief presentation. PTI KRS RDK")).toBe("Officials made a brief presentation.");
  });

  it("keeps an agency named inside a sentence", () => {
    expect(withoutAgencySlug("He told PTI the talks went well.")).toBe("He told PTI the talks went well.");
    expect(withoutAgencySlug("“The talks went well,” he said.   -71V-")).toBe("“The talks went well,” he said.");
    expect(withoutAgencySlug("The agency reported. -0 -")).toBe("The agency reported.");
    expect(withoutAgencySlug("The score was 3-0 -AB- and more")).toBe("The score was 3-0 -AB- and more");
  });
});

describe("cookieBlocks", () => {
  const chrome = (line: string) => /^we use cookies\b/i.test(line);

  it("drops a consent panel with its cookie lines and toggles", () => {
    const lines = ["Manage Consent Preferences", "We use cookies to improve your visit.", "Always Active", "Functional cookies keep the site working.", "No cookies to display.", "Minister opens new bridge"];
    expect([...cookieBlocks(lines, chrome)]).toEqual([0, 1, 2, 3, 4]);
  });

  it("keeps a story about cookies", () => {
    const lines = ["The regulator fined the firm over cookies on its website.", "It said cookies were set without consent."];
    expect(cookieBlocks(lines, chrome).size).toBe(0);
  });
});

describe("credit datelines", () => {
  it("reads an outlet and a dateline in capitals as furniture, not a line of names in prose", () => {
    expect(isFurniture("The Guardian, OSLO, Norway")).toBe(true);
    expect(isFurniture("Oslo, Bergen, Stavanger")).toBe(false);
  });
});

describe("withoutCutTeasers", () => {
  it("drops a teaser that cuts off the start of a later paragraph", () => {
    const full = "Council members are expected to reject the harbour plan at the session. That would force the mayor to seek votes from the opposition benches.";
    const teaser = "Council members are expected to reject the harbour plan at the session. That would force the mayor to seek votes from the";
    expect(withoutCutTeasers([teaser, full, "He said so."])).toEqual([full, "He said so."]);
  });

  it("keeps short lines and paragraphs that only share a few opening words", () => {
    expect(withoutCutTeasers(["He said", "He said the talks would resume on Monday in the capital."])).toHaveLength(2);
  });
});
