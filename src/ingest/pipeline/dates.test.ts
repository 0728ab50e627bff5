import { datelineDate, findDates } from "./dates";
import { splitSentences } from "./sentences";

const reference = new Date(Date.UTC(2024, 4, 15)); // Wednesday 15 May 2024

function datesIn(body: string, ref: Date | null = reference) {
  return findDates(body, splitSentences(body), ref).map((d) => [d.text, d.date.toISOString().slice(0, 10), d.precision]);
}

describe("findDates", () => {
  it("resolves absolute dates with their precision", () => {
    expect(datesIn("The deal was signed on March 3, 2023 and ratified in June 2023.")).toEqual([
      ["March 3, 2023", "2023-03-03", "DAY"],
      ["June 2023", "2023-06-01", "MONTH"],
    ]);
  });

  it("prefers the past for weekdays and months without a year", () => {
    expect(datesIn("The envoy arrived on Monday.")).toEqual([["on Monday", "2024-05-13", "DAY"]]);
    expect(datesIn("The ministers met in November.")).toEqual([["November", "2023-11-01", "MONTH"]]);
    expect(datesIn("Officials met on Wednesday.")).toEqual([["on Wednesday", "2024-05-15", "DAY"]]);
  });

  it("reads a bare weekday one day after publication as the next day, in a place a time zone ahead", () => {
    expect(datesIn("Rescuers worked through dawn Thursday.")).toEqual([["Thursday", "2024-05-16", "DAY"]]);
    expect(datesIn("The envoy left last Thursday.")).toEqual([["last Thursday", "2024-05-09", "DAY"]]);
  });

  it("reads a future cue only in the date's own clause", () => {
    expect(datesIn("Sarkozy on Wednesday lost his appeal, meaning he will have to wear an electronic tag.")).toEqual([["on Wednesday", "2024-05-15", "DAY"]]);
  });

  it("looks ahead when the sentence speaks of the future", () => {
    expect(datesIn("The president will travel to Lima on Friday.")).toEqual([["on Friday", "2024-05-17", "DAY"]]);
    expect(datesIn("A summit is scheduled for September.")).toEqual([["September", "2024-09-01", "MONTH"]]);
  });

  it("resolves relative expressions", () => {
    expect(datesIn("Troops withdrew yesterday.")).toEqual([["yesterday", "2024-05-14", "DAY"]]);
    expect(datesIn("Elections follow next month.")).toEqual([["next month", "2024-06-01", "MONTH"]]);
    expect(datesIn("Talks began earlier this month.")).toEqual([["this month", "2024-05-01", "MONTH"]]);
  });

  it("reads 'last <month>' strictly before the current month", () => {
    const december = new Date(Date.UTC(2024, 11, 20));
    expect(datesIn("He fled last December.", december)).toEqual([["December", "2023-12-01", "MONTH"]]);
  });
});

describe("datelineDate", () => {
  it("reads the dateline of the first paragraph", () => {
    expect(datelineDate("Lima, April 2, 2024 — Ministers met.\n\nMore text.")?.toISOString().slice(0, 10)).toBe("2024-04-02");
    expect(datelineDate("No date here.")).toBeNull();
  });
});

describe("relative weeks", () => {
  it("gives last and next week the month of that week, not the day seven days away", () => {
    // Reference: Wednesday 15 May 2024; last week ran 6–12 May, next week 20–26 May.
    expect(datesIn("The envoys met last week.")).toEqual([["last week", "2024-05-01", "MONTH"]]);
    expect(datesIn("Talks will resume next week.")).toEqual([["next week", "2024-05-01", "MONTH"]]);
    expect(datesIn("They met last week.", new Date(Date.UTC(2024, 5, 5)))).toEqual([["last week", "2024-05-01", "MONTH"]]);
  });
});

describe("findDates without a publication date", () => {
  it("keeps only dates that state their year: a weekday or 'today' has nothing to count from", () => {
    const body = "The ministers met on Tuesday and voted today. The treaty was signed on 4 March 2019 in Oslo.";
    const found = findDates(body, splitSentences(body), null);
    expect(found.map((d) => [d.text, d.date.toISOString().slice(0, 10), d.precision])).toEqual([["on 4 March 2019", "2019-03-04", "DAY"]]);
  });
});

describe("dates just after publication", () => {
  it("reads a month and day one day after publication as that night, not a year back", () => {
    expect(datesIn("The vote is due after midnight (May 16).")).toEqual([["May 16", "2024-05-16", "DAY"]]);
    expect(datesIn("The vote was held on May 20.")).toEqual([["May 20", "2023-05-20", "DAY"]]);
  });
});

describe("spans and same-day weekdays", () => {
  it("reads 'in 72 hours' after an ordinal or superlative as a span, not a day ahead", () => {
    expect(datesIn("Another meeting, the second in 72 hours, was convened on Sunday.")).toEqual([["on Sunday", "2024-05-12", "DAY"]]);
  });

  it("reads a future weekday that is the publication's weekday as that day, and 'next' as a week on", () => {
    expect(datesIn("The president is expected to arrive later on Wednesday.")).toEqual([["on Wednesday", "2024-05-15", "DAY"]]);
    expect(datesIn("The president will arrive next Wednesday.")).toEqual([["next Wednesday", "2024-05-22", "DAY"]]);
  });
});
