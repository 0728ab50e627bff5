// Quotations in Russian text («…» with „…“ inside, “…”, straight quotes within
// a paragraph) and the units claims are read in: sentences, merged where one
// quotation runs across several.
import { straightQuoteSpans } from "../quotations";
import type { Sentence } from "../sentences";

export interface Span {
  start: number;
  end: number;
}

/** Quotation spans, marks included: «…» (with „…“ inside), “…”, and straight quotes within a paragraph. */
export function russianQuoteSpans(body: string): Span[] {
  const spans: Span[] = [];
  const pair = (open: string, close: string) => {
    let depth = 0;
    let start = -1;
    for (let i = 0; i < body.length; i++) {
      if (body[i] === open && open !== close) {
        if (depth === 0) start = i;
        depth += 1;
      } else if (body[i] === close && depth > 0) {
        depth -= 1;
        if (depth === 0) spans.push({ start, end: i + 1 });
      }
    }
  };
  pair("«", "»");
  pair("“", "”");
  pair("„", "“");
  spans.push(...straightQuoteSpans(body, "\n"));
  // „…“ inside «…» is part of the outer quotation.
  const outer = spans.filter((span) => !spans.some((other) => other !== span && other.start <= span.start && other.end >= span.end && (other.start < span.start || other.end > span.end)));
  return outer.sort((a, b) => a.start - b.start);
}

/** Sentences, merged where one quotation spans several: the units claims are made of. */
export function claimUnits(sentences: Sentence[], quotes: Span[]): Span[] {
  const units: Span[] = [];
  for (const sentence of sentences) {
    const last = units[units.length - 1];
    if (last && quotes.some((q) => q.start >= last.start && q.start < last.end && q.end > sentence.start)) last.end = sentence.end;
    else units.push({ start: sentence.start, end: sentence.end });
  }
  return units;
}
