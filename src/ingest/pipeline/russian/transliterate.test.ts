import { hasCyrillic, transliterate } from "./transliterate";

describe("transliterate", () => {
  it("writes Russian names as English-language news does", () => {
    expect(transliterate("Сергей Лавров")).toBe("Sergey Lavrov");
    expect(transliterate("Александр Новак")).toBe("Aleksandr Novak");
    expect(transliterate("Евгений Сергеев")).toBe("Yevgeniy Sergeyev");
    expect(transliterate("Дональд Туск")).toBe("Donald Tusk"); // no soft sign
    expect(transliterate("Хрущёв")).toBe("Khrushchev");
  });

  it("keeps acronyms in capitals, each part of a compound capitalised, Latin text as it is", () => {
    expect(transliterate("ТАСС")).toBe("TASS");
    expect(transliterate("РИА Новости")).toBe("RIA Novosti");
    expect(transliterate("Эр-Рияд")).toBe("Er-Riyad");
    expect(transliterate("G20 и НАТО")).toBe("G20 i NATO");
  });

  it("tells Cyrillic text", () => {
    expect(hasCyrillic("Лавров")).toBe(true);
    expect(hasCyrillic("Lavrov")).toBe(false);
  });
});
