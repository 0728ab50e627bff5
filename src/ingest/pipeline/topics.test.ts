import { topicSlugs, topicsOf } from "./topics";

describe("topicsOf", () => {
  it("tags a text with the topics whose keywords add up, strongest first", () => {
    const topics = topicsOf("The ministers discussed bilateral trade, oil exports and the rebuilding of power plants after the war.");
    const slugs = topics.map((t) => t.slug);
    expect(slugs).toEqual(expect.arrayContaining(["economy-trade", "energy", "reconstruction"]));
    for (const topic of topics) expect(topic.score).toBeGreaterThan(0);
    for (const topic of topics) expect(topic.score).toBeLessThanOrEqual(1);
  });

  it("needs more than one weak hint", () => {
    expect(topicSlugs("He spoke of a humanitarian role.")).not.toContain("humanitarian-aid");
    expect(topicSlugs("Humanitarian aid and food reached the town.")).toContain("humanitarian-aid");
  });

  it("matches word stems and ignores words that merely contain a keyword", () => {
    expect(topicSlugs("The court opened the prosecution of the ministers and of those who extradited suspects.")).toContain("transitional-justice");
    expect(topicSlugs("A plan based on mutual respect.")).not.toContain("military-bases");
  });
});
