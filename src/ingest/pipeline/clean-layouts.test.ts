import { cleanArticle } from "./clean";

// Chrome of layouts met on Caucasus, Kurdish, Pakistani and Russian-language pages: cards of other
// stories, signatures, credits, counters and prompts, in English and in Russian.
describe("page chrome of other layouts", () => {
  const story = "The port authority said on Friday the harbour would reopen after the storm had passed the coast.";

  it("drops the cards of other stories below the story: a headline over its age, a section over a date", () => {
    const raw = [story, "Six killed in a warehouse fire", "- 3 hours ago", "Fog closes the motorways", "- an hour ago"].join("\n");
    expect(cleanArticle(raw).body).toBe(story);
    const dated = [story, "Finance", "17 September 2024 13:20", "Politics", "The council of ministers is starting its quarterly meeting in the capital on Tuesday.", "17 September 2024, 17:01"].join("\n");
    expect(cleanArticle(dated).body).toBe(story);
  });

  it("drops Russian chrome: credits, counters, ads, notices, prompts, buttons, dates and a 'read also' link", () => {
    const russian = "Министр заявил журналистам, что переговоры продолжатся на следующей неделе в столице.";
    const after = "Он добавил, что стороны обсудят и вопросы торговли, и вопросы безопасности границ.";
    const raw = [
      "21 октября 2025, 14:30",
      "Фото: Иван Петров",
      "Реклама",
      "Переговоры продолжатся на следующей неделе",
      russian,
      "Читайте также",
      "Президент провел встречу с делегацией соседней страны",
      after,
      "Источник: Пресс-служба",
      "Просмотров: 1 204",
      "Версия для печати",
      "Подписывайтесь на наш канал в Telegram",
      "Все права защищены. При использовании материалов ссылка обязательна",
      "Теги: переговоры, министр",
      "Ещё одна новость дня с длинным заголовком",
    ].join("\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Переговоры продолжатся на следующей неделе", body: `${russian}\n\n${after}` });
  });

  it("drops listen and font-size buttons, app-store prompts, photo bylines and copyright lines", () => {
    const raw = ["Listen to this article 4 min", "A- A A+", "Photo by Jane Doe/Harbour Times", "Harbour reopens after storm", story, "Get it on Google Play", "Harbour Times Ltd. All rights reserved."].join("\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Harbour reopens after storm", body: story });
  });

  it("drops breadcrumbs, author-box links, news prompts and a topics list", () => {
    const raw = ["Home > World > Europe", "News / Europe / Politics", "Harbour reopens after storm", story, "View all posts by Jane Doe", "Email the author", "Never miss a story: get our alerts", "Topics: harbour, storms", "Other story headline one"].join("\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Harbour reopens after storm", body: story });
  });

  it("strips a live-stream note glued after the last sentence", () => {
    const russian = "Министр выразил надежду, что второй раунд переговоров состоится сегодня в столице страны.";
    expect(cleanArticle(`${russian}RT ведёт прямую трансляцию..`).body).toBe(russian);
    expect(cleanArticle(`${story} Watch the live stream here.`).body).toBe(story);
  });

  it("drops a clock widget above the headline", () => {
    expect(cleanArticle(["Время в Баку - 14:30", "Local time: 09:15", "Harbour reopens after storm", story].join("\n"))).toMatchObject({ title: "Harbour reopens after storm", body: story });
  });

  it("keeps a line followed by an age above the story, where it is the page's own headline and date", () => {
    expect(cleanArticle(["Harbour reopens after storm", "2 hours ago", story].join("\n"))).toMatchObject({ title: "Harbour reopens after storm", body: story });
  });

  it("drops a photo credit line, a writer's name after the last paragraph and a news-feed footer, in English and Russian", () => {
    const raw = ["Hikmət Hacıyev. Açiq mənbələrdən foto.", "Здание министерства. Архивное фото", story, "Хатаи Азизов", "НОВОСТНАЯ ЛЕНТА", "Ещё одна новость дня с длинным заголовком"].join("\n\n");
    expect(cleanArticle(raw).body).toBe(story);
    expect(cleanArticle([story, "Leave a review", "Other story headline one"].join("\n")).body).toBe(story);
    expect(cleanArticle(["Minister poses for a photo", story].join("\n")).title).toBe("Minister poses for a photo");
  });

  it("reads a sentence closing a quotation with a straight quote as prose, so a caption after it goes", () => {
    const quoted = "'The offices remain in the control of a court-appointed administrator, which is a violation of the rules.'";
    const raw = ["Football federation suspended by FIFA", quoted, "The federation was suspended until they regain control of its accounts", story].join("\n");
    expect(cleanArticle(raw).body).toBe(`${quoted}\n\n${story}`);
  });
});
