import { normalizeName, normalizeText } from "./normalize";

describe("normalizeName", () => {
  it.each([
    ["Ahmad al-Sharaa", "ahmad sharaa"],
    ["Ahmad Al Sharaa", "ahmad sharaa"],
    ["Asaad Al-Shaibani", "asaad shaibani"],
    ["Mr Al Assad", "assad"],
    ["Türkiye", "turkiye"],
    ["People’s Palace", "people's palace"],
    ["Yunus-Bek  Yevkurov", "yunus bek yevkurov"],
  ])("%s -> %s", (input, key) => {
    expect(normalizeName(input)).toBe(key);
  });

  it("keeps particles in running text", () => {
    expect(normalizeText("Mr Al Shibani said “yes”")).toBe('mr al shibani said "yes"');
  });
});
