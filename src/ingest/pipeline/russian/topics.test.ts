import { russianTopicSlugs } from "./topics";

describe("russianTopicsOf", () => {
  it("finds topics from Russian keywords in any case form", () => {
    expect(russianTopicSlugs("Министры иностранных дел провели переговоры и обсудили двусторонние отношения.")).toContain("diplomacy");
    expect(russianTopicSlugs("Страны обсудили цены на нефть и добычу газа в рамках ОПЕК.")).toContain("energy");
    expect(russianTopicSlugs("Евросоюз ввел новые санкции.")).toEqual(["sanctions"]);
    expect(russianTopicSlugs("Погода была солнечной.")).toEqual([]);
    expect(russianTopicSlugs("Состоялся обмен мнениями о поддержании политического диалога и дружественных отношений.")).toContain("diplomacy");
    expect(russianTopicSlugs("Министр по внешним связям встретил представителей стран ближнего и дальнего зарубежья.")).toContain("diplomacy");
  });
});
