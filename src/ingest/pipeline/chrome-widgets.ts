// Page chrome that is data or furniture rather than words: market tickers,
// statistics widgets, cookie-consent panels, wire-agency routing slugs and
// cut-off teasers repeating the story's own opening. Used by clean.ts.

/** "XYZ 12.40 Increased By ▲ 0.35 (2.90%)", "IDX100 52,310 Decreased By ▼ -410.5 (-0.78%)": one symbol's price and change. */
const TICKER_ROW = /^\S{1,12} -?[\d,.]+ (?:(?:increased|decreased) by|no change|up|down)? ?[▲▼]? ?[-+]?[\d,.]+ ?\([-+]?[\d.]+ ?%\)$/iu;

/** "312,480", "1,204hr", "4.2% positivity": a number alone, with at most one short unit word, is a cell of a statistics box. */
const DATA_CELL = /^[-+]?\d[\d,.]*\s?%?(?:\s?\p{L}{1,12})?$/u;

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
/** "City Desk 12 May 2020", "Staff Correspondent March 3, 2021": a desk's or writer's name in title case and the day, the byline of print pages. */
const DESK_DATE = new RegExp(`^(?:\\p{Lu}[\\p{L}.'’-]*\\s){1,4}(?:\\d{1,2} ${MONTH} \\d{4}|${MONTH} \\d{1,2},? \\d{4})$`, "u");

export const isDeskDate = (line: string) => DESK_DATE.test(line);

/** "Anna Petrova / Caucasus Herald", "Иван Смирнов/ ТАСС": a name and the outlet or agency credited, in title case around a slash. */
const NAME_CREDIT = /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){1,2} ?\/ ?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3}$/u;

/** "news, world, africa": the page's lowercase keyword list, three or more items between commas. */
const KEYWORD_ROW = /^\p{Ll}[\p{Ll} ]{1,20}(?:, \p{Ll}[\p{Ll} ]{1,20}){2,}$/u;

/** "The Guardian, CHRISTCHURCH, New Zealand", "AFP, PARIS": the credited outlet and a dateline in capitals, names between commas. */
const CREDIT_DATELINE = /^(?=.*\b\p{Lu}{3,}\b)\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}){1,3}$/u;

/** "Mr Osei (third right) after meeting the board": a photo caption says where each person stands in the picture. */
const POSITION_CAPTION = /\((?:(?:first|second|third|fourth|fifth|far|2nd|3rd|4th|5th) )?(?:left|right|centre|center|middle|front|l|r|c)\)/i;
const isPositionCaption = (line: string) => POSITION_CAPTION.test(line) && line.split(/\s+/).length <= 30;

/** A market ticker row, a statistics cell, a desk-and-date byline, a name credit, a credit dateline, a keyword list or a caption placing people: furniture of the page, never a sentence of the story. */
export const isFurniture = (line: string) =>
  TICKER_ROW.test(line) ||
  DATA_CELL.test(line) ||
  DESK_DATE.test(line) ||
  NAME_CREDIT.test(line) ||
  CREDIT_DATELINE.test(line) ||
  KEYWORD_ROW.test(line) ||
  isPositionCaption(line);

/**
 * "... made a brief presentation. PTI KRS RDK": a wire agency's name and the
 * desk initials routing the copy, left after the last sentence.
 */
const AGENCY_SLUG = /(?<=[.!?"”’'])\s+(?:PTI|IANS|ANI|UNI|AFP|AP|APP|NAN|GNA|KUNA|WAM|SPA)(?:\s+[A-Z]{2,5}){1,6}$/u;
/** "... he said. -71V-", "... reported. -0 -": an agency's desk code between dashes after the last sentence. */
const DESK_CODE = /(?<=[.!?"”’'])\s+-\s?[0-9A-Z]{1,5}\s?-$/u;
export const withoutAgencySlug = (line: string) => line.replace(AGENCY_SLUG, "").replace(DESK_CODE, "");

const COOKIE = /\bcookies?\b/i;
const CONSENT = /\b(?:consent|preferences)\b/i;

/**
 * "Manage Consent Preferences / Functional cookies help ... / Always Active /
 * No cookies to display.": a consent panel opens with a line about cookies and consent and
 * runs on through the lines that speak of cookies, its one- and two-word toggles and other chrome.
 */
export function cookieBlocks(lines: string[], isChrome: (line: string) => boolean): Set<number> {
  const dropped = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!(COOKIE.test(lines[i]!) || CONSENT.test(lines[i]!)) || !lines.slice(i, i + 2).some((line) => COOKIE.test(line))) continue;
    let end = i + 1;
    while (end < lines.length && (COOKIE.test(lines[end]!) || lines[end]!.split(/\s+/).length <= 2 || isChrome(lines[end]!))) end++;
    // A banner holds a known line of cookie chrome ("We use cookies ..."); a story about cookies does not.
    if (!lines.slice(i, end).some((line) => COOKIE.test(line) && isChrome(line))) continue;
    for (let j = i; j < end; j++) dropped.add(j);
    i = end - 1;
  }
  return dropped;
}

const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * "That would force the mayor to seek votes from the" above the paragraph it
 * cuts off: a teaser repeating the start of a later paragraph goes, the full paragraph stays.
 */
export function withoutCutTeasers(paragraphs: string[]): string[] {
  const keys = paragraphs.map(words);
  return paragraphs.filter((_, i) => {
    const key = keys[i]!;
    if (key.split(" ").length < 8) return true;
    return !keys.some((other, j) => j > i && other.length > key.length && other.startsWith(`${key} `));
  });
}
