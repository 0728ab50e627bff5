// Russian articles through the real pipeline and store: actors named in an
// English report and in a Russian one (transliterated, declined) resolve to
// one actor holding both the Latin and the Cyrillic forms.
import { ingestArticle } from "../../src/ingest/ingest";
import { looseNameKey } from "../../src/ingest/actor-names";
import { matchActor, type KnownActor } from "../../src/ingest/resolve-actors";
import { useTestDatabase } from "../support/database";
import { actor } from "./fixtures";

const db = useTestDatabase();

const english = `Lavrov holds talks in Geneva

GENEVA, May 6, 2024

Russian Foreign Minister Sergei Lavrov said on Monday that the talks with his Swiss counterpart had been useful. Lavrov added that a new round could follow in June.`;

const russian = `Лавров провел переговоры в Женеве

Женева, 7 мая 2024

Министр иностранных дел России Сергей Лавров заявил, что переговоры со швейцарским коллегой были полезными. По словам Лаврова, новый раунд может состояться в июне, сообщили в МИД России.`;

async function actorsHolding(surface: string) {
  return db().prisma.actor.findMany({ where: { aliases: { some: { surface } } }, include: { aliases: true } });
}

describe("ingesting a Russian article after an English one", () => {
  beforeAll(async () => {
    await db().reset();
    await ingestArticle(db().prisma, { text: english, url: "https://example.org/en/lavrov" });
    await ingestArticle(db().prisma, { text: russian, url: "https://example.org/ru/lavrov" });
  });

  it("resolves Сергей Лавров to the English Sergei Lavrov: one actor with both alias forms", async () => {
    const holders = await actorsHolding("Сергей Лавров");
    expect(holders).toHaveLength(1);
    const [lavrov] = holders;
    expect(lavrov.name).toBe("Sergei Lavrov"); // the English spelling stays canonical
    expect(lavrov.kind).toBe("PERSON");
    expect(lavrov.aliases.map((a) => a.surface)).toEqual(expect.arrayContaining(["Sergei Lavrov", "Lavrov", "Сергей Лавров", "Лаврова"]));
    const people = await db().prisma.actor.findMany({ where: { kind: "PERSON", aliases: { some: { normalized: { contains: "lavrov" } } } } });
    expect(people).toHaveLength(1);
  });

  it("stores the Russian article with its language, Russian claims spoken by the merged actor, and Russia as the English state", async () => {
    const article = await db().prisma.article.findFirstOrThrow({ where: { url: "https://example.org/ru/lavrov" }, include: { claims: { include: { speaker: true } } } });
    expect(article.language).toBe("ru");
    expect(article.claims.length).toBeGreaterThanOrEqual(2);
    expect(article.claims[0].text).toMatch(/^Министр иностранных дел России Сергей Лавров заявил/);
    expect(article.claims.map((c) => c.speaker?.name)).toContain("Sergei Lavrov");
    const russia = await actorsHolding("России");
    expect(russia.map((a) => [a.name, a.kind])).toEqual([["Russia", "STATE"]]);
  });
});

describe("matching transliterated names", () => {
  const known = (id: number, name: string, ...keys: string[]): KnownActor => ({ id, name, kind: "PERSON", description: null, affiliationId: null, keys: new Set(keys), isNew: false });
  const people = [known(1, "Hassan Rouhani", "hassan rouhani"), known(2, "Yuri Ushakov", "yuri ushakov"), known(3, "Volodymyr Zelensky", "volodymyr zelensky"), known(4, "Alexei Navalny", "alexei navalny")];

  it("folds the letters transliterations disagree on", () => {
    expect(looseNameKey("khasan roukhani")).toBe(looseNameKey("hassan rouhani"));
    expect(looseNameKey("yuriy ushakov")).toBe(looseNameKey("yuri ushakov"));
  });

  it("matches a name read from Cyrillic to its English spelling, and a different given name to no one", () => {
    expect(matchActor(actor("p", "Khasan Roukhani", "PERSON", ["Хасан Роухани"]), people)?.id).toBe(1);
    expect(matchActor(actor("p", "Yuriy Ushakov", "PERSON", ["Юрий Ушаков"]), people)?.id).toBe(2);
    expect(matchActor(actor("p", "Zelenskiy", "PERSON", ["Зеленский"]), people)?.id).toBe(3);
    expect(matchActor(actor("p", "Aleksandr Navalny", "PERSON", ["Александр Навальный"]), people)).toBeUndefined();
  });

  it("leaves English names to the English rules", () => {
    expect(matchActor(actor("p", "Khasan Roukhani", "PERSON"), people)).toBeUndefined();
  });
});
