import { nameStem, nominativeAdjective, nominativeWord, sameNameWord, stem } from "./morphology";

describe("stem", () => {
  it("gives every case form of a word one stem", () => {
    for (const form of ["Россия", "России", "Россию", "Россией"]) expect(stem(form)).toBe("росс");
    for (const form of ["министр", "министра", "министром", "министру"]) expect(stem(form)).toBe("министр");
    expect(stem("Саудовской")).toBe(stem("Саудовская"));
    expect(stem("ООН")).toBe("оон"); // acronyms stay whole
  });

  it("keeps -ов and -ин in names", () => {
    for (const form of ["Лавров", "Лаврова", "Лаврову", "Лавровым"]) expect(nameStem(form)).toBe("лавров");
    for (const form of ["Путин", "Путина", "Путиным"]) expect(nameStem(form)).toBe("путин");
  });
});

describe("sameNameWord", () => {
  it("matches the case forms of one name, not different names", () => {
    expect(sameNameWord("Сергей", "Сергея")).toBe(true);
    expect(sameNameWord("Сергей", "Сергеем")).toBe(true);
    expect(sameNameWord("Дмитрий", "Дмитрию")).toBe(true);
    expect(sameNameWord("Мария", "Марией")).toBe(true);
    expect(sameNameWord("Иран", "Ирак")).toBe(false);
    expect(sameNameWord("Сергей", "Андрей")).toBe(false);
  });
});

describe("nominativeWord", () => {
  it("undoes the endings only oblique cases have", () => {
    expect(nominativeWord("Лавровым", "m")).toEqual({ form: "Лавров", strength: "strong" });
    expect(nominativeWord("Сергея", "m").form).toBe("Сергей");
    expect(nominativeWord("Дмитрию", "m").form).toBe("Дмитрий");
    expect(nominativeWord("Чайковским", "m").form).toBe("Чайковский");
    expect(nominativeWord("Захаровой", "f").form).toBe("Захарова");
    expect(nominativeWord("Марии", "f").form).toBe("Мария");
  });

  it("marks endings a nominative may have as doubtful, and leaves nominatives and short words alone", () => {
    expect(nominativeWord("Туска", "m")).toEqual({ form: "Туск", strength: "weak" });
    expect(nominativeWord("Лавров", "m").strength).toBe("none");
    expect(nominativeWord("Том", "m").strength).toBe("none");
    expect(nominativeWord("Илью", "m")).toEqual({ form: "Илья", strength: "strong" });
  });

  it("puts title adjectives in the nominative", () => {
    expect(nominativeAdjective("официального")).toBe("официальный");
    expect(nominativeAdjective("бывшего")).toBe("бывший");
    expect(nominativeAdjective("первым")).toBe("первый");
  });
});
