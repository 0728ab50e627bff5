import { splitSentences } from "../sentences";
import { extractRussianActors } from "./actors";

const actorsOf = (body: string) => extractRussianActors(body, splitSentences(body)).actors;
const named = (body: string, name: string) => actorsOf(body).find((actor) => actor.name === name);

describe("extractRussianActors", () => {
  it("reads a titled name: transliterated nominative as the name, Cyrillic forms as aliases, the title as description", () => {
    const body = "Министр обороны Белоруссии Виктор Петренко заявил, что учения завершены. Позже Петренко встретился с журналистами.";
    const minister = named(body, "Viktor Petrenko");
    expect(minister).toMatchObject({ kind: "PERSON", description: "министр обороны Белоруссии", affiliationKey: "state:BLR" });
    expect(minister?.aliases).toEqual(expect.arrayContaining(["Виктор Петренко", "Петренко", "Petrenko"]));
    expect(minister?.mentions).toHaveLength(2);
  });

  it("puts a name first seen in an oblique case in the nominative and the title head back in its dictionary form", () => {
    const body = "Глава МИД Египта провел встречу с послом Кувейта Ахмедом Аль Сабахом и с министром Олегом Смирновым.";
    expect(named(body, "Akhmed Al Sabakh")?.description).toBe("посол Кувейта");
    expect(named(body, "Oleg Smirnov")?.description).toBe("министр");
  });

  it("clusters the case forms of one person", () => {
    const body = "Премьер-министр Андрей Котов прибыл в Минск. Встреча с Котовым продлилась час. Визит Котова завершится в пятницу.";
    const people = actorsOf(body).filter((actor) => actor.kind === "PERSON");
    expect(people.map((p) => p.name)).toEqual(["Andrey Kotov"]);
    expect(people[0].mentions).toHaveLength(3);
  });

  it("maps state names and demonyms in any case form, compounds part by part, to the English states", () => {
    const body = "Делегация Саудовской Аравии обсудила российско-иранские отношения. Египетский посол прибыл во Францию.";
    const states = actorsOf(body).filter((actor) => actor.kind === "STATE").map((actor) => actor.name);
    expect(states).toEqual(expect.arrayContaining(["Saudi Arabia", "Russia", "Iran", "Egypt", "France"]));
  });

  it("names ministries and known bodies in English and outlets by their English spelling", () => {
    const body = "В МИД Турции сообщили о встрече. Министерство иностранных дел Франции выступило с заявлением. Совет Безопасности ООН соберется в среду, передает Интерфакс.";
    const names = actorsOf(body).map((actor) => [actor.kind, actor.name]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["ORGANIZATION", "Turkish Foreign Ministry"],
        ["ORGANIZATION", "French Foreign Ministry"],
        ["ORGANIZATION", "UN Security Council"],
        ["MEDIA", "Interfax"],
      ]),
    );
  });

  it("drops capitalised sentence openers, document names and regions as people", () => {
    const body = "Подробно стороны обсудили Договор о коллективной безопасности. Ситуация на Ближнем Востоке остается сложной. Неформальная встреча пройдет в Вене.";
    const actors = actorsOf(body);
    expect(actors.filter((actor) => actor.kind === "PERSON")).toEqual([]);
    expect(actors.find((actor) => actor.kind === "PLACE" && actor.aliases.includes("Ближнем Востоке"))).toBeDefined();
    expect(actors.find((actor) => actor.aliases.includes("Вене"))?.kind).toBe("PLACE");
  });

  it("takes a name followed by a reporting verb as a person, even an adjectival surname opening the sentence", () => {
    const body = "Вишневский заявил, что переговоры продолжатся.";
    expect(named(body, "Vishnevskiy")?.kind).toBe("PERSON");
  });

  it("keeps a title's complement out of the name after it, and takes a name ending in an administrative unit for no person", () => {
    const actors = actorsOf("Это показатель эффективности управления главы Чечни Рамзана Кадырова, сообщил министр Чеченской Республики Джамбулат Умаров.");
    const people = actors.filter((actor) => actor.kind === "PERSON").map((actor) => actor.name);
    expect(people.some((name) => name.startsWith("Chechni") || name.startsWith("Chechensk"))).toBe(false);
    expect(people).toContain("Dzhambulat Umarov");
  });

  it("keeps a place after 'в' out of the name that follows it, and a hyphenated particle in the name", () => {
    const actors = actorsOf("Михаил Богданов принял посла Саудовской Аравии в Москве Абдуррахмана аль-Ахмеда.");
    expect(actors.filter((actor) => actor.kind === "PERSON").map((actor) => actor.name)).toEqual(["Mikhail Bogdanov", "Abdurrakhman al-Akhmed"]);
  });

  it("reads a dateline's city in capitals as a place, not an acronym", () => {
    const actors = actorsOf("МОСКВА, 21 октября. Официальный представитель МИД Мария Захарова заявила, что встреча не согласована.");
    expect(actors.find((actor) => actor.name === "Moskva")?.kind).toBe("PLACE");
    expect(actors.some((actor) => actor.name === "MOSKVA")).toBe(false);
  });

  it("reads a capitalised 'Группа' with its genitive tail as an organisation", () => {
    const body = "Заседание Группы стратегического развития пройдет в Казани.";
    expect(actorsOf(body).filter((actor) => actor.kind === "ORGANIZATION").map((actor) => actor.aliases)).toEqual([expect.arrayContaining(["Группы стратегического развития"])]);
  });

  it("undoes a weak -а after a title in the genitive and keeps the nominative in Cyrillic as an alias", () => {
    const person = named("Министр принял посла Кении в Москве Самира Одинго по его просьбе.", "Samir Odingo");
    expect(person?.aliases).toEqual(expect.arrayContaining(["Самир Одинго", "Самира Одинго"]));
    // Both words surely oblique: the -ю of a man's name in -я and the -а beside it.
    expect(named("Министр принял Тарика Аль-Хурийю.", "Tarik Al-Khuriyya")?.aliases).toContain("Тарик Аль-Хурийя");
  });

  it("reads 'российское дипведомство' and 'внешнеполитическое ведомство' with a demonym as that state's foreign ministry", () => {
    const body = "Как сообщается на сайте египетского внешнеполитического ведомства, стороны обсудили торговлю. В египетском дипведомстве отметили рост.";
    const ministry = named(body, "Egyptian Foreign Ministry");
    expect(ministry).toMatchObject({ kind: "ORGANIZATION", affiliationKey: "state:EGY" });
    expect(ministry?.mentions).toHaveLength(2);
  });

  it("reads a quoted name after an outlet's noun as the outlet, and a language's demonym as no state", () => {
    const actors = actorsOf("«Переговоры возможны», — сказал министр в интервью телеканалу «Рассвет» на английском языке.");
    expect(actors.find((actor) => actor.kind === "MEDIA")?.aliases).toContain("Рассвет");
    expect(actors.some((actor) => actor.name === "United Kingdom")).toBe(false);
  });

  it("takes no person from a lone capitalised adjective agreeing with the noun after it", () => {
    const people = actorsOf("Он назвал его одним из лидеров Исламского мира.").filter((actor) => actor.kind === "PERSON");
    expect(people).toEqual([]);
  });
});
