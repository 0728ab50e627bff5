// Quotation spans and claim units: sentences merged where a quotation runs across them.
import type { Sentence } from "./sentences";

export interface Unit {
  start: number;
  end: number;
}


/**
 * Quotation spans (marks included). Curly quotes pair across paragraphs; straight ones within a paragraph;
 * single curly ones (‘…’, British style) within a paragraph, told from apostrophes by what stands around them.
 */
export function quoteSpans(body: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of body.matchAll(SINGLE_QUOTED)) spans.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  let open = -1;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "“") open = i;
    else if (body[i] === "”" && open >= 0) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  spans.push(...straightQuoteSpans(body, "\n\n"));
  return spans.sort((a, b) => a.start - b.start);
}

/** Straight quotation marks paired within each paragraph (paragraphs split by `separator`). */
export function straightQuoteSpans(body: string, separator: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let paragraphStart = 0;
  for (const paragraph of body.split(separator)) {
    let open = -1;
    for (let i = 0; i < paragraph.length; i++) {
      if (paragraph[i] !== '"') continue;
      if (open < 0) open = i;
      else {
        spans.push({ start: paragraphStart + open, end: paragraphStart + i + 1 });
        open = -1;
      }
    }
    paragraphStart += paragraph.length + separator.length;
  }
  return spans;
}

/** ‘…’ opening after a space or bracket and closing before a non-letter: "Ankara’s" and "countries’ ties" are apostrophes. */
const SINGLE_QUOTED = /(?<=^|[\s(“"—–-])‘[^‘’\n]*(?:’\p{L}[^‘’\n]*)*’(?!\p{L})/gu;

/** Sentences, merged where one quotation spans several of them. */
export function claimUnits(sentences: Sentence[], quotes: Array<{ start: number; end: number }>): Unit[] {
  const units: Unit[] = [];
  for (const sentence of sentences) {
    const last = units[units.length - 1];
    const continuesQuote = last && quotes.some((q) => q.start < last.end && q.end > sentence.start && q.start >= last.start);
    if (continuesQuote) last.end = sentence.end;
    else units.push({ start: sentence.start, end: sentence.end });
  }
  return units;
}
