import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  it("recognises English prose", () => {
    expect(detectLanguage("The minister said that the talks with the delegation were useful and that a deal was close.")).toBe("en");
  });

  it("recognises other languages", () => {
    expect(detectLanguage("Le ministre a déclaré que les discussions avec la délégation étaient utiles et qu'un accord était proche.")).toBe("fr");
    expect(detectLanguage("Der Minister sagte, dass die Gespräche mit der Delegation nützlich waren und eine Einigung nahe sei.")).toBe("de");
  });

  it("trusts a caller's hint and gives up on empty text", () => {
    expect(detectLanguage("whatever", "ES")).toBe("es");
    expect(detectLanguage("")).toBe("und");
  });
});
