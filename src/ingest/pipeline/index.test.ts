import { extractArticle } from "./index";

const text = `Finland and Estonia sign power link deal

Helsinki, May 6, 2024

Finnish Prime Minister Petteri Orpo met Estonian Prime Minister Kaja Kallas in Tallinn on Monday, where the two signed an agreement on a new electricity cable.

"This cable makes both our grids safer," Orpo told reporters. Kallas said the project would be finished by 2028.

LEAVE A REPLY
Please enter your comment!`;

describe("extractArticle", () => {
  it("turns raw text into a clean article with actors, claims, events and topics", () => {
    const article = extractArticle({ text, publishedAt: new Date(Date.UTC(2024, 4, 7)), source: "BalticWire" });
    expect(article.title).toBe("Finland and Estonia sign power link deal");
    expect(article.body).not.toMatch(/LEAVE A REPLY|comment/);
    expect(article.language).toBe("en");
    const names = article.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Petteri Orpo", "Kaja Kallas", "Finland", "Estonia"]));
    // The outlet that published the page is an actor only where the text names it.
    expect(names).not.toContain("BalticWire");
    expect(article.claims.map((c) => article.actors.find((a) => a.key === c.speakerKey)?.name)).toEqual(["Petteri Orpo", "Kaja Kallas"]);
    for (const claim of article.claims) expect(article.body.slice(claim.start, claim.end)).toBe(claim.text);
    expect(article.events).toHaveLength(1);
    expect(article.events[0].date?.date.toISOString().slice(0, 10)).toBe("2024-05-06");
    expect(article.topics.map((t) => t.slug)).toContain("energy");
  });

  it("uses the dateline when no publication date is given", () => {
    const article = extractArticle({ text });
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe("2024-05-06");
  });

  it("stores other languages with no facts", () => {
    const article = extractArticle({ text: "Le Premier ministre a rencontré son homologue à Tallinn lundi pour signer un accord sur un câble électrique." });
    expect(article.language).toBe("fr");
    expect(article.actors).toEqual([]);
    expect(article.claims).toEqual([]);
    expect(article.events).toEqual([]);
  });
});
