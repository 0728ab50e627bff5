import { extractArticle } from "../index";

const text = `Министры Армении и Грузии провели переговоры

Ереван, 14 марта 2023

Министр иностранных дел Армении Арарат Петросян в понедельник провел переговоры с главой МИД Грузии Давидом Беридзе в Ереване. Стороны обсудили двустороннее сотрудничество и транспортные коридоры.

«Мы договорились о регулярных консультациях», — сказал Петросян журналистам после встречи.`;

describe("extractArticle on Russian text", () => {
  it("detects Russian and extracts actors, claims, a dated event and topics", () => {
    const article = extractArticle({ text });
    expect(article.language).toBe("ru");
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe("2023-03-14");
    const names = article.actors.map((actor) => actor.name);
    expect(names).toEqual(expect.arrayContaining(["Ararat Petrosyan", "David Beridze", "Armenia", "Georgia"]));
    expect(article.claims).toHaveLength(1);
    expect(article.actors.find((a) => a.key === article.claims[0].speakerKey)?.name).toBe("Ararat Petrosyan");
    for (const claim of article.claims) expect(article.body.slice(claim.start, claim.end)).toBe(claim.text);
    expect(article.events).toHaveLength(1);
    expect(article.events[0]).toMatchObject({ kind: "TALKS", status: "OCCURRED", relation: "REPORTS" });
    expect(article.events[0].date?.date.toISOString().slice(0, 10)).toBe("2023-03-13");
    const participants = article.events[0].participants.map((p) => article.actors.find((a) => a.key === p.actorKey)?.name);
    expect(participants).toEqual(expect.arrayContaining(["Ararat Petrosyan", "David Beridze"]));
    expect(article.claims[0].eventKey).toBe(article.events[0].key);
    expect(article.topics.map((t) => t.slug)).toContain("diplomacy");
  });

  it("recognises short Russian sentences that tinyld takes for another Cyrillic language", () => {
    expect(extractArticle({ text: "Глава МИД Ирана сообщил, что переговоры продолжатся." }).language).toBe("ru");
    expect(extractArticle({ text: "Президент України заявив про переговори з партнерами." }).language).toBe("uk");
  });
});
