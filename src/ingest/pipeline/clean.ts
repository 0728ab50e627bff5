// Stage 1: from the raw page text to a headline and a clean body. Page chrome
// (error pages, comment forms, disclaimers, credits, share-icon rows) goes,
// a paragraph repeated by the crawler is kept once, and the remaining
// paragraphs are joined by a blank line. The raw text itself is never changed.
import nlp from "compromise";
import { lexicons } from "../lexicons";
import { isEndMarker, isFormChrome, undecorated, withoutClosingBoxes, withoutMarkdownImages } from "./chrome-forms";
import { cookieBlocks, isDeskDate, isFurniture, withoutAgencySlug, withoutCutTeasers } from "./chrome-widgets";
import { writtenDay } from "./dates";

export interface CleanedArticle {
  title: string | null;
  body: string;
  /** The date the page states in its chrome before the body (a "date 2021-10-15" tag, a date line), if any. */
  pageDate: Date | null;
}

const { footerStarts, dropLines, inlineStrips, iconWords, appealWords } = lexicons.boilerplate;

export function cleanArticle(rawText: string, givenTitle?: string | null): CleanedArticle {
  const lines = splitLines(rawText);
  const paragraphs = dedupe(withoutCaptions(withoutLinkLists(withoutCutTeasers(keptParagraphs(lines)))));
  let title = givenTitle?.trim() || null;
  if (title) {
    if (paragraphs.length > 0 && sameText(paragraphs[0], title)) paragraphs.shift();
  } else {
    if (isTagLine(paragraphs)) paragraphs.shift();
    // "• Headline": a headline printed as the first item of a list keeps no bullet.
    if (paragraphs.length > 1 && looksLikeHeadline(paragraphs[0]!)) title = paragraphs.shift()?.replace(/^[•·▪►]\s*/, "") ?? null;
    // The paragraph stays whole: its first sentence runs on from the headline, and cutting it there would move the story's sentences.
    else title = gluedHeadline(paragraphs[0] ?? "");
  }
  return { title, body: withoutRepeatedLeads(paragraphs).join("\n\n"), pageDate: pageDate(lines) };
}

/** "Headline Beijing, Feb 2 (AFP) A court said ...": the words before a wire dateline glued into the first paragraph are the headline. */
const GLUED_DATELINE = /^(.+?) \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2} \(\p{Lu}{2,8}\) /u;
function gluedHeadline(paragraph: string): string | null {
  const headline = GLUED_DATELINE.exec(paragraph)?.[1];
  return headline !== undefined && looksLikeHeadline(headline) ? headline : null;
}

/** A standfirst the next paragraph repeats word for word ("A source confirmed ..." / "KHARTOUM (Agency) - A source confirmed ...") is said once. */
function withoutRepeatedLeads(paragraphs: string[]): string[] {
  return paragraphs.filter((paragraph, i) => {
    const next = paragraphs[i + 1];
    return !(next !== undefined && paragraph.split(/\s+/).length >= 8 && comparable(next).includes(comparable(paragraph)));
  });
}

/** The crawler's tag of the page's date, glued before its first line: "date 2021-10-15 Headline". */
const DATE_TAG = /^date \d{4}-\d{2}-\d{2}\b/i;

/** The date the page states in the chrome above the body: a date tag, or a line of page furniture that is or carries a date. */
function pageDate(lines: string[]): Date | null {
  // A consent panel above the page is no prose of the story, however long its sentences.
  const consentPanels = cookieBlocks(lines, isDropped);
  for (const [i, line] of lines.entries()) {
    if (consentPanels.has(i)) continue;
    if (DATE_TAG.test(line) || isTimestamp(line)) return writtenDay(line);
    if (isDropped(line) || isDeskDate(line)) {
      // A date line ("Friday Oct 15 2021", "Updated: 2016-07-25 08:16"), not a caption that happens to hold a date.
      const day = writtenDay(line);
      if (day && line.split(/\s+/).length <= 7) return day;
      continue;
    }
    // The first line of prose ends the chrome: dates after it belong to the story.
    if (isProse(line)) return null;
  }
  return null;
}

/**
 * Three or more headline-like lines in a row are links to other stories: once
 * the body has begun, all of them; above it, all before the page's own headline
 * (the line the page prints twice, the line above bulleted key points, else the last).
 */
function withoutLinkLists(paragraphs: string[]): string[] {
  const firstProse = paragraphs.findIndex((paragraph) => !looksLikeHeadline(paragraph));
  if (firstProse === -1) return paragraphs;
  if (firstProse >= 3) {
    const run = paragraphs.slice(0, firstProse);
    const start = repeatedHeadline(run) ?? bulletedHeadline(run) ?? firstProse - 1;
    if (start > 0) return withoutLinkLists(paragraphs.slice(start));
  }
  const kept: string[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    let end = i;
    while (end < paragraphs.length && looksLikeHeadline(paragraphs[end]!)) end++;
    const next = Math.max(end, i + 1);
    if (!(i > firstProse && end - i >= 3)) kept.push(...paragraphs.slice(i, next));
    i = next;
  }
  return kept;
}

/** The page prints its headline twice ("Headline" / byline / "Headline"): the last line of the run that repeats an earlier one starts the story. */
function repeatedHeadline(run: string[]): number | undefined {
  const start = run.findLastIndex((line, i) => run.slice(0, i).some((earlier) => sameText(earlier, line)));
  return start === -1 ? undefined : start;
}

/** "Headline" / "- Point one" / "- Point two": bulleted key points under the headline summarise the story; the line above them is the headline. */
function bulletedHeadline(run: string[]): number | undefined {
  const bulleted = (line: string) => /^[-–•·*▪►]\s/.test(line);
  let start = run.length - 1;
  while (start >= 0 && bulleted(run[start]!)) start--;
  return start >= 0 && start < run.length - 2 ? start : undefined;
}

/**
 * A long sentence-case line without a full stop standing alone between two
 * paragraphs of prose is a photo caption ("Fans cheer as the captain lifts the cup in the rain").
 */
function withoutCaptions(paragraphs: string[]): string[] {
  const prose = (text: string | undefined) => text !== undefined && isProse(text);
  return paragraphs.filter((paragraph, i) => {
    const words = paragraph.split(/\s+/);
    const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
    const caption = words.length >= 10 && looksLikeHeadline(paragraph) && capitalised <= words.length / 2;
    return !(caption && prose(paragraphs[i - 1]) && prose(paragraphs[i + 1]));
  });
}

/**
 * "Ministry of Foreign Affairs of Azerbaijan" above "EU institutions need to halt their
 * provocations": a body's bare name (no verb) over a headline that says something is a tag
 * line, and the headline is the line below it. A verbless headline ("A New Era for the Port") is no body's name.
 */
function isTagLine(paragraphs: string[]): boolean {
  const [tag, headline] = paragraphs;
  if (tag === undefined || headline === undefined || paragraphs.length < 3) return false;
  if (!looksLikeHeadline(tag) || !looksLikeHeadline(headline) || tag.split(/\s+/).length > 8) return false;
  return isNameShaped(tag) && BODY_WORD.test(tag) && !hasVerb(tag) && hasVerb(headline);
}

/** The words that end the name of a body ("Council", "Ministry"), shared with the topic stage. */
const { bodyHeads } = lexicons.topics as typeof lexicons.topics & { bodyHeads: string[] };
const BODY_WORD = new RegExp(`\\b(?:${bodyHeads.join("|")})\\b`, "u");

/** Every word capitalised but the small words of a name ("of", "the", "and"). */
const isNameShaped = (line: string) => line.split(/\s+/).every((word) => /^\p{Lu}/u.test(word) || /^(?:of|the|and|for|on|in|de|du|al)$/.test(word));

const hasVerb = (line: string) => nlp(line).verbs().length > 0;

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
    // Icon labels and markdown images go first: "playicon The council met ..." is no lowercase continuation.
    const trimmed = withoutIconLabels(withoutMarkdownImages(line.replace(/\s+/g, " ").trim()));
    if (!trimmed) {
      previousBlank = true;
      continue;
    }
    const last = lines[lines.length - 1];
    // A byline split over two lines ("By" / "Reuters") is one line; a bare "By" over the story's first sentence credits no one.
    if (last && /^by$/i.test(last) && !isProse(trimmed)) {
      lines[lines.length - 1] = `${last} ${trimmed}`;
      previousBlank = false;
      continue;
    }
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
  // Wrapped text has no line much longer than its width; a page of one-line paragraphs has many.
  const longLines = filled.filter((length) => length > 100).length;
  return wrappedLines / filled.length >= 0.6 && longLines / filled.length < 0.1;
}

function keptParagraphs(lines: string[]): string[] {
  const kept: string[] = [];
  const appeals = appealBlocks(lines);
  const consentPanels = cookieBlocks(lines, isDropped);
  const links = new Set<number>();
  for (const [i, line] of lines.entries()) {
    if (appeals.has(i) || consentPanels.has(i) || links.has(i) || isFurniture(line)) continue;
    // "ALSO READ" on its own line labels the headline of another story on the next: both go, and the story goes on.
    if (ALSO_READ.test(line)) {
      if (looksLikeHeadline(lines[i + 1] ?? "")) links.add(i + 1);
      continue;
    }
    // A name alone above a photo credit ("Olga Ivanova" / "Photo: ...") is the writer's or photographer's credit.
    if (isSignature(line) && CREDIT_START.test(lines[i + 1] ?? "")) continue;
    // "Six killed in blast" / "- 3 hours ago": a story's age under its headline marks a card linking another story.
    if (AGE_LINE.test(line) || (AGE_LINE.test(lines[i + 1] ?? "") && storyBegun(kept))) continue;
    // "Finance" / "17 September 2024 13:20" or "Politics" / "-" below the story: a section over a date or a bare list bullet opens the cards of other stories.
    if (isLabel(line) && (isTimestamp(lines[i + 1] ?? "") || /^[-–—•·*]+$/.test(lines[i + 1] ?? "")) && storyBegun(kept)) break;
    if (footerStarts.some((pattern) => pattern.test(line)) || isEndMarker(line)) {
      // "Trending now" above the story is a menu: a footer only ends the page once the story has begun.
      if (storyBegun(kept)) break;
      continue;
    }
    if (isDropped(line)) continue;
    // What a strip leaves (a date tag before "Skip to main content") is judged again.
    const stripped = withoutAgencySlug(inlineStrips.reduce((text, pattern) => text.replace(pattern, ""), line).trim());
    if (/[\p{L}\p{N}]/u.test(stripped) && !isDropped(stripped) && !isFurniture(stripped)) kept.push(stripped);
  }
  // "Хатаи Азизов", "Andrew Smith" alone after the last paragraph: the writer's signature.
  while (kept.length > 1 && isSignature(kept[kept.length - 1]!) && storyBegun(kept.slice(0, -1))) kept.pop();
  return withoutTeasers(withoutLabels(withoutClosingBoxes(kept)));
}

const CREDIT_START = /^(?:photo|image|picture|©)/i;
const AGE_LINE = /^[-–—•]?\s*(?:about )?(?:\d+|an?) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago$/i;

/** A sentence of some length has been kept: the story has begun, and what is chrome below it may end the page. */
const storyBegun = (kept: string[]) => kept.some((text) => text.split(/\s+/).length >= 5 && /[.!?"”’]$/.test(text));
const ALSO_READ = /^(?:also read|read also|читайте также|читать также|смотрите также)\s*:?$/iu;

/** Words an appeal block must hold at least one of: it asks for money or a sign-up, not just for attention. */
const ASKS = /donat|subscri|newsletter|contribut|fundrais|paywall|sign up|membership/i;
const SECOND_PERSON = /\b(you|your|yours)\b/i;

/**
 * "Your support helps us tell the story" / "Your donation makes it possible ...":
 * consecutive lines addressing the reader that together carry an appeal (each
 * alone may not), with the short name and role lines signing it.
 */
function appealBlocks(lines: string[]): Set<number> {
  const dropped = new Set<number>();
  for (let start = 0; start < lines.length; ) {
    let end = start;
    // A quote is someone in the story speaking, even when they say "you": it ends the run.
    while (end < lines.length && READER.test(lines[end]!) && !/["“”«»]/.test(lines[end]!)) end++;
    const block = lines.slice(start, end).join(" ");
    const cues = appealWords.filter((word) => block.toLowerCase().includes(word)).length;
    if (end - start >= 2 && SECOND_PERSON.test(block) && ASKS.test(block) && cues >= 2) {
      for (let i = start; i < end; i++) dropped.add(i);
      for (let i = end; i < Math.min(end + 2, lines.length) && isSignature(lines[i]!); i++) dropped.add(i);
    }
    start = Math.max(end, start + 1);
  }
  return dropped;
}

/** "Andrew Smith", "White House Correspondent": a capitalised line of a few words without punctuation. */
const isSignature = (line: string) => {
  const words = line.split(/\s+/);
  return words.length <= 3 && words.every((word) => /^\p{Lu}[\p{L}.'’-]*$/u.test(word));
};

/** One- or two-word lines above the story ("Politics", "Burkina Faso", "Ad", a byline's name) are labels, not the headline. */
function withoutLabels(paragraphs: string[]): string[] {
  const firstProse = paragraphs.findIndex(isProse);
  return paragraphs.filter((paragraph, i) => !(isLabel(paragraph) && i < firstProse));
}

/** "By A. Writer Over the years, ... yet their impact…": another story's excerpt, cut off, and the headline that links it. */
function withoutTeasers(paragraphs: string[]): string[] {
  const isTeaser = (text: string | undefined) => text !== undefined && /…$|\.\.\.$/.test(text) && text.split(/\s+/).length >= 10;
  return paragraphs.filter((paragraph, i) => !isTeaser(paragraph) && !(looksLikeHeadline(paragraph) && isTeaser(paragraphs[i + 1])));
}
const isLabel = (line: string) => line.split(/\s+/).length <= 2 && /^[\p{L}&' -]+$/u.test(line);

/** A sentence of the story: long enough and ending as sentences do. */
const isProse = (line: string) => line.split(/\s+/).length >= 12 && /(?:[.!?"”’]|[.!?]')$/.test(line);

/** A line of chrome, also behind a list bullet or between dashes ("• English", "- Advertisement -"): a known pattern, icon row, form, appeal or shouted advertisement. */
const isDropped = (line: string) => {
  const unbulleted = undecorated(line);
  // "Share this articleComments", "August 14, 2025By": scraped buttons and bylines lose the space between their labels.
  const unglued = line.replace(/([\p{Ll}\d])(\p{Lu})/gu, "$1 $2");
  return (
    dropLines.some((pattern) => pattern.test(line) || pattern.test(unbulleted)) ||
    isIconRow(line) ||
    isIconRow(unglued) ||
    isFormChrome(line) ||
    isAppeal(unglued) ||
    isShouted(line) ||
    isTimestamp(unglued.replace(/\s+by$/i, "")) ||
    isDatedByline(unglued) ||
    SHOUTED_CAPTION.test(line) ||
    isTagRow(line)
  );
};

/** "Shakeel Ahmed Published August 30, 2021 - Updated August 30, 2021 08:19am": a writer's name, then only dates. */
function isDatedByline(line: string): boolean {
  const [name, ...dates] = line.split(/\s*\b(?:published|updated|posted)\b:?\s*/i);
  const pieces = dates.map((date) => date.replace(/^[\s–—-]+|[\s–—-]+$/g, "")).filter(Boolean);
  return pieces.length > 0 && !!name && isSignature(name) && pieces.every(isTimestamp);
}

/** "MONTHS-LONG CLEANUP: Heavy rain caused landslides": a photo caption under a label in capitals, without a closing full stop. */
const SHOUTED_CAPTION = /^\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)+: .*[^.!?"”’]$/u;

/** "Lavrov Russia Ukraine talks politics Lavrov Russia Ukraine": a row of keyword tags, which repeats its words as no headline does. */
function isTagRow(line: string): boolean {
  const words = line.toLowerCase().split(/\s+/);
  return words.length >= 6 && !/[.!?,:;"“”«»]/.test(line) && new Set(words).size <= words.length * 0.7;
}

/** The page addressing its reader: a pronoun, or an imperative opening the line or following a colon ("Fight disinformation: Sign up ..."). */
const READER = /\b(you|your|yours|we|our|us)\b|(?:^|:\s*)(?:sign up|subscribe|join|donate|support|get|add|download|follow|register)\b/i;

/**
 * "Get full access to our archive and personalise your experience.", "We came up
 * $45,000 short of our goal ... online donations": the page speaking to its reader
 * about money, membership, sign-ups or its app, not the story.
 */
function isAppeal(line: string): boolean {
  const lower = line.toLowerCase();
  const cues = appealWords.filter((word) => lower.includes(word)).length;
  return line.split(/\s+/).length <= 70 && READER.test(line) && cues >= 2;
}

const TIME_PIECE = new RegExp(
  `^(?:${[
    "\\d{1,2}:\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [a-z]{2,5})?",
    "(?:about |updated )?\\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago",
    "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,? )?(?:\\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?(?: \\d{1,2}(?:st|nd|rd|th)?)?,? \\d{4}",
  ].join("|")})$`,
  "i",
);

/** "February 24, 2014 / 10:44 PM / 4 years ago": a line made only of dates, times and ages is a timestamp. */
function isTimestamp(line: string): boolean {
  const pieces = line.split(/\s*[/|·•]\s*|,?\s+(?=\d{1,2}:\d{2})/).filter(Boolean);
  return pieces.length > 0 && pieces.every((piece) => TIME_PIECE.test(piece.trim()));
}

/** "EXPOSED!! DOCTOR REVEALED CURE": a line in capitals is an advertisement or a banner, not prose. */
function isShouted(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  return line.split(/\s+/).length >= 3 && letters.length >= 12 && letters.replace(/\p{Lu}/gu, "").length <= letters.length * 0.1;
}

/** "Facebook Twitter WhatsApp Email", "shareicon closeicon": a row of share/menu icons or their labels. */
function isIconRow(line: string): boolean {
  const words = line.toLowerCase().split(/[\s|•·/]+/).filter(Boolean);
  return words.length >= 2 && words.every((word) => iconWords.has(word.replace(/[^\p{L}-]/gu, "")) || isIconLabel(word));
}

/** "shareicon", "close-icon": the text label of an icon, which a scraper keeps where the icon was. */
const isIconLabel = (word: string) => {
  const prefix = /^(\p{L}+?)[-_]?icon$/iu.exec(word)?.[1];
  return prefix !== undefined && iconWords.has(prefix.toLowerCase());
};
const ICON_LABELS = /(?<![\p{L}-])\p{L}+[-_]?icon(?![\p{L}-])/giu;
const withoutIconLabels = (line: string) => line.replace(ICON_LABELS, (word) => (isIconLabel(word) ? "" : word)).replace(/\s{2,}/g, " ").trim();

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
  // "... the rules.'": a sentence closing a quotation is no headline; a name in quotes closing one ("... group “Russia - Islamic World”") is.
  return words >= 3 && words <= 25 && line.length <= 200 && !/(?:[.!?…:;,)]|[.!?…,:;]["”’'»])$/.test(line);
}

/** A short title-case line inside the body ("Shared Strategic Concerns"): a subheading, not prose. */
export function isSubheading(sentence: { text: string }): boolean {
  const words = sentence.text.split(/\s+/);
  if (words.length > 12 || /[.!?…:;,"”’)]$/.test(sentence.text)) return false;
  return words.length <= 10 || words.filter((word) => /^\p{Lu}/u.test(word)).length > words.length / 2;
}
