import { splitSentences, tokenize } from "./sentences";

describe("splitSentences", () => {
  it("splits on terminal punctuation but not after titles or initials", () => {
    const body = "Mr. Smith met Dr. Jones in Washington. George W. Bush was not there! Was it planned?";
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      "Mr. Smith met Dr. Jones in Washington.",
      "George W. Bush was not there!",
      "Was it planned?",
    ]);
  });

  it("keeps a closing quotation mark with its sentence and gives offsets into the body", () => {
    const body = "“We will return,” she said. “Soon.”\n\nThe end.";
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.text)).toEqual(["“We will return,” she said.", "“Soon.”", "The end."]);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it("does not end a sentence at an ellipsis inside a quotation", () => {
    expect(splitSentences("He said trade would grow… it was only a start.").length).toBe(1);
  });
});

describe("tokenize", () => {
  it("keeps hyphenated names whole and splits off a possessive", () => {
    const tokens = tokenize("Jean-Luc Picard's ship", 10);
    expect(tokens.map((t) => [t.text, t.possessive])).toEqual([
      ["Jean-Luc", false],
      ["Picard", true],
      ["ship", false],
    ]);
    expect(tokens[0].start).toBe(10);
  });
});

describe("splitSentences on glued text", () => {
  it("ends a sentence whose full stop a scraper glued to the next one", () => {
    const body = "Министр выразил надежду на встречу.«Условия обсуждаются», — сказал он.По его словам, всё готово. The U.S. Army and Mr.Smith visited example.com today.";
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      "Министр выразил надежду на встречу.",
      "«Условия обсуждаются», — сказал он.",
      "По его словам, всё готово.",
      "The U.S. Army and Mr.Smith visited example.com today.",
    ]);
  });
});
