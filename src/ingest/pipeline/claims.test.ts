import { extractActors } from "./actors";
import { extractClaims } from "./claims";
import { quoteSpans } from "./quotations";
import { splitSentences } from "./sentences";

function claimsOf(body: string) {
  const sentences = splitSentences(body);
  const actors = extractActors(body, sentences);
  const claims = extractClaims(body, sentences, actors);
  const speaker = (key?: string) => actors.actors.find((a) => a.key === key)?.name;
  return { claims, list: claims.map((c) => [speaker(c.speakerKey), c.text]), body };
}

describe("extractClaims", () => {
  it("gives 'it' to the body that spoke before, and 'they' or 'the three countries' to the voices just quoted", () => {
    const { list } = claimsOf(
      "The Norwegian Foreign Ministry said the envoy arrived on Monday. It said both sides discussed fishing quotas. " +
        "Denmark, Iceland and Norway said on Friday the talks had been useful. They said a new round would follow. " +
        "The three countries reiterated their commitment to the treaty.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Norwegian Foreign Ministry", "Norwegian Foreign Ministry", "Norway", "Norway", "Norway"]);
  });

  it("keeps a quotation over several sentences as one claim, unless a sentence in it reports another statement", () => {
    const { list } = claimsOf(
      "“The road is long. But we will get there. It will take courage,” said Finnish Trade Minister Ilkka Saarivuo. " +
        "“The minister met the envoy. He also renewed his support, describing the deal as vital,” the Reuters news agency reported.",
    );
    expect(list.map(([, text]) => String(text).slice(0, 20))).toEqual(["“The road is long. B", "“The minister met th", "He also renewed his "]);
  });

  it("finds the speaker set off by commas before the verb, and the body that issued a statement", () => {
    const { list } = claimsOf(
      "Newly appointed minister of trade, Kaarel Tamvere, has declared that exports will grow. A statement by the World Trade Organization read: 'Talks will resume in May.'",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Kaarel Tamvere", "World Trade Organization"]);
  });

  it("gives 'the ministry said' and 'according to the spokesman' to the body or person named before", () => {
    const { list } = claimsOf(
      "The Estonian Foreign Ministry said the envoy would arrive on Monday. The talks will cover energy, the ministry said. " +
        "Ministry spokesman Kaarel Tamvere briefed reporters. According to the spokesman, a deal is close.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Estonian Foreign Ministry", "Estonian Foreign Ministry", "Kaarel Tamvere"]);
  });

  it("keeps the speaker when an outlet only carried the words, and reads a statement named after its verb", () => {
    const { list } = claimsOf(
      "Finnish Trade Minister Ilkka Saarivuo spoke to reporters in Oslo. “We are ready to sign,” he said, according to the Reuters news agency. " +
        "The next round will open in May, says the joint statement of Finland and Sweden.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Ilkka Saarivuo", "Finland"]);
  });

  it("attributes reported speech and direct quotes, with offsets into the body", () => {
    const { claims, list, body } = claimsOf(
      "Chilean President Gabriel Boric said the reform would pass. “We have the votes,” Boric told reporters.",
    );
    expect(list).toEqual([
      ["Gabriel Boric", "Chilean President Gabriel Boric said the reform would pass."],
      ["Gabriel Boric", "“We have the votes,” Boric told reporters."],
    ]);
    for (const claim of claims) expect(body.slice(claim.start, claim.end)).toBe(claim.text);
    expect(claims[1].quote).toBe("We have the votes");
  });

  it("sends he/she back to the last speaker and a following bare quotation to the same speaker", () => {
    const { list } = claimsOf(
      "Economist Laura Chen told the daily Handelsblatt that growth would slow. “Demand is weak,” she said. “Exports are falling too, and prices keep rising.”",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Laura Chen", "Laura Chen", "Laura Chen"]);
  });

  it("lets outlets, governments and collective subjects speak", () => {
    const { list } = claimsOf(
      "The ceasefire held overnight, the news agency Kyodo said. A statement from the Japanese government said aid would follow. Danish officials stressed the need for calm.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Kyodo", "Japan", "Denmark"]);
  });

  it("resolves 'according to' and passive attributions, and skips unattributed ones", () => {
    const { list } = claimsOf(
      "The vote is set for June, according to the broadcaster TVN24. The minister will resign, as reported on Monday by the Polsat News channel. Sources said the talks had stalled.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["TVN24", "Polsat News"]);
  });

  it("splits a sentence with two speakers at the second speaker's clause", () => {
    const { list } = claimsOf(
      "Reports indicate that the border closed, but Finnish Interior Minister Mari Rantanen stressed that it remained open.",
    );
    expect(list).toEqual([["Mari Rantanen", "Finnish Interior Minister Mari Rantanen stressed that it remained open."]]);
  });

  it("gives each follow-up verb with its own quotation a claim of its own", () => {
    const { list } = claimsOf(
      "Vice President Sara Duterte called the plan “reckless” and warned it would “hurt the poor,” while adding that talks must continue.",
    );
    expect(list).toEqual([
      ["Sara Duterte", "Vice President Sara Duterte called the plan “reckless”"],
      ["Sara Duterte", "and warned it would “hurt the poor,” while adding that talks must continue."],
    ]);
  });

  it("reads the subject of a participle clause and a role phrase as the speaker", () => {
    const { list } = claimsOf(
      "Spanish Foreign Minister José Manuel Albares arrived late. Mr Albares thanked the hosts, saying the meeting was useful. Spain's foreign minister said more talks would follow.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["José Manuel Albares", "José Manuel Albares"]);
  });

  it("ignores reporting verbs inside quotations and passive 'described as'", () => {
    const { list } = claimsOf("The meeting was attended by diplomats and described as “cordial”. “He said nothing,” Anna Berg noted.");
    expect(list).toEqual([["Anna Berg", "“He said nothing,” Anna Berg noted."]]);
  });
});

describe("pronouns after an unnamed official", () => {
  it("does not send 'he' back past a minister the text leaves unnamed", () => {
    const { list } = claimsOf(
      "“We are ready,” Finnish President Alexander Stubb said. The Estonian foreign minister welcomed the offer. “We accept,” he told reporters.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Alexander Stubb"]);
  });
});

describe("subjects set off by a relative clause", () => {
  it("finds the speaker before ', who ...,'", () => {
    const { list } = claimsOf("Premier Mark Carney arrived in Astana. Carney, who met the president for two hours, told reporters that trade would grow.");
    expect(list.map(([speaker]) => speaker)).toEqual(["Mark Carney"]);
  });
});

describe("verbs that report speech only in some uses", () => {
  it("reads 'called on' as a claim but not a phone call or a welcome", () => {
    const { list } = claimsOf(
      "Irish Premier Simon Harris called Chancellor Olaf Scholz on Monday. Simon Harris called on both sides to stop. Harris welcomed the delegation.",
    );
    expect(list).toEqual([["Simon Harris", "Simon Harris called on both sides to stop."]]);
  });
});

describe("quoteSpans", () => {
  it("pairs curly quotes across paragraphs and straight quotes within one", () => {
    const body = "“First part.\n\nSecond part,” she said. He called it \"fine\".";
    const spans = quoteSpans(body).map((q) => body.slice(q.start, q.end));
    expect(spans).toEqual(["“First part.\n\nSecond part,”", '"fine"']);
  });
});

describe("unnamed sources and closing attributions", () => {
  it("keeps what unnamed sources say, without a speaker, but not a fact merely sourced at the end", () => {
    const { list } = claimsOf(
      "According to people familiar with the talks, Chile had blocked the text for a week. " +
        "Officials from Peru arrived in Lima on Monday, according to sources. " +
        "The cabinet met late, but analysts said the coalition would survive.",
    );
    expect(list).toEqual([
      [undefined, "According to people familiar with the talks, Chile had blocked the text for a week."],
      [undefined, "The cabinet met late, but analysts said the coalition would survive."],
    ]);
  });

  it("gives a sentence closed by its attribution to that source, even with an embedded voice", () => {
    const { list } = claimsOf(
      "Nordic Cargo Air, which the NATO says moved rockets, was also listed, according to Swedish spokesperson Lena Berg.",
    );
    expect(list).toEqual([["Lena Berg", "Nordic Cargo Air, which the NATO says moved rockets, was also listed, according to Swedish spokesperson Lena Berg."]]);
  });

  it("reads through an aside between the speaker and the verb", () => {
    const { list } = claimsOf("Chilean Foreign Minister Alberto Ortega met his guest. Ortega, for his part, said trade would double.");
    expect(list).toEqual([["Alberto Ortega", "Ortega, for his part, said trade would double."]]);
  });
});

describe("single curly quotation marks", () => {
  it("takes ‘…’ as a quotation while Lima’s and the countries’ stay apostrophes", () => {
    const body = "Lima’s envoy called the move ‘illegal and unjustified’, the countries’ ministers said.";
    expect(quoteSpans(body).map((q) => body.slice(q.start, q.end))).toEqual(["‘illegal and unjustified’"]);
    const { claims } = claimsOf("Peruvian minister Ana Ruiz said the plan was ‘a bridge between two oceans’.");
    expect(claims[0].quote).toBe("a bridge between two oceans");
  });
});

describe("apposition between speaker and verb", () => {
  it("reads through \", an adviser to ..., said\"", () => {
    const { list } = claimsOf("Mr Quispe, an adviser to the Peruvian president, said on Monday that the talks would resume.");
    expect(list).toEqual([["Quispe", "Mr Quispe, an adviser to the Peruvian president, said on Monday that the talks would resume."]]);
  });

  it("leaves a source in a ministry unnamed, and gives 'the X Court in Y' to the court, not the place", () => {
    const { list } = claimsOf(
      "A source in the office of Ruritanian Prime Minister Ivan Petrov confirmed to Tass on Monday that two ministers were detained. " +
        "The official was fined for fraud, the Supreme Court of Estonia in Tallinn said in a statement.",
    );
    expect(list).toEqual([
      [undefined, "A source in the office of Ruritanian Prime Minister Ivan Petrov confirmed to Tass on Monday that two ministers were detained."],
      ["Supreme Court of Estonia", "The official was fined for fraud, the Supreme Court of Estonia in Tallinn said in a statement."],
    ]);
  });

  it("gives words an outlet reported to the person who said them, and 'Iranian state media reported' to no one", () => {
    const { list } = claimsOf(
      "Finnish Trade Minister Ilkka Saarivuo has said that the talks had been useful, the Financial Times reported on Friday. " +
        "Ilkka Saarivuo visited Oslo on Tuesday for talks with senior officials, Norwegian state media reported.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Ilkka Saarivuo", undefined]);
  });

  it("splits 'said that A and added that B' into two claims and keeps an opening 'In comments reported by X' with the speaker", () => {
    const { list } = claimsOf(
      "Finnish Trade Minister Ilkka Saarivuo said that the envoy brought no message and added that none was expected. " +
        "In separate comments reported by the Reuters news agency, Saarivuo said he had offered to mediate.",
    );
    expect(list).toEqual([
      ["Ilkka Saarivuo", "Finnish Trade Minister Ilkka Saarivuo said that the envoy brought no message"],
      ["Ilkka Saarivuo", "added that none was expected."],
      ["Ilkka Saarivuo", "In separate comments reported by the Reuters news agency, Saarivuo said he had offered to mediate."],
    ]);
  });

  it("finds the speaker after an opening participle phrase, a participle aside with an auxiliary, and 'X and its allies'", () => {
    const { list } = claimsOf(
      "Speaking to reporters on the sidelines of a cabinet meeting, Ilkka Saarivuo also addressed the dispute, saying that a new round had begun. " +
        "Earlier this month, Kaarel Tamvere, referring to the border talks, had said that they were going well. " +
        "Estonia and its Baltic allies have accused Norway of closing the route — a charge Norway has denied.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Ilkka Saarivuo", "Kaarel Tamvere", "Estonia", "Norway"]);
  });

  it("gives 'a court in Estonia' no speaker rather than the country, but 'a statement from the Estonian government' to the state", () => {
    const { list } = claimsOf("A court in Estonia said on Monday it had jailed the former mayor. A statement from the Estonian government said the ruling was fair.");
    expect(list).toEqual([["Estonia", "A statement from the Estonian government said the ruling was fair."]]);
  });

  it("gives a sentence opened by 'According to X' to X, even when officials are its subject", () => {
    const { list } = claimsOf("According to the World Health Organization, Samoan health officials have confirmed 14 deaths.");
    expect(list).toEqual([["World Health Organization", "According to the World Health Organization, Samoan health officials have confirmed 14 deaths."]]);
  });

  it("gives 'the Norwegian ministry's statement' to that country's ministry, not to the country", () => {
    const { list } = claimsOf(
      "The Norwegian Foreign Ministry said the envoy arrived on Monday. “Cooperation will grow,” the Norwegian ministry’s statement said.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Norwegian Foreign Ministry", "Norwegian Foreign Ministry"]);
  });

  it("keeps a third source's words unattributed beside a named voice in the same sentence", () => {
    const { list } = claimsOf(
      "Finance Minister Kaarel Tamvere is also leaving the cabinet, a government source said on Monday, and Prime Minister Ilkka Saarivuo announced his own resignation.",
    );
    expect(list).toEqual([
      [undefined, "Finance Minister Kaarel Tamvere is also leaving the cabinet, a government source said on Monday"],
      ["Ilkka Saarivuo", "and Prime Minister Ilkka Saarivuo announced his own resignation."],
    ]);
  });
});

describe("extractClaims: unnamed voices and speakers across clauses", () => {
  it("leaves a claim of 'a spokesperson for X' or 'a U.S. official' unattributed, and gives plural traders none", () => {
    const { list } = claimsOf(
      "Prime Minister Anna Berg met the unions on Monday. A spokesperson for Ms Berg said the meeting had been useful. " +
        "A U.S. official told reporters the offer was final. Traders said the deal might not be enough.",
    );
    expect(list).toEqual([
      [undefined, "A spokesperson for Ms Berg said the meeting had been useful."],
      [undefined, "A U.S. official told reporters the offer was final."],
      [undefined, "Traders said the deal might not be enough."],
    ]);
  });

  it("keeps 'X said it has confirmed that ...' whole as X's claim", () => {
    const { list } = claimsOf("WASHINGTON — The Federal Bureau of Investigation said on Wednesday it has confirmed that the fugitive was killed.");
    expect(list).toEqual([["Federal Bureau of Investigation", "WASHINGTON — The Federal Bureau of Investigation said on Wednesday it has confirmed that the fugitive was killed."]]);
  });

  it("reads a noun after a determiner as no reporting verb, and 'measures announced by X' as no statement of X", () => {
    const { list } = claimsOf(
      "Anna Berg made these comments at a meeting with editors. " +
        "Ivan Petrov said the vote planned for April was delayed due to measures announced by President Lars Holm.",
    );
    expect(list).toEqual([["Ivan Petrov", "Ivan Petrov said the vote planned for April was delayed due to measures announced by President Lars Holm."]]);
  });

  it("keeps a quotation whose speaker says 'I believe' as one claim, and gives it to the name before a title aside", () => {
    const { list } = claimsOf(
      "“We are two years into the plan. Some win, some lose, but I believe we are on track,” Helen Ray, CFO of Acme Holdings, told the “Morning Show” on Thursday.",
    );
    expect(list).toEqual([["Helen Ray", "“We are two years into the plan. Some win, some lose, but I believe we are on track,” Helen Ray, CFO of Acme Holdings, told the “Morning Show” on Thursday."]]);
  });
});

describe("extractClaims: pronouns and short names in attribution phrases", () => {
  it("gives 'according to him' to the person who spoke just before, and 'according to' a middle name to its bearer", () => {
    const { list } = claimsOf(
      "The summit will be held in May, Foreign Minister Ivan Petrov said. The agency reported that, according to him, trade will top the agenda. " +
        "Minister of Culture Ahmed Saleem Ali Hassan joined the council. According to council member Saleem, it will meet monthly.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Ivan Petrov", "Ivan Petrov", "Ahmed Saleem Ali Hassan"]);
  });
});

describe("extractClaims: indirect speech of unseen shapes", () => {
  it("finds the speaker after an office in capitals and keeps the quotation after a straight-quoted question", () => {
    const { list } = claimsOf(
      '"Why keep the plant running?" said Deputy Minister of Energy Piotr Nowak. "The time to close it is now." ' +
        "Nowak called it a first step, but he expressed doubts about the timetable.",
    );
    expect(list).toEqual([
      ["Piotr Nowak", '"Why keep the plant running?" said Deputy Minister of Energy Piotr Nowak.'],
      ["Piotr Nowak", '"The time to close it is now."'],
      ["Piotr Nowak", "Nowak called it a first step"],
      ["Piotr Nowak", "he expressed doubts about the timetable."],
    ]);
  });

  it("reads 'called the accord “...”', 'hailed ... as', an -ly adverb, a shared subject after 'but' and 'adding that' after 'said'", () => {
    const { list } = claimsOf(
      "Foreign Minister Lena Kask hailed the deal as historic. Kask called the accord “a turning point”. " +
        "She promptly urged both sides to honour it. She also praised the mediators but told reporters more work was needed. " +
        "Kask said the talks went well, adding that a new round would follow.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(Array(6).fill("Lena Kask"));
    expect(list.map(([, text]) => String(text).slice(0, 24))).toEqual([
      "Foreign Minister Lena Ka",
      "Kask called the accord “",
      "She promptly urged both ",
      "She also praised the med",
      "Kask said the talks went",
      "adding that a new round ",
    ]);
  });

  it("keeps 'officials attending the talks said' unattributed and gives a title after the name to the person", () => {
    const { list } = claimsOf(
      "Compliance checks will begin soon, officials attending the talks said. " +
        "“The count is final”, Kodjo Amegan, President of the Electoral Commission said.",
    );
    expect(list).toEqual([
      [undefined, "Compliance checks will begin soon, officials attending the talks said."],
      ["Kodjo Amegan", "“The count is final”, Kodjo Amegan, President of the Electoral Commission said."],
    ]);
  });

  it("does not give 'the chief U.S. envoy' to another country's chief envoy", () => {
    const { list } = claimsOf(
      "The chief U.S. envoy praised the deal. “It is a start,” said Japan's chief envoy, Kenji Sato.",
    );
    expect(list.filter(([, text]) => String(text).startsWith("The chief"))).toEqual([]);
  });

describe("extractClaims: unnamed spokespeople and press services", () => {
  it("gives an unnamed spokesman of a body, and 'he' or 'the spokesman' after him, to the body; a spokesperson for a person stays unattributed", () => {
    const { list } = claimsOf(
      "The talks will resume on Monday, a Finance Ministry spokesman said in a statement. The spokesman further stated that there is no deadline. " +
        "He added that Finance Minister Shaukat Tarin is still in Washington. He said the team would meet in New York. " +
        "A spokesperson for Ms Ardern said the quotes had been an error.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Finance Ministry", "Finance Ministry", "Finance Ministry", "Finance Ministry", undefined]);
  });

  it("keeps 'the spokesman' after an unnamed spokesperson for a person unnamed, and gives '“...,” reads the statement' to who sent it", () => {
    const { list } = claimsOf(
      "National's foreign affairs spokesman Todd McClay criticised the change. A spokesperson for Ms Ardern said the quotes had been an error. " +
        "\"It was an editing mistake,\" the spokesman said.\n\nOleg Ozerov, on behalf of the minister, has sent a greeting message to the participants. " +
        "\"Russia cooperates with the group on a wide range of issues,\" reads the statement.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Todd McClay", undefined, undefined, "Oleg Ozerov"]);
  });

  it("reads a demonym in the title after 'said', 'the top Chinese diplomat' as the foreign minister, and a possessive apposition before the verb", () => {
    const { list } = claimsOf(
      "“This is a weak result,” said former Filipino negotiator Jasper Inventor. Chinese Foreign Minister Wang Yi met his counterparts. " +
        "The top Chinese diplomat said the meeting prepared a summit. Tufan Erginbilgic, Airbus's engine partner and a supplier to Boeing, said on Thursday the targets would be met.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Jasper Inventor", "Wang Yi", "Tufan Erginbilgic"]);
  });

  it("gives 'the Russian leader' to the state's president, and a verb after a time phrase to the name before the comma", () => {
    const { list } = claimsOf(
      "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi. \"We are open to dialogue,\" the Russian leader said. " +
        "The commission's chairman, Kwame Mensah, on Wednesday declared President Nana Akufo-Addo the winner.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Vladimir Putin", "Kwame Mensah"]);
  });

  it("gives 'the minister said' to the minister who has been speaking rather than the prime minister he quoted", () => {
    const { list } = claimsOf(
      "Foreign Minister Shah Mahmood Qureshi said the opposition had failed. He said Prime Minister Imran Khan had zero tolerance for corruption. " +
        "The minister said the opposition lacked an agenda.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Shah Mahmood Qureshi", "Shah Mahmood Qureshi", "Shah Mahmood Qureshi"]);
  });

  it("reads 'X said this' as X's statement of the sentence before, and 'the management of the company in a statement, said' as the company's", () => {
    const { list } = claimsOf(
      "Azerbaijan understands the concern of the world community. Hikmet Hajiyev, assistant to the president, said this on Monday.\n\n" +
        "Pinnacle Communications Ltd runs the network. The management of the company in a statement issued on Sunday, said the reports were false.",
    );
    expect(list).toEqual([
      ["Hikmet Hajiyev", "Azerbaijan understands the concern of the world community. Hikmet Hajiyev, assistant to the president, said this on Monday."],
      ["Pinnacle Communications Ltd", "The management of the company in a statement issued on Sunday, said the reports were false."],
    ]);
  });

  it("reads a subject with its bracketed acronym, and a full name ending in 'Junior'", () => {
    const { list } = claimsOf(
      "Angola's National Electoral Commission (CNE) said on Thursday that the ruling party had won. UNITA leader Adalberto Costa Junior said the party did not recognise the results.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["National Electoral Commission", "Adalberto Costa Junior"]);
  });

  it("gives 'the X Ministry's press service reported' to the ministry, and splits a place off the full name a title governs", () => {
    const { list } = claimsOf("Azerbaijan and Russia have reviewed the situation, the Russian Foreign Ministry's press service reported. The head of Dagestan Sergey Melikov said the forum should be annual.");
    expect(list.map(([speaker]) => speaker)).toEqual(["Russian Foreign Ministry", "Sergey Melikov"]);
  });
});

  it("reads 'recommended' as speech and drops an engineer's title from the speaker", () => {
    const { list } = claimsOf(
      "Minister for Power, Engineer Khalid Ahmed Khan has said that the grid will hold. The panel recommended that the plant be closed, said Khalid Ahmed.",
    );
    expect(list[0]).toEqual(["Khalid Ahmed Khan", "Minister for Power, Engineer Khalid Ahmed Khan has said that the grid will hold."]);
    const { list: advice } = claimsOf("The Electoral Commission's chairperson, Mary Osei, recommended that voters register early.");
    expect(advice).toEqual([["Mary Osei", "The Electoral Commission's chairperson, Mary Osei, recommended that voters register early."]]);
  });

  it("skips an apposition opened by 'the' between the speaker and the verb", () => {
    const { list } = claimsOf("Mr Kofi Mensah, the Municipal Director of Health Services, has said the district was hit by malaria.");
    expect(list).toEqual([["Kofi Mensah", "Mr Kofi Mensah, the Municipal Director of Health Services, has said the district was hit by malaria."]]);
  });
  it("keeps unnamed officials and sources without a speaker, and lets the unnamed official go on", () => {
    const { list } = claimsOf(
      "Foreign Minister Ilkka Saarivuo met the envoys. Saarivuo stressed the importance of trade. " +
        "The Italian ambassador, for his part, said, “We are proud to work here.” He added that ties would grow. " +
        "Producers were struggling to agree, Acme Oil sources said.",
    );
    expect(list.map(([speaker]) => speaker)).toEqual(["Ilkka Saarivuo", undefined, undefined, undefined]);
  });
});

