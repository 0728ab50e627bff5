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

  it("drops comment forms, wire end marks, a desk code, an author box and a list of other stories below the story", () => {
    const form = [story, "1483**1424", "Your Comment", "You are replying to: .", "7 + 0 ="].join("\n\n");
    expect(cleanArticle(form).body).toBe(story);
    const ended = [story, "End Item", "Follow the page for more", "What is your comment about this article? Leave it below."].join("\n\n");
    expect(cleanArticle(ended).body).toBe(story);
    const box = [story, "- Advertisement -", story.replace("Friday", "Monday"), "Harbour Review", "Harbour Review is a site covering shipping across the region.", "Original News :", "%d bloggers like this:"].join("\n\n");
    expect(cleanArticle(box).body).toBe(`${story}\n\n${story.replace("Friday", "Monday")}`);
    const cards = [`${story} -0 -`, "Politics", "-", "On the evening of May 5, it was reported that a journalist had been arrested in the capital city.", "-", "A decree appointed a new envoy."].join("\n");
    expect(cleanArticle(cards).body).toBe(story);
  });

  it("takes a headline printed as a list item without its bullet", () => {
    expect(cleanArticle(["• Port reopens after storm", story].join("\n")).title).toBe("Port reopens after storm");
  });

  it("takes the headline under a markdown image, and keeps a story's first sentence under a bare 'By'", () => {
    const raw = ["![Port reopens after storm](https://example.org/media/port-750-500.webp)", "Port reopens after storm", "By", story].join("\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Port reopens after storm", body: story });
  });

  it("reads a sentence closing a quotation with a straight quote as prose, so a caption after it goes", () => {
    const quoted = "'The offices remain in the control of a court-appointed administrator, which is a violation of the rules.'";
    const raw = ["Football federation suspended by FIFA", quoted, "The federation was suspended until they regain control of its accounts", story].join("\n");
    expect(cleanArticle(raw).body).toBe(`${quoted}\n\n${story}`);
  });
});

describe("choosing the headline", () => {
  const lead = "The harbour authority said on Friday that the port would reopen to ships after the storm had passed.";

  it("takes the headline below a bare name standing above it as a tag, and drops the tag", () => {
    const raw = ["Ministry of Transport of Norway", "Harbour reopens after the storm", lead].join("\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Harbour reopens after the storm", body: lead });
    // A headline without a verb is no body's name: it keeps its place.
    expect(cleanArticle(["A New Era for the Harbour", "Ships wait outside the harbour", lead].join("\n")).title).toBe("A New Era for the Harbour");
  });

  it("takes the headline the page prints twice, not the last line of the run above the story", () => {
    const raw = ["Markets Solutions Legal News Agency", "Harbour reopens after the storm", "Harbour reopens after the storm", lead].join("\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Harbour reopens after the storm", body: lead });
  });

  it("says a standfirst once when the next paragraph repeats it after a dateline", () => {
    const standfirst = "The harbour authority said on Friday that the port would reopen to ships after the storm had passed";
    const raw = ["Harbour reopens after the storm", standfirst, `OSLO (Agency) - ${lead}`].join("\n");
    expect(cleanArticle(raw).body).toBe(`OSLO (Agency) - ${lead}`);
  });
});

describe("lines under the headline", () => {
  const lead = "The harbour authority said on Friday that the port would reopen to ships after the storm had passed.";

  it("drops a dated byline, a credited photo caption and a caption under a label in capitals", () => {
    const raw = [
      "Harbour reopens after the storm",
      "Anna LarsenPublished August 30, 2021 - Updated August 30, 2021 08:19am",
      "This file photo shows the harbour master at the quay. — HarbourTV/File",
      "LONG WAIT: Ships anchored outside the harbour for three days",
      lead,
    ].join("\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Harbour reopens after the storm", body: lead });
  });

  it("takes a headline ending in a quoted name", () => {
    expect(cleanArticle(`Forum of the group “Ports of the North” opens\n${lead}\nHe said so.`).title).toBe("Forum of the group “Ports of the North” opens");
  });
});

describe("headlines on wire and tabloid layouts", () => {
  const lead = "The harbour authority said on Friday that the port would reopen to ships after the storm had passed.";

  it("keeps the headline above bulleted key points, and the points", () => {
    const raw = ["Harbour reopens after the storm", "- The port was shut for three days", "- Ships waited outside", "- The damage is small", lead].join("\n");
    const cleaned = cleanArticle(raw);
    expect(cleaned.title).toBe("Harbour reopens after the storm");
    expect(cleaned.body.startsWith("- The port was shut for three days")).toBe(true);
  });

  it("reads the words before a wire dateline glued into the first paragraph as the headline", () => {
    const first = `Harbour reopens after the storm Oslo, Feb 2 (AFP) ${lead}`;
    expect(cleanArticle(`${first}\nHe said so.`)).toMatchObject({ title: "Harbour reopens after the storm", body: `${first}\n\nHe said so.` });
  });
});

describe("controls, picture credits and video teasers", () => {
  const lead = "The harbour authority said on Friday that the port would reopen to ships after the storm had passed.";
  const second = "Officials said the damage to the quay was smaller than feared and repairs would take a week.";

  it("drops them between the paragraphs of the story", () => {
    const chrome = ["Scroll to continue reading", "Image source, Nordic Photos", "Image caption, The quay on Friday", "(Photo by Anna Larsen/Nordic Photos)", "AFP via Getty Images", "Watch: the harbour reopens", "Font size", "Show comments"];
    expect(cleanArticle(["Harbour reopens after the storm", lead, ...chrome, second].join("\n")).body).toBe(`${lead}\n\n${second}`);
  });

  it("drops counters, bylines with a role or handle, date lines, credits and agency tags", () => {
    const chrome = [
      "1.2K shares", "Share 12", "Anna Larsen | Staff Writer", "Anna Larsen @annalarsen", "Last modified on Tue 12 May 2021 10.30 BST",
      "2021-05-12", "Edited by Anna Larsen", "Anna Larsen, Reuters", "— AFP", "For more news, follow us", "Representational image", "Post navigation",
    ];
    expect(cleanArticle(["Harbour reopens after the storm", lead, ...chrome, second].join("\n")).body).toBe(`${lead}\n\n${second}`);
  });

  it("drops section menus, language switchers, contact lines and account, app and feedback controls", () => {
    const chrome = [
      "News World Business Sport Culture", "English Français العربية", "Tel: +47 20 1234 5678", "Email: desk@example.com",
      "The paper is not responsible for the content of external sites.", "Log out", "Get the app", "Send us a tip", "Terms and Conditions",
      "This story has been shared 1,234 times.", "Please enable JavaScript to view comments",
    ];
    expect(cleanArticle(["Harbour reopens after the storm", lead, ...chrome, second].join("\n")).body).toBe(`${lead}\n\n${second}`);
  });

  it("keeps a sentence that opens with a colon label", () => {
    const watch = "Watch: the coast guard said it would keep ships away from the quay until Monday.";
    expect(cleanArticle(["Harbour reopens after the storm", lead, watch].join("\n")).body).toContain(watch);
  });
});

describe("credits, disclaimers and continuation notes", () => {
  const lead = "The harbour authority said on Friday that the port would reopen to ships after the storm had passed.";
  const second = "Officials said the damage to the quay was smaller than feared and repairs would take a week.";

  it("drops them and keeps a sentence that names its sources", () => {
    const chrome = [
      "The views expressed in this article are the author's own.", "(Opens in new window)", "(With inputs from PTI)", "— With AP", "Contributing: Anna Larsen",
      "Read the full story", "Source: Reuters, AFP", "@NordicNews", "Anna Larsen, Senior Reporter", "Story continues below advertisement",
    ];
    expect(cleanArticle(["Harbour reopens after the storm", lead, ...chrome, second].join("\n")).body).toBe(`${lead}\n\n${second}`);
    const sources = "Sources: the coast guard said ships would wait.";
    expect(cleanArticle(["Harbour reopens after the storm", lead, sources].join("\n")).body).toContain(sources);
  });
});
