import { cleanArticle, isSubheading, looksLikeHeadline } from "./clean";

describe("cleanArticle", () => {
  it("keeps a headline line as the title and the rest as paragraphs joined by a blank line", () => {
    const raw = "Ministers Agree on Border Crossing Plan\n\nThe two ministers met in Oslo.\nThey agreed to reopen the crossing.";
    expect(cleanArticle(raw)).toEqual({
      title: "Ministers Agree on Border Crossing Plan",
      body: "The two ministers met in Oslo.\n\nThey agreed to reopen the crossing.",
      pageDate: null,
    });
  });

  it("gives no title when the text starts straight with a body sentence", () => {
    const raw = "The foreign minister arrived in Oslo on Monday for two days of talks.\nHe met the king.";
    expect(cleanArticle(raw).title).toBeNull();
  });

  it("prefers a given title and drops it from the body when the text repeats it", () => {
    const raw = "Talks resume in Geneva\nDelegates returned to the table.";
    expect(cleanArticle(raw, "Talks resume in Geneva")).toEqual({ title: "Talks resume in Geneva", body: "Delegates returned to the table.", pageDate: null });
  });

  it("strips error pages, comment forms, disclaimers and share rows", () => {
    const raw = [
      "404",
      "Oops! The page you are looking for cannot be found.",
      "Harbour reopens after storm",
      "The harbour reopened on Friday, the port authority said.",
      "Facebook Twitter WhatsApp Email",
      "Leave a Reply",
      "Please enter your comment!",
    ].join("\n");
    const cleaned = cleanArticle(raw);
    expect(cleaned.title).toBe("Harbour reopens after storm");
    expect(cleaned.body).toBe("The harbour reopened on Friday, the port authority said.");
  });

  it("cuts everything from a legal disclaimer on, re-joining its wrapped lines", () => {
    const raw = "Grain deal extended\nThe deal was extended by a year.\n\nLegal Disclaimer:\nThe provider offers the\ninformation as is.\nComments\nNo comment";
    expect(cleanArticle(raw).body).toBe("The deal was extended by a year.");
  });

  it("removes photo credits inside a caption and keeps the caption text", () => {
    const raw = "Leaders meet\nThe two leaders shake hands in Rome. (credit: JANE DOE/POOL/AFP via Getty Images)\nThe talks lasted an hour (AP)";
    const body = cleanArticle(raw).body;
    expect(body).toContain("The two leaders shake hands in Rome.");
    expect(body).not.toMatch(/credit|Getty|\(AP\)/);
  });

  it("re-joins a hard-wrapped text into its paragraphs", () => {
    const raw = [
      "The delegation arrived in the capital on Monday morning and was met at",
      "the airport by Deputy Foreign Minister Lena Novak, who accompanied the",
      "guests to the palace for the first round of talks with the president.",
      "",
      "Officials said the talks would continue until Wednesday and that a joint",
      "statement was expected at the end of the visit, possibly on Thursday if",
      "the two sides manage to settle their remaining differences on trade.",
    ].join("\n");
    const paragraphs = cleanArticle(raw).body.split("\n\n");
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toContain("met at the airport by Deputy Foreign Minister Lena Novak, who accompanied the guests");
  });

  it("keeps a repeated paragraph once", () => {
    const raw = "Floods hit the north\nRivers burst their banks.\nThousands were evacuated.\nRivers burst their banks.\nThousands were evacuated.";
    expect(cleanArticle(raw).body).toBe("Rivers burst their banks.\n\nThousands were evacuated.");
  });
});

describe("headline shapes", () => {
  it("tells headlines from sentences", () => {
    expect(looksLikeHeadline("Oil prices climb as supply tightens")).toBe(true);
    expect(looksLikeHeadline("Oil prices climbed on Monday.")).toBe(false);
    expect(looksLikeHeadline("Oil")).toBe(false);
  });

  it("recognises short subheadings inside a body", () => {
    expect(isSubheading({ text: "Regional Outlook" })).toBe(true);
    expect(isSubheading({ text: "The outlook is bleak, analysts said." })).toBe(false);
  });
});

describe("page chrome of scraped pages", () => {
  it("drops cookie banners, breadcrumbs, share rows, newsletter boxes and photo captions with credits", () => {
    const raw = [
      "We use cookies to improve your experience on our site.",
      "By Ana Ruiz | EFE",
      "Accept all cookies Manage preferences",
      "Home | World | Americas | Andes",
      "Share on Facebook Share on X Copy link",
      "Andean ministers meet in Quito",
      "The ministers met in Quito on Monday.",
      "Ministers pose for a photo in Quito. Photo: EFE / File",
      "Chile's minister shakes hands with her Peruvian counterpart in Quito, May 6, 2024. REUTERS/Juan Perez",
      "Newsletter: Sign up for our Americas briefing. Enter your email Subscribe",
      "Share this article: Facebook Twitter WhatsApp Email",
      "They agreed to meet again.",
    ].join("\n");
    expect(cleanArticle(raw)).toEqual({ title: "Andean ministers meet in Quito", body: "The ministers met in Quito on Monday.\n\nThey agreed to meet again.", pageDate: null });
  });
});

describe("chrome of pages from other outlets", () => {
  const prose = "The ministers of both countries met on Tuesday and agreed to reopen the northern border crossing for trade.";

  it("reads the crawler's date tag and date lines as the page's date, and drops them", () => {
    const tagged = cleanArticle(`date 2023-04-02 Skip to main content\n\nBorder crossing to reopen\n\n${prose}`);
    expect(tagged).toEqual({ title: "Border crossing to reopen", body: prose, pageDate: new Date("2023-04-02T00:00:00Z") });
    const widget = cleanArticle(`Border crossing to reopen\nTuesday Apr 4 2023\nBy\nReuters\n${prose}`);
    expect([widget.body, widget.pageDate]).toEqual([prose, new Date("2023-04-04T00:00:00Z")]);
    // A date inside the story is the story's, not the page's.
    expect(cleanArticle(`${prose}\nThe crossing closed on March 3, 2021.`).pageDate).toBeNull();
  });

  it("drops language switchers, font and comment widgets, credits and lists of other stories", () => {
    const raw = [
      "Border crossing to reopen",
      "• English",
      "• Français",
      "0 Comment(s)Print E-mail Agency, April 4, 2023",
      "Adjust font size:",
      "Officials at the crossing on Tuesday. Jane Roe/AFP via Getty Images",
      "Traders wait at the gate. AP",
      prose,
      "More rain is expected this week, the weather service said in a statement on Monday.",
      "Singer Announces Surprise Tour Of Small Towns -",
      "Ten Recipes For A Rainy Weekend At Home -",
      "Local Team Wins Derby After Late Goal",
      "Our Standards: The Trust Principles.",
      "Anything after the footer goes too.",
    ].join("\n");
    expect(cleanArticle(raw)).toEqual({
      title: "Border crossing to reopen",
      body: `${prose}\n\nMore rain is expected this week, the weather service said in a statement on Monday.`,
      // The comment widget's line carries the page's date.
      pageDate: new Date("2023-04-04T00:00:00Z"),
    });
  });
});

describe("appeals, timestamps and banners", () => {
  const prose = "The council met on Tuesday and approved the new budget for schools and roads after a long debate.";

  it("drops blocks that address the reader about money, membership or sign-ups, timestamps, desk bylines and shouted ads", () => {
    const raw = [
      "Council approves budget",
      "March 3, 2022 / 9:15 AM / 2 years ago",
      "City Desk",
      "Add The Daily Town to homescreen",
      prose,
      "WIN BIG!! LOCAL MAN REVEALS SECRET TRICK",
      "Keep us independent: Subscribe to our free newsletter today.",
      "We fell short of our goal this year, so please consider a donation to keep our reporting free.",
      "Become a member",
      "Sign in to share your thoughts and join the conversation.",
      "The mayor said the plan would take two years.",
    ].join("\n");
    expect(cleanArticle(raw)).toEqual({
      title: "Council approves budget",
      body: `${prose}\n\nThe mayor said the plan would take two years.`,
      pageDate: new Date("2022-03-03T00:00:00Z"),
    });
  });
});

describe("menus above the story", () => {
  it("does not end the page at a footer heading that stands above the story, and drops the menu of headlines there", () => {
    const raw = [
      "Trending now",
      "City council names new transport chief today",
      "Heatwave warning issued for the weekend ahead",
      "Local team reaches the cup final again",
      "Ministers agree on border crossing",
      "The ministers of both countries met on Tuesday and agreed to reopen the northern border crossing for trade.",
      "Related articles",
      "Other story headline here",
    ].join("\n");
    expect(cleanArticle(raw)).toEqual({
      title: "Ministers agree on border crossing",
      body: "The ministers of both countries met on Tuesday and agreed to reopen the northern border crossing for trade.",
      pageDate: null,
    });
  });
});

describe("icon labels, editor's notes, bios and captions", () => {
  const prose = "The council met on Tuesday and approved the new budget for schools and roads after a long debate.";
  const more = "The mayor said the plan would take two years to finish and would be paid for by the region.";

  it("drops icon labels, editor's notes, author bios, related-story headings and a caption between paragraphs", () => {
    const raw = [
      "Council approves budget",
      "shareicon closeicon",
      `playicon ${prose}`,
      "Council members backed the new budget despite a protest by residents outside",
      more,
      "Editor's note: This story has been updated with the final vote.",
      "Jane Roe is a senior reporter at The Daily Town covering local politics.",
      "Follow her on Twitter for updates.",
      "About the author",
      "Jane has covered the council for ten years.",
    ].join("\n");
    expect(cleanArticle(raw)).toEqual({ title: "Council approves budget", body: `${prose}\n\n${more}`, pageDate: null });
  });

  it("keeps a story sentence about a journalist and a long line that ends a paragraph", () => {
    const raw = ["Reporter freed after months", "John Doe is a journalist who was detained in the capital for two months last year.", more].join("\n");
    expect(cleanArticle(raw).body).toBe(`John Doe is a journalist who was detained in the capital for two months last year.\n\n${more}`);
  });
});

describe("page chrome on unseen layouts", () => {
  const story = "The port authority said on Friday the harbour would reopen after the storm had passed the coast.";

  it("drops a run of lines asking the reader for money, with the name and role signing it", () => {
    const raw = [
      "Your backing keeps our newsroom going",
      "As your city correspondent, I ask the questions that matter to you.",
      "Your donation lets us keep reporting for you all year round",
      "Jane Roe",
      "City Correspondent",
      "Harbour reopens after storm",
      story,
    ].join("\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Harbour reopens after storm", body: story });
  });

  it("keeps quoted speech that addresses someone as 'you', even beside a newsletter line", () => {
    const quote = '"If you want full accountability, you need us on air every day," the presenter said.';
    const raw = ["Harbour reopens after storm", quote, "Sign up to our free weekly newsletter", '"You can pass that on to your boss," she added.'].join("\n\n");
    expect(cleanArticle(raw).body).toBe(`${quote}\n\n"You can pass that on to your boss," she added.`);
  });

  it("drops share buttons whose labels were glued together, section labels, logos, browser notices and comment threads", () => {
    const raw = [
      "Weather",
      "We no longer support Internet Explorer. Please use another browser to read this site, as we encourage you to do.",
      "Harbour reopens after storm",
      "Share this articleComments",
      "Daily Harbour logo",
      story,
      "One thought on “Harbour reopens after storm”",
      "Great news for the town.",
      "Comments are closed.",
    ].join("\n\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Harbour reopens after storm", body: story });
  });

  it("drops teasers of other stories cut off with an ellipsis, with the headlines that link them", () => {
    const raw = [
      "Harbour reopens after storm",
      "Fishing Fleet Returns to Port",
      "By A. Writer The fishing fleet came back to port on Sunday after a week at sea, bringing a record catch and…",
      story,
    ].join("\n\n");
    expect(cleanArticle(raw).body).toBe(story);
  });

  it("strips a date glued to the headline, live-blog cross-references and a row of repeated keyword tags", () => {
    const raw = ["Port Harbour Storm Town Council Port Harbour Storm", "Harbour reopens after storm |12 March 2024", `${story.slice(0, -1)} (see 9.15am).`].join("\n\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Harbour reopens after storm", body: story });
  });
  it("drops source and timestamp lines, reading-time rows, comment widgets, 'click here' lines, a trailing caption and a reporting credit", () => {
    const raw = [
      "Harbour reopens after storm",
      "Source:Wire Published: 2024-03-12 21:24:38",
      "Mar 12, 2024  •  1 hour ago  •  < 1 minute read  •  Join the conversation",
      `${story} Harbour master Jon Lie (ABC Photo)`,
      "The town council praised the crews. (Reporting by Ann Berg; Editing by Tom Lund)",
      "blog comments powered by Disqus",
      "Connect with the Harbour Times Newsroom:",
      "For corrections to this story, click here. To submit a letter to the editor, click here.",
    ].join("\n\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Harbour reopens after storm", body: `${story}\n\nThe town council praised the crews.` });
  });
  it("drops cookie panels, market tickers, statistics boxes, print menus, share prompts and a trailing agency slug", () => {
    const raw = [
      "Manage Consent Preferences",
      "We use cookies to improve your visit and to measure traffic.",
      "Always Active",
      "Functional cookies keep the site working and remember your choices.",
      "XYZ 12.40 Increased By ▲ 0.35 (2.90%)",
      "IDX100 52,310 Decreased By ▼ -410.5 (-0.78%)",
      "Coronavirus",
      "HIGH RISK Source: health.gov.ng",
      "312,480",
      "May 12, 2020 PRINT EDITION ► MARKETS ► Dollar Rate ►",
      "Harbour reopens after storm",
      "City Desk 12 May 2020",
      "Kindly share this post",
      `${story} PTI KRS RDK`,
      "Поделиться:",
    ].join("\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Harbour reopens after storm", body: story, pageDate: new Date("2020-05-12T00:00:00Z") });
  });

  it("drops WordPress bylines, image sources, share buttons, feed disclaimers and comment prompts", () => {
    const raw = [
      "Harbour reopens after storm",
      "By Ada Musa - March 3, 2021",
      "Written by Ada Musa",
      "Image source: Twitter",
      story,
      "Click to share on Twitter (Opens in new window)",
      "Like this:",
      "Continue Reading",
      "(This report is auto-generated from a syndicated news feed and was not edited.)",
      "Disclaimer: This post has been auto-published from an agency feed without any modifications.",
      "Leave a Reply Cancel reply",
      "You must be logged in to post a comment.",
    ].join("\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Harbour reopens after storm", body: story });
  });

  it("drops an 'Also read' link inside the story without cutting the story there", () => {
    const later = "The harbour master said the first ferries would sail again on Saturday morning.";
    const raw = ["Harbour reopens after storm", story, "Also Read | Storm closes schools across the coast for a second day", later, "Previous articleFerry fares rise", "Jo Lie is the online editor of Harbour Times. Her interests include boats and sailing."].join("\n");
    expect(cleanArticle(raw).body).toBe(`${story}\n\n${later}`);
    const labelled = ["Harbour reopens after storm", story, "ALSO READ", "Storm closes schools across the coast for a second day", later].join("\n");
    expect(cleanArticle(labelled).body).toBe(`${story}\n\n${later}`);
  });

  it("drops dated timestamps, counters, photo-agency credits and a name above a photo credit", () => {
    const raw = ["14 Mar. 09:20 (UTC+3 MSK)", "08:15 12.03.2025", "Stats@Counter.ru", "Harbour reopens after storm", "Иван Смирнов/ ТАСС", story, "Olga Ivanova", "Photo: Harbour Authority"].join("\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Harbour reopens after storm", body: story });
  });

  it("drops WordPress breadcrumbs, bureau bylines, channel appeals, post navigation, comment forms and footer menus", () => {
    const raw = [
      "Home » News » Politics",
      "Home / News / Politics",
      "Harbour reopens after storm",
      "NDT Bureau",
      "Photo Credit : AP Photo",
      story,
      "Join our WhatsApp Channel for the latest news",
      "Previous Post",
      "Name *",
      "Post Comment",
      "About Us Contact Us Privacy Policy Terms of Use",
      "Designed by WebStudio",
      "Follow Us",
      "Give Feedback",
      "Go to video",
      "Ada Musa says:",
      "March 3, 2021 at 5:14 pm",
      "Please login to comment",
      "Get the latest news delivered to your inbox",
      "Edited by: Ada Musa",
      "Views: 1,234",
      "Reading Time: 3 minutes",
      "Print this page",
    ].join("\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Harbour reopens after storm", body: story });
  });

  it("drops an edition line of date and label and strips a video host glued to the headline", () => {
    const raw = ["Mon Feb 11, 2019 Daily E-PAPER", "Harbour reopens after storm player.videohost.com", story].join("\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Harbour reopens after storm", body: story });
  });

  it("keeps the headline when a teaser cutting off the first paragraph stands between them", () => {
    const first = "Council members are expected to reject the harbour plan at the session. That would force the mayor to seek votes from the opposition benches.";
    const raw = ["Harbour plan in trouble", "Harbour plan in trouble", "By Harbour Times", "Share this article", first.slice(0, first.indexOf(" opposition")), "ADVERTISEMENT", first, story].join("\n\n");
    expect(cleanArticle(raw)).toMatchObject({ title: "Harbour plan in trouble", body: `${first}\n\n${story}` });
  });
});
