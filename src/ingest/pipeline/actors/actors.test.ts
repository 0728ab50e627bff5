import type { ExtractedActor } from "../../types";
import { extractActors } from ".";
import { splitSentences } from "../sentences";

function actorsOf(body: string, source?: string) {
  const index = extractActors(body, splitSentences(body), source);
  const find = (name: string) => index.actors.find((a) => a.name === name);
  return { index, find };
}

const kinds = (actors: ExtractedActor[]) => Object.fromEntries(actors.map((a) => [a.name, a.kind]));

describe("extractActors", () => {
  it("types people, states, organisations, media and groups", () => {
    const body =
      "Norwegian Foreign Minister Espen Barth Eide met officials of the World Food Programme in Oslo. " +
      "The Kurdish Red Crescent and the Yazidis were also represented, the state broadcaster NRK reported.";
    const { index } = actorsOf(body);
    expect(kinds(index.actors)).toMatchObject({
      "Espen Barth Eide": "PERSON",
      Norway: "STATE",
      "World Food Programme": "ORGANIZATION",
      "Kurdish Red Crescent": "ORGANIZATION",
      Yazidis: "GROUP",
      NRK: "MEDIA",
      Oslo: "PLACE",
    });
  });

  it("does not take a numbered clause for an actor, while a numbered outlet stays one", () => {
    const { index } = actorsOf("Article 40. The accord was signed in Geneva. Under Resolution 2254 talks resume, France 24 reported, and Gate 5 was shut.");
    expect(Object.keys(kinds(index.actors)).sort()).toEqual(["France 24", "Geneva"]);
  });

  it("takes a long title with its 'of ...' tail as the description, never as a name", () => {
    const { index, find } = actorsOf(
      "First Deputy Chairman of the Government of the Republic of Ruritania Ivan Petrov met Minister of Transport and Communications Ana Lima. " +
        "Foreign Minister of Norway Espen Barth Eide joined them, as did President of the European Commission Ursula von der Leyen.",
    );
    expect(find("Ivan Petrov")?.description).toBe("First Deputy Chairman of the Government of the Republic of Ruritania");
    expect(find("Ana Lima")?.description).toBe("Minister of Transport and Communications");
    expect(find("Espen Barth Eide")).toMatchObject({ description: "Foreign Minister of Norway", affiliationKey: "state:NOR" });
    expect(find("Ursula von der Leyen")?.description).toBe("President of the European Commission");
    const names = index.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Norway", "European Commission"]));
    expect(names.filter((name) => /\b(of|Communications|Ruritania)\b/.test(name) && name !== "European Commission")).toEqual([]);
  });

  it("splits an organisation from the title and person that follow it, and reads names with two particles", () => {
    const { find } = actorsOf("European Commission President Ursula von der Leyen spoke first. Von der Leyen said the plan was ready. The British engine-maker Rolls-Royce said profits rose.");
    expect(find("European Commission")?.kind).toBe("ORGANIZATION");
    expect(find("Ursula von der Leyen")).toMatchObject({ kind: "PERSON", description: "President", aliases: ["Ursula von der Leyen", "Von der Leyen"] });
    expect(find("Rolls-Royce")?.kind).toBe("ORGANIZATION");
  });

  it("reads unknown acronyms as bodies, never an 'of' after a title, and event nouns as no names", () => {
    const { index, find } = actorsOf("Meeting in Oslo ends. FIFA and UEFA said the ban would stay, and the Emir of Qatar agreed. The CEO spoke later.");
    expect(find("FIFA")?.kind).toBe("ORGANIZATION");
    expect(find("UEFA")?.kind).toBe("ORGANIZATION");
    expect(index.actors.map((a) => a.name)).not.toEqual(expect.arrayContaining(["of"]));
    expect(index.actors.map((a) => a.name)).not.toEqual(expect.arrayContaining(["Meeting"]));
    expect(find("CEO")).toBeUndefined();
  });

  it("folds an organisation named by its head noun alone into the one named in full, and drops it when there is none", () => {
    const { index, find } = actorsOf("The Estonian Ministry of Health said cases rose. The Ministry says vaccines are ready. The Union says nothing.");
    expect(find("Estonian Ministry of Health")?.aliases).toEqual(["Estonian Ministry of Health", "Ministry", "Ministry of Health of Estonia"]);
    expect(index.actors.map((a) => a.name).sort()).toEqual(["Estonia", "Estonian Ministry of Health"]);
  });

  it("makes one actor of a name and the other name it is also known by, never of two people sharing a surname", () => {
    const { index, find } = actorsOf("Ivan Petrov, better known by his nom de guerre Abu Hassan, was killed. Karim Haddad, also known as Abu Omar, met Samir Haddad.");
    expect(find("Ivan Petrov")?.aliases).toEqual(["Ivan Petrov", "Abu Hassan"]);
    expect(find("Karim Haddad")?.aliases).toEqual(["Karim Haddad", "Abu Omar"]);
    expect(find("Samir Haddad")).toBeDefined();
    expect(index.actors.filter((a) => a.kind === "PERSON")).toHaveLength(3);
  });

  it("keeps the role description and the affiliation of a person", () => {
    const { find } = actorsOf("Iranian Deputy Foreign Minister Kazem Gharibabadi arrived on Sunday.");
    expect(find("Kazem Gharibabadi")).toMatchObject({ description: "Deputy Foreign Minister", affiliationKey: "state:IRN" });
    expect(find("Iran")?.kind).toBe("STATE");
  });

  it("reads lowercase roles and appositions", () => {
    const { find } = actorsOf("Kremlin spokesperson Maria Petrova spoke first. Later, Omar Haddad, the Jordanian special envoy for Libya, replied.");
    expect(find("Maria Petrova")).toMatchObject({ description: "spokesperson", affiliationKey: "state:RUS" });
    expect(find("Omar Haddad")).toMatchObject({ description: "special envoy", affiliationKey: "state:JOR" });
  });

  it("resolves surname-only mentions, transliteration variants, particles and honorifics to one person", () => {
    const body =
      "Defence Minister Khaled al-Mansouri visited the front. Mr Al Mansouri said the line held. " +
      "Later Khalid al-Mansuri toured a hospital, and al-Mansouri thanked the staff.";
    const { index } = actorsOf(body);
    const people = index.actors.filter((a) => a.kind === "PERSON");
    expect(people).toHaveLength(1);
    expect(people[0].aliases).toEqual(expect.arrayContaining(["Khaled al-Mansouri", "Al Mansouri", "Khalid al-Mansuri", "al-Mansouri"]));
    expect(people[0].mentions).toHaveLength(4);
  });

  it("never merges two people who share a surname", () => {
    const body = "Rami Haddad met his brother Samir Haddad in Amman. Samir Haddad later left.";
    const people = actorsOf(body).index.actors.filter((a) => a.kind === "PERSON");
    expect(people.map((p) => p.name).sort()).toEqual(["Rami Haddad", "Samir Haddad"]);
  });

  it("counts demonyms as mentions of the state and a capital that acts as the state", () => {
    const { find } = actorsOf("Egyptian officials were cautious. Cairo wants guarantees, while talks continue in Cairo.");
    const egypt = find("Egypt");
    expect(egypt?.aliases).toEqual(expect.arrayContaining(["Egyptian", "Cairo"]));
    expect(egypt?.mentions).toHaveLength(2);
    expect(find("Cairo")?.kind).toBe("PLACE");
  });

  it("finds outlets by cue and takes the crawler's source as an outlet", () => {
    const body = "(GULFWIRE) Markets rallied, according to Al-Bayan media. Al-Bayan added that oil rose. The news agency Kazinform also reported it.";
    const { index } = actorsOf(body, "GULFWIRE");
    const media = index.actors.filter((a) => a.kind === "MEDIA").map((a) => a.name).sort();
    expect(media).toEqual(["Al-Bayan", "GULFWIRE", "Kazinform"]);
    expect(index.actors.find((a) => a.name === "Al-Bayan")?.mentions).toHaveLength(2);
  });

  it("does not make actors of sentence-initial words, months or subheadings", () => {
    const body = "Beyond Talks\n\nHowever, Tuesday passed quietly. Regular Brazilian shipments resumed in March, Brazilian officials said.";
    const names = actorsOf(body).index.actors.map((a) => a.name);
    // "Brazilian shipments" describes goods; "Brazilian officials" is the state speaking.
    expect(names).toEqual(["Brazil"]);
    expect(actorsOf(body).index.mentions).toHaveLength(1);
  });

  it("reads wire datelines without inventing outlets or people", () => {
    const { index } = actorsOf("OSLO, Oct 15 (Reuters) - Talks resumed at West Block-7 on Friday.");
    expect(kinds(index.actors)).toEqual({ Oslo: "PLACE", Reuters: "MEDIA" });
  });

  it("takes a lone name that speaks for a person, also where it was named before", () => {
    const { find } = actorsOf("Economist Kowalczyk, of Warsaw, was sceptical. Kowalczyk said the text was ready.");
    expect(find("Kowalczyk")).toMatchObject({ kind: "PERSON" });
    expect(find("Kowalczyk")?.mentions).toHaveLength(2);
  });

  it("reads a plural demonym as no actor at all", () => {
    expect(actorsOf("Many Iraqis said they would vote.").index.actors).toEqual([]);
  });

  it("gives a group its lexicon name and keeps every surface form", () => {
    const { find } = actorsOf("Alawite villages were shelled. Many Alawites fled to the coast.");
    expect(find("Alawites")).toMatchObject({ kind: "GROUP", aliases: ["Alawite", "Alawites"] });
  });

  it("keeps holidays, wars and accords out of the actors", () => {
    const names = actorsOf("Fighting paused for Eid al-Fitr, as the Arab Spring anniversary and the Minsk Accords were recalled.").index.actors.map((a) => a.name);
    expect(names).toEqual([]);
  });

  it("merges an acronym with the organisation it abbreviates", () => {
    const { index } = actorsOf("The African Union sent observers. The AU said the vote was calm.");
    const orgs = index.actors.filter((a) => a.kind === "ORGANIZATION");
    expect(orgs).toHaveLength(1);
    expect(orgs[0].aliases).toEqual(["African Union", "AU"]);
  });
});

describe("company names, bracketed acronyms and family-name-first names", () => {
  it("types a name ending in a company word as an organisation", () => {
    const { index } = actorsOf("The ministry listed Andes Cargo Air and Pacifico Marine Industries on Monday, and state mining company Minandes.");
    expect(kinds(index.actors)).toMatchObject({ "Andes Cargo Air": "ORGANIZATION", "Pacifico Marine Industries": "ORGANIZATION", Minandes: "ORGANIZATION" });
  });

  it("merges an acronym in brackets into the name it follows", () => {
    const { find } = actorsOf("The minister spoke to the Peruvian News Agency (PENA) on Monday. PENA said the talks went well.");
    expect(find("Peruvian News Agency")?.aliases).toEqual(["Peruvian News Agency", "PENA"]);
    expect(find("PENA")).toBeUndefined();
  });

  it("keeps a family-name-first name and its first word as one person", () => {
    const { index } = actorsOf("Vietnamese Foreign Minister Bui Thanh visited Lima. Bui said in May that ties were strong.");
    const people = index.actors.filter((a) => a.kind === "PERSON");
    expect(people.map((p) => [p.name, p.aliases])).toEqual([["Bui Thanh", ["Bui Thanh", "Bui"]]]);
  });

  it("treats a surname with the article written into it as the hyphenated one", () => {
    const { index } = actorsOf("Omani envoy Salim Alharthi arrived on Monday. Al-Harthi said the talks were useful.");
    const people = index.actors.filter((a) => a.kind === "PERSON");
    expect(people.map((p) => p.aliases)).toEqual([["Salim Alharthi", "Al-Harthi"]]);
  });

  it("keeps a body opened by a common noun, a title with its 'for' tail, and drops a stock ticker", () => {
    const { index } = actorsOf(
      "The Election Commission of Estonia said on Tuesday that turnout was high. " +
        "He met the Deputy Foreign Minister for Political Affairs Kaarel Tamvere. Shares of Nordwind (LON: NWD) rose.",
    );
    expect(index.actors.map((a) => a.name)).toEqual(expect.arrayContaining(["Election Commission of Estonia", "Kaarel Tamvere"]));
    expect(index.actors.map((a) => a.name)).not.toContain("LON");
    expect(index.actors.map((a) => a.name)).not.toContain("Commission of Estonia");
  });

  it("joins a Portuguese 'do' particle and a double surname written alone, but not a question", () => {
    const { index } = actorsOf("Brazil's envoy Joana Ribeiro do Vale said the deal was weak. How do Russians vote? Ribeiro do Vale added more.");
    const people = index.actors.filter((a) => a.kind === "PERSON");
    expect(people.map((a) => a.name)).toEqual(["Joana Ribeiro do Vale"]);
    expect(people[0]!.mentions).toHaveLength(2);
  });
});

describe("extractActors on titles, aliases and employers", () => {
  it("splits long 'Minister of X and Y' titles from names no dictionary knows, and an office from its body", () => {
    const { index, find } = actorsOf(
      "The council includes the Minister of Environment Thoriq Nasim and the Minister of Gender and Health Mariyam Lutfi. " +
        "President of the Court of Appeal, Justice Anthony Ferrand said the session ended.",
    );
    expect(find("Thoriq Nasim")?.description).toBe("Minister of Environment");
    expect(find("Mariyam Lutfi")?.description).toBe("Minister of Gender and Health");
    expect(find("Anthony Ferrand")?.kind).toBe("PERSON");
    expect(index.actors.map((a) => a.name)).toEqual(expect.arrayContaining(["Court of Appeal"]));
    expect(index.actors.map((a) => a.name).filter((name) => /^(of|Health|President)\b/.test(name))).toEqual([]);
  });

  it("joins an 'also known as' name and a royal's given name to the person, and a company's first word to the company", () => {
    const { index, find } = actorsOf(
      "An air strike killed Hamid bin Karim, also known as Falcon, a militant leader. " +
        "Prince Faisal bin Khalid Al Nasser met the envoy. Prince Faisal said the talks went well. " +
        "Nordvik Energy analyst Louise Dahl said prices would fall. Nordvik cautioned that demand was weak.",
    );
    expect(find("Hamid bin Karim")?.aliases).toEqual(expect.arrayContaining(["Falcon"]));
    expect(index.actors.filter((a) => a.kind === "PERSON").map((a) => a.name).sort()).toEqual(["Faisal bin Khalid Al Nasser", "Hamid bin Karim", "Louise Dahl"]);
    expect(find("Nordvik Energy")?.mentions).toHaveLength(2);
  });

  it("reads 'the X reported' as an outlet and a lowercase 'Saudi foreign ministry' as the ministry", () => {
    const { find } = actorsOf("The Sun reported that the plan leaked. The plan was denied, the Saudi foreign ministry said.");
    expect(find("Sun")?.kind).toBe("MEDIA");
    expect(find("Saudi Foreign Ministry")).toMatchObject({ kind: "ORGANIZATION", affiliationKey: "state:SAU" });
  });
  it("reads a capital letter before a surname as an initial: 'K Ponmudy' is a person, 'A' and 'I' stay words", () => {
    const { index } = actorsOf("The court on Thursday sentenced K Ponmudy and his wife to three years in prison. Ponmudy was minister for mines.");
    expect(index.actors.map((a) => [a.name, a.kind])).toEqual([["K Ponmudy", "PERSON"]]);
  });
  it("takes a name in another order for the same person, a father's different name for another, and 'Apple said' for 'Apple Inc.'", () => {
    const { index } = actorsOf(
      "President Faure Gnassingbé has won a fourth term. Mr. Gnassingbé Essozimna Faure was proclaimed elected. His father, Gnassingbé Eyadema, ruled for 38 years. " +
        "Apple Inc. posted a record quarter. Apple said sales rose.",
    );
    expect(kinds(index.actors)).toEqual({ "Faure Gnassingbé": "PERSON", "Gnassingbé Eyadema": "PERSON", "Apple Inc": "ORGANIZATION" });
  });
  it("reads a capital that is also a given name, between a title and a surname, as part of the name", () => {
    const { index } = actorsOf("Vatican General Sofia Othman said the talks would resume. Envoy Paris Hilton arrived in Sofia.");
    expect(kinds(index.actors)).toMatchObject({ "Sofia Othman": "PERSON", Sofia: "PLACE" });
    expect(index.actors.some((a) => a.name === "Othman")).toBe(false);
  });
  it("splits a place from the title holder after it, and takes a given name with a patronymic for the person of that given name", () => {
    const { index } = actorsOf("Kurdistan Region President Masoud Barzani met the parties. Chairman Rustam Minnikhanov spoke. Rustam Nurgaliyevich put a lot of effort into the book.");
    const people = index.actors.filter((a) => a.kind === "PERSON").map((a) => a.name);
    expect(people).toEqual(["Masoud Barzani", "Rustam Minnikhanov"]);
  });
  it("splits a titled full name from the body after 'of the', and a state's possessive from its body's name", () => {
    const { index, find } = actorsOf("Former President John Dramani Mahama of the National Democratic Congress came second. Mrs Mensa spoke. France's Court of Cassation ruled.");
    expect(kinds(index.actors)).toMatchObject({ "John Dramani Mahama": "PERSON", "National Democratic Congress": "ORGANIZATION", France: "STATE", "Court of Cassation": "ORGANIZATION" });
    expect(find("Mensa")?.description).toBeUndefined();
  });
  it("reads a dateline's city in capitals as a place, and a name after 'analyst at' as the employer", () => {
    const { index } = actorsOf("SOCHI, Sept 4 (Reuters) - Putin met Erdogan in Sochi.\n\n\"Prices rose,\" said Priyanka Sachdeva, senior market analyst at Phillip Nova.");
    expect(kinds(index.actors)).toMatchObject({ Sochi: "PLACE", "Priyanka Sachdeva": "PERSON", "Phillip Nova": "ORGANIZATION" });
  });
  it("takes a role's lowercase complement for no name, reads 'Minister of State for X' before a name, and a title alone for no actor", () => {
    const { index } = actorsOf(
      "The new Ambassador of the People's Democratic Republic of Algeria Zakia Igil arrived. Minister for Power, Khurram Khan, spoke. " +
        "Minister of State for Petroleum Musadik Malik said so, and so did the Minister of State for Petroleum, Musadik Malik.",
    );
    const names = index.actors.filter((a) => a.kind !== "PLACE" && a.kind !== "STATE").map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Zakia Igil", "Musadik Malik"]));
    expect(names.some((name) => /^(of|for) /.test(name) || name.startsWith("Minister") || name.startsWith("Petroleum"))).toBe(false);
  });
  it("takes no title of the next name for an appositive, and no occasion's name for a person", () => {
    const { find, index } = actorsOf(
      "Iranian Foreign Ministry Spokesman Nasser Kanaani spoke. According to Kanaani, Iran's Foreign Minister Hossein Amirabdollahian will travel. " +
        "Jean Mensa declared the winner of the 2020 Presidential Election.",
    );
    expect(find("Nasser Kanaani")?.description).toBe("Spokesman");
    expect(index.actors.some((a) => a.name === "Presidential Election")).toBe(false);
  });
});

describe("company names and shortened three-part names", () => {
  it("reads a company ending in Communications and a chief operating officer's title", () => {
    const { find } = actorsOf("Zenora Communications Limited said on Monday, in a statement by the Chief Operating Officer, Ada Eze, that it is transparent.");
    expect(find("Zenora Communications Limited")?.kind).toBe("ORGANIZATION");
    expect(find("Ada Eze")?.description).toBe("Chief Operating Officer");
    expect(find("Operating")).toBeUndefined();
  });

  it("takes the first two words of a three-part name for the same person", () => {
    const { index } = actorsOf("Khalid Ahmed Khan spoke in Lahore. Later, Khalid Ahmed said the grid will hold.");
    expect(index.actors.filter((a) => a.kind === "PERSON").map((a) => a.name)).toEqual(["Khalid Ahmed Khan"]);
  });

  it("reads the body a spokesman speaks for, not the title, as the actor", () => {
    const { index } = actorsOf("Spokesman for the Ministry of Foreign Affairs Aykhan Hajizada commented on the statement.");
    expect(index.actors.some((a) => /^Spokesman/.test(a.name))).toBe(false);
    const remit = actorsOf("Peter Stano, Spokesperson for the European Commission on Foreign Affairs and Security Policy, replied.");
    expect(remit.index.actors.filter((a) => a.kind === "ORGANIZATION").map((a) => a.name)).toEqual(["European Commission"]);
  });

  it("keeps a name whose word ends in an apostrophe before its particle whole, without the apostrophe", () => {
    const { index } = actorsOf("The statement came from Prime Minister Mohammed Shia’ al-Sudani on Tuesday.");
    expect(index.actors.filter((a) => a.kind === "PERSON").map((a) => a.name)).toEqual(["Mohammed Shia al-Sudani"]);
  });

  it("takes an acronym in brackets after a title for the office, not a body", () => {
    const { index } = actorsOf("The bench headed by Chief Justice of Pakistan (CJP), Justice Gulzar Ahmed, met. The United Nations General Assembly (UNGA) voted.");
    expect(index.actors.some((a) => a.name === "CJP")).toBe(false);
    expect(index.actors.some((a) => a.aliases.includes("UNGA"))).toBe(true);
  });

  it("reads party and firm names the acronym, possessive or analysts around them give away", () => {
    const { index, find } = actorsOf(
      "Mr Kofi Mensah of the People’s National Convention (PNC) and Ama Owusu of the People’s Action Party ran. The CASA-CE coalition lost its seats. " +
        "In a note, Zentrabank analysts said prices would rise, and Quorix analyst Lena Brandt agreed.",
    );
    expect(find("People’s National Convention")?.kind).toBe("ORGANIZATION");
    expect(find("People’s Action Party")?.kind).toBe("ORGANIZATION");
    expect(find("CASA-CE")?.kind).toBe("ORGANIZATION");
    expect(find("Zentrabank")?.kind).toBe("ORGANIZATION");
    expect(find("Quorix")?.kind).toBe("ORGANIZATION");
    expect(index.actors.some((a) => a.name === "National Convention")).toBe(false);
    expect(actorsOf("He quit the Adhaalath Party’s Religious Council.").index.actors.map((a) => a.name).sort()).toEqual(["Adhaalath Party", "Religious Council"]);
  });

  it("takes no currency, counted members, media reach or trailing title for an actor", () => {
    const { index } = actorsOf(
      "Brent rose above US$125 a barrel. The PRS won 1.13% (70,398 votes, 2 MPS). Local media reports quoted the Electoral Commission Chairperson, Ruth Adomako, as saying so.",
    );
    const names = index.actors.filter((a) => a.kind !== "PLACE").map((a) => a.name);
    expect(names).not.toContain("United States");
    expect(names).not.toContain("MPS");
    expect(names).not.toContain("Local");
    expect(names).not.toContain("Electoral Commission Chairperson");
    expect(names).toContain("Electoral Commission");
  });

  it("reads a surname before a lowercase suffix as a person", () => {
    const { find } = actorsOf("“We reject it,” Costa jr posted.");
    expect(find("Costa")?.kind).toBe("PERSON");
  });

  it("reads a lowercase portfolio inside a title, a second title after 'and', and two surnames side by side", () => {
    const { index, find } = actorsOf(
      "Deputy Minister of foreign Affairs of the Russian Federation Oleg Varin met Deputy Secretary of State Thomas Hale. At the talks with Hale Varin made demands. " +
        "The deal was signed by Minister of State, Member of the Cabinet and National Security Advisor Musa Al-Harbi.",
    );
    expect(find("Oleg Varin")?.description).toBe("Deputy Minister of foreign Affairs of the Russian Federation");
    expect(find("Musa Al-Harbi")?.kind).toBe("PERSON");
    const names = index.actors.map((a) => a.name);
    expect(names.filter((n) => /Federation|Cabinet|Hale Varin/.test(n))).toEqual([]);
    expect(index.mentions.filter((m) => m.key === find("Thomas Hale")?.key)).toHaveLength(2);
  });
});

