import fs from "node:fs";
import path from "node:path";
import { lexicons } from "../lexicons";
import { topicSlugs, topicsOf } from "./topics";

describe("topicsOf", () => {
  it("tags a text with the topics whose keywords add up, strongest first", () => {
    const topics = topicsOf("The ministers discussed bilateral trade, oil exports and the reconstruction and rebuilding of power plants after the war.");
    const slugs = topics.map((t) => t.slug);
    expect(slugs).toEqual(expect.arrayContaining(["economy-trade", "energy", "reconstruction"]));
    for (const topic of topics) expect(topic.score).toBeGreaterThan(0);
    for (const topic of topics) expect(topic.score).toBeLessThanOrEqual(1);
    expect(topics.map((t) => t.score)).toEqual([...topics.map((t) => t.score)].sort((a, b) => b - a));
  });

  it("keeps a passing topic beside another main topic or by a word naming its field, not in an article focused on one", () => {
    const results =
      "The company's quarterly profit rose 30 percent as revenue and sales beat forecasts; its shares fell after it cut its outlook, " +
      "and analysts asked about the chief executive's health after a hospital stay. ";
    expect(topicsOf(results).map((t) => t.slug)).toEqual(["business"]);
    // A word that alone names a field is no passing mention.
    expect(topicsOf(`${results}It denied any link to terrorism.`).map((t) => t.slug)).toEqual(["business", "security"]);
    const broad = "The ministers discussed bilateral trade, tariffs, exports and imports, and bilateral relations, diplomatic ties, the embassy, the ambassador and the envoy. ";
    expect(topicsOf(`${broad}A hospital and its health workers were mentioned too.`).map((t) => t.slug)).toEqual(["diplomacy", "economy-trade", "health"]);
  });

  it("does not read a portfolio title as the story's field", () => {
    const text = "The energy minister and the health minister backed the reshuffle, as lawmakers of the ruling party and the opposition met in parliament.";
    expect(topicsOf(text).map((t) => t.slug)).toEqual(["politics"]);
    expect(topicSlugs("The party named her its spokeswoman on energy and the Minister of Health praised her.")).toEqual([]);
    // A keyword that is itself a title still counts.
    expect(topicSlugs("The foreign minister met the ambassador.")).toContain("diplomacy");
  });

  it("knows ministers taking oath and charge as politics, legal action as law and contracts as business", () => {
    expect(topicSlugs("The new union minister took oath on Wednesday and was taking charge of his portfolio on Thursday.")).toContain("politics");
    expect(topicSlugs("The anti-corruption agency threatened legal action over corrupt practices and other offences.")).toContain("law-courts");
    expect(topicSlugs("The firm said all transactions under the contract were transparent, the company said.")).toContain("business");
    expect(topicSlugs("Talks with the IMF on the loan will resume on Monday.")).toContain("economy-trade");
  });

  it("counts a word inside a body's name once per body, and no field by talks with a lender", () => {
    const council = "The president named the Economic Council. The Economic Council will meet weekly; the Economic Council has nine members.";
    expect(topicSlugs(council)).not.toContain("economy-trade");
    expect(topicSlugs("The economic outlook, economic growth and economic reforms were discussed.")).toContain("economy-trade");
    const imf = "Talks with the IMF will resume on Monday. The talks were not a failure, and the talks go on in Washington.";
    expect(topicSlugs(imf)).not.toContain("diplomacy");
    expect(topicSlugs("The talks between the two foreign ministers went on, and the talks will resume.")).toContain("diplomacy");
  });

  it("makes no secondary topic of a field named only among examples", () => {
    const politics = "The ruling party and the opposition clashed in parliament over the cabinet reshuffle, lawmakers said. ";
    expect(topicsOf(`${politics}Ministers were pulled on issues like the energy crisis and a scandal.`).map((t) => t.slug)).toEqual(["politics"]);
    expect(topicsOf(`${politics}The energy bill was debated too.`).map((t) => t.slug)).toContain("energy");
    expect(topicSlugs("The opposition accused the government of doctoring a statement.")).toContain("politics");
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

describe("general topics", () => {
  it("tags a court case as law-courts, not transitional justice", () => {
    const slugs = topicSlugs(
      "A regional court upheld the conviction of a former mayor for bribery on Monday. The judges rejected his appeal and " +
        "confirmed a two-year prison sentence; his lawyers said they would go to the supreme court. Prosecutors had asked for three years.",
    );
    expect(slugs).toContain("law-courts");
    expect(slugs).not.toContain("transitional-justice");
  });

  it("tags company results as business", () => {
    const slugs = topicSlugs(
      "The drinks maker raised its annual profit forecast after quarterly revenue beat expectations, and announced a share buyback. " +
        "Its shares rose 6 percent; analysts said the dividend looked safe.",
    );
    expect(slugs).toContain("business");
    expect(slugs).not.toContain("diplomacy");
  });

  it("tags a parliamentary vote as politics without calling it an election", () => {
    const slugs = topicSlugs(
      "Lawmakers voted to approve the new cabinet after the coalition parties settled their dispute over the budget. " +
        "The opposition said the prime minister had bought a majority with appointments.",
    );
    expect(slugs).toContain("politics");
    expect(slugs).not.toContain("elections");
    expect(slugs).not.toContain("diplomacy");
  });

  it("keeps elections for polls, voters and candidates", () => {
    const slugs = topicSlugs("Voters queued outside polling stations as the election went to a runoff between the two leading candidates.");
    expect(slugs).toContain("elections");
  });

  it("tags a match report as sport", () => {
    const slugs = topicSlugs(
      "The visitors won the cup final on penalties after a goalless match. Their goalkeeper saved twice, and the coach said " +
        "the players had earned the championship after a long season.",
    );
    expect(slugs).toContain("sport");
  });

  it("tags a governing body's ban on a national team as sport", () => {
    expect(topicSlugs("The football federation and the world soccer body barred the national team from the tournament.")).toContain("sport");
  });

  it("tags emissions talks as climate", () => {
    const slugs = topicSlugs(
      "Negotiators at the COP28 climate conference argued over how fast to phase out fossil fuels, as scientists warned " +
        "that emissions must fall by half this decade to limit warming.",
    );
    expect(slugs).toContain("climate");
  });

  it("tags an outbreak as health", () => {
    const slugs = topicSlugs(
      "Hospitals in the north reported more cholera patients this week, and the health ministry began a vaccination drive " +
        "to stop the disease spreading to the camps.",
    );
    expect(slugs).toContain("health");
  });

  it("does not tag a topic from a single passing word", () => {
    const slugs = topicSlugs("The budget priorities include climate, health and border management, the council said.");
    expect(slugs).not.toContain("climate");
    expect(slugs).not.toContain("health");
    expect(topicSlugs("She made an appeal to every party in the chamber.")).not.toContain("law-courts");
    expect(topicSlugs("The league of states met in the capital.")).not.toContain("sport");
  });

  it("does not call a text diplomacy for naming a country or a minister", () => {
    expect(topicSlugs("France's finance minister opened a new bridge in Lyon on Tuesday, the ministry said.")).not.toContain("diplomacy");
    expect(topicSlugs("The unions and the management held a meeting but reached no agreement, their leaders said.")).not.toContain("diplomacy");
    expect(topicSlugs("The foreign minister held talks with his counterpart during a visit to the capital.")).toContain("diplomacy");
  });
});

describe("an official's title", () => {
  it("counts once however often it names the same official, so a foreign minister's domestic remarks stay politics", () => {
    const text =
      "Foreign Minister Qadir said the opposition rallies had failed. The foreign minister said the opposition had no agenda, and the foreign minister said the opposition would fail again.";
    expect(topicsOf(text).map((t) => t.slug)).toEqual(["politics"]);
  });

  it("still counts a plural title each time: many ministers are many mentions of government", () => {
    expect(topicSlugs("Ministers met. The ministers spoke. Two ministers left. Other ministers stayed. All ministers agreed. The ministers voted.")).toContain("politics");
  });
});

describe("field words", () => {
  it("knows public pay and taxes as economy, statehood as politics and war as defence", () => {
    expect(topicSlugs("The government will pay the salaries of civil servants and create payroll numbers, and agreed on customs and tax policies.")).toContain("economy-trade");
    expect(topicSlugs("He built the statehood of the country and set its domestic policy.")).toContain("politics");
    expect(topicSlugs("This is not a new war but another escalation, and the aggressor keeps the land occupied.")).toContain("defense");
  });
});

describe("the other fallback", () => {
  const unrelated = "Astronomers spotted a faint comet that may be visible to the naked eye next spring.";

  it("gives an article that no topic fits the fallback topic, and nothing else", () => {
    expect(topicsOf(unrelated)).toEqual([{ slug: "other", score: 1 }]);
    expect(topicsOf("")).toEqual([{ slug: "other", score: 1 }]);
  });

  it("does not add the fallback when a topic fits", () => {
    expect(topicsOf("The striker scored twice as the club won the league title.").map((t) => t.slug)).not.toContain("other");
  });

  it("gives claims and events no fallback", () => {
    expect(topicSlugs(unrelated)).toEqual([]);
  });
});

describe("the taxonomy", () => {
  // Every slug the pipeline can emit must be a row of the topic table, or the store drops the link.
  const seeded = fs
    .readdirSync(path.resolve(__dirname, "../../../prisma/migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const file = path.resolve(__dirname, "../../../prisma/migrations", entry.name, "migration.sql");
      return fs.existsSync(file) ? [...fs.readFileSync(file, "utf8").matchAll(/(?:\(|SELECT)\s*'([a-z-]+)',\s*'/g)].map((m) => m[1]) : [];
    });
  const lexicon = lexicons.topics as typeof lexicons.topics & { fallback?: string };

  it("seeds every lexicon slug and the fallback in a migration", () => {
    for (const slug of [...Object.keys(lexicon.topics), lexicon.fallback]) expect(seeded).toContain(slug);
  });

  it("has the general topics", () => {
    expect(seeded).toEqual(expect.arrayContaining(["politics", "business", "law-courts", "sport", "climate", "health", "other", "elections"]));
  });
});
