import { splitSentences } from "../sentences";
import { extractRussianActors } from "./actors";
import { extractRussianClaims } from "./claims";
import { russianQuoteSpans } from "./quotes";

function claimsOf(body: string) {
  const actors = extractRussianActors(body, splitSentences(body));
  const claims = extractRussianClaims(body, splitSentences(body), actors);
  return claims.map((claim) => ({ text: claim.text, speaker: claim.speakerKey ? actors.byKey.get(claim.speakerKey)?.name : undefined, quote: claim.quote }));
}

describe("extractRussianClaims", () => {
  it("attributes reported speech to the subject before the verb, keeping the Russian text", () => {
    const body = "Министр энергетики Казахстана Арман Нуров заявил, что добыча нефти вырастет. Погода в Астане была теплой.";
    expect(claimsOf(body)).toEqual([{ text: "Министр энергетики Казахстана Арман Нуров заявил, что добыча нефти вырастет.", speaker: "Arman Nurov", quote: undefined }]);
  });

  it("finds the speaker after the verb: a body after a comma, a person after a quotation and dash", () => {
    const body = "Стороны договорились продолжить консультации, сообщили в МИД Индии.\n\n«Мы готовы к диалогу», — сказал посол Индии Раджив Кумар.";
    expect(claimsOf(body).map((c) => c.speaker)).toEqual(["Indian Foreign Ministry", "Radzhiv Kumar"]);
    expect(claimsOf(body)[1].quote).toBe("Мы готовы к диалогу");
  });

  it("reads 'по словам X' and 'как сообщает X', and gives a closing outlet the sentence", () => {
    const body = "Премьер Игорь Волков посетил завод. По словам Волкова, работа идет по плану. В ведомстве добавили, что проект завершат к лету, пишет ТАСС. Как сообщает Интерфакс, сроки не изменятся.";
    expect(claimsOf(body).map((c) => c.speaker)).toEqual(["Igor Volkov", "TASS", "Interfax"]);
  });

  it("resolves 'в ведомстве', 'он' and a title without a name to an actor of the article", () => {
    const body = "МИД Японии выступил с заявлением. В ведомстве отметили, что переговоры продолжатся. Глава МИД Японии Кэндзи Като прибыл в Пекин. Он подчеркнул, что визит важен. Глава МИД добавил, что встреча прошла хорошо.";
    expect(claimsOf(body).map((c) => c.speaker)).toEqual(["Japanese Foreign Ministry", "Kendzi Kato", "Kendzi Kato"]);
  });

  it("keeps claims of unnamed sources without a speaker", () => {
    const body = "Источник в правительстве сообщил, что решение уже принято. Уполномоченный МИД Польши напомнил, что визит планировался давно.";
    expect(claimsOf(body).map((c) => c.speaker)).toEqual([undefined, undefined]);
  });

  it("pairs «», „“ inside them, and straight quotes", () => {
    const body = "«Он назвал план „опасным“», — сказал депутат. \"Мы ждем\", - добавил он.";
    expect(russianQuoteSpans(body).map((q) => body.slice(q.start, q.end))).toEqual(["«Он назвал план „опасным“»", '"Мы ждем"']);
  });

  it("gives 'сказал он' and a bare noun whose verb agrees ('прокомментировала дипломат') to the voice just before", () => {
    const body =
      "Официальный представитель МИД Мария Захарова заявила, что встреча не согласована.\n\n«Не участвуйте в этом», — прокомментировала дипломат.\n\n" +
      "Директор департамента Алексей Полищук заявил, что Россия готова к переговорам.\n\n«Мы не отказывались от диалога», — сказал он.";
    expect(claimsOf(body).map((c) => c.speaker)).toEqual(["Mariya Zakharova", "Mariya Zakharova", "Aleksey Polishchuk", "Aleksey Polishchuk"]);
  });

  it("gives 'Об этом заявил X' the sentence before, and an outlet told before a long title to the person holding it", () => {
    const body =
      "Российский МИД призывает СМИ не участвовать в спекуляциях. Об этом заявила официальный представитель МИД Мария Захарова.\n\n" +
      "«Форум значим для региона», - сообщил ТАСС министр республики по национальной политике, печати и информации Джамбулат Умаров.";
    const claims = claimsOf(body);
    expect(claims[0]).toMatchObject({ speaker: "Mariya Zakharova" });
    expect(claims[0].text.startsWith("Российский МИД призывает")).toBe(true);
    expect(claims[1]).toMatchObject({ speaker: "Dzhambulat Umarov" });
  });

  it("gives 'саудовский министр' to that state's minister, also when titled 'глава МИД'", () => {
    const body =
      "Сергей Лавров провел разговор с главой МИД Саудовской Аравии Фейсалом бин Фарханом.\n\nСаудовский министр подчеркнул важность координации.";
    expect(claimsOf(body).map((c) => c.speaker)).toEqual(["Feysal bin Farkhan"]);
  });

  it("reads 'обратил внимание' as reported speech", () => {
    const body = "Министр энергетики Казахстана Арман Нуров обратил внимание на рост цен на нефть.";
    expect(claimsOf(body)).toEqual([{ text: body, speaker: "Arman Nurov", quote: undefined }]);
  });

  it("reads impersonal 'отмечается', 'как сообщается на сайте X' and a deputy minister named by 'замминистра'", () => {
    const body = "Как сообщается на сайте МИД Индии, стороны обсудили торговлю. Отмечается, что «сотрудничество будет расширено».";
    expect(claimsOf(body).map((c) => c.speaker)).toEqual(["Indian Foreign Ministry", "Indian Foreign Ministry"]);
    const deputy = "Замглавы МИД Индии Раджив Кумар прибыл в Москву.\n\n«Мы не можем это подтвердить»,— сказал замминистра журналистам.";
    expect(claimsOf(deputy).map((c) => c.speaker)).toEqual(["Radzhiv Kumar"]);
  });

  it("reads an attribution set between dashes inside a quotation as the speaker's", () => {
    const body = '"Обсуждены вопросы торговли, - сообщили в МИД Индии. - Рассмотрены также вопросы транспорта".';
    expect(claimsOf(body).map((c) => c.speaker)).toEqual(["Indian Foreign Ministry"]);
  });
});

