// Stage 1: from the raw page text to a headline and a clean body. Page chrome
// (error pages, comment forms, disclaimers, credits, share-icon rows) goes,
// a paragraph repeated by the crawler is kept once, and the remaining
// paragraphs are joined by a blank line. The raw text itself is never changed.
import { lexicons } from "../lexicons";

export interface CleanedArticle {
  title: string | null;
  body: string;
}

const { footerStarts, dropLines, inlineStrips, iconWords } = lexicons.boilerplate;

export function cleanArticle(rawText: string, givenTitle?: string | null): CleanedArticle {
  const paragraphs = dedupe(keptParagraphs(splitLines(rawText)));
  let title = givenTitle?.trim() || null;
  if (title) {
    if (paragraphs.length > 0 && sameText(paragraphs[0], title)) paragraphs.shift();
  } else if (paragraphs.length > 1 && looksLikeHeadline(paragraphs[0])) {
    title = paragraphs.shift() ?? null;
  }
  return { title, body: paragraphs.join("\n\n") };
}

/**
 * Non-empty lines, with hard-wrapped lines re-joined: a line that does not end a
 * sentence followed by one that starts in lowercase continues the same paragraph.
 */
function splitLines(rawText: string): string[] {
  const rawLines = rawText.replace(/\r\n?/g, "\n").split("\n");
  const wrapped = isHardWrapped(rawLines);
  const lines: string[] = [];
  let previousBlank = true;
  for (const line of rawLines) {
    const trimmed = line.replace(/\s+/g, " ").trim();
    if (!trimmed) {
      previousBlank = true;
      continue;
    }
    const last = lines[lines.length - 1];
    if (!previousBlank && last && !/[.!?:"”»)]$/.test(last) && ((wrapped && last.length >= 55) || /^\p{Ll}/u.test(trimmed))) {
      lines[lines.length - 1] = `${last} ${trimmed}`;
    } else {
      lines.push(trimmed);
    }
    previousBlank = false;
  }
  return lines;
}

/** Most lines of similar, fixed-width length: the text was wrapped, so a line break is not a paragraph break. */
function isHardWrapped(lines: string[]): boolean {
  const filled = lines.map((line) => line.trim().length).filter((length) => length > 0);
  if (filled.length < 6) return false;
  const wrappedLines = filled.filter((length) => length >= 55 && length <= 90).length;
  return wrappedLines / filled.length >= 0.6;
}

function keptParagraphs(lines: string[]): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    if (footerStarts.some((pattern) => pattern.test(line))) break;
    if (dropLines.some((pattern) => pattern.test(line)) || isIconRow(line)) continue;
    const stripped = inlineStrips.reduce((text, pattern) => text.replace(pattern, ""), line).trim();
    if (/[\p{L}\p{N}]/u.test(stripped)) kept.push(stripped);
  }
  return kept;
}

/** "Facebook Twitter WhatsApp Email": a row of share/menu icons. */
function isIconRow(line: string): boolean {
  const words = line.toLowerCase().split(/[\s|•·/]+/).filter(Boolean);
  return words.length >= 2 && words.every((word) => iconWords.has(word.replace(/[^\p{L}-]/gu, "")));
}

function dedupe(paragraphs: string[]): string[] {
  const seen = new Set<string>();
  return paragraphs.filter((paragraph) => {
    const key = comparable(paragraph);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const sameText = (a: string, b: string) => comparable(a) === comparable(b);

/** A short line without sentence-ending punctuation opens the page: the headline. */
export function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words >= 3 && words <= 25 && line.length <= 200 && !/[.!?…:;,"”’)]$/.test(line);
}

/** A short title-case line inside the body ("Shared Strategic Concerns"): a subheading, not prose. */
export function isSubheading(sentence: { text: string }): boolean {
  const words = sentence.text.split(/\s+/);
  if (words.length > 12 || /[.!?…:;,"”’)]$/.test(sentence.text)) return false;
  return words.length <= 10 || words.filter((word) => /^\p{Lu}/u.test(word)).length > words.length / 2;
}
