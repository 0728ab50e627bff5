// Page chrome that is a control of the page or a leftover of its template
// rather than words of the story: comment forms and their prompts, raw
// markup, unfilled template placeholders, wire end markers, markdown images,
// author boxes and labels left introducing nothing. Used by clean.ts.

/** "<form action=…>", "<div class=…>": markup the scraper kept as text; a line opening with a tag or holding two is no prose. */
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?(?:>|$)/gi;
const isMarkup = (line: string) => /^<\/?[a-z]/i.test(line) || (line.match(TAG)?.length ?? 0) >= 2;

/** "%d bloggers like this:", "{{count}} readers": a widget whose template placeholder was never filled. */
const PLACEHOLDER = /(?:^|\s)%[dsi](?=\s|$)|\{\{[^}]*\}\}/;

/** Words of a comment box and lines that speak to the reader about it. */
const COMMENT = /\b(?:comments?|repl(?:y|ying|ies))\b/i;
const TO_READER = /\byou(?:rs?)?\b/i;
const POSTING = /^(?:post|add|write|leave|submit|new)\b/i;
const THE_PAGE = /\b(?:this (?:article|page|post|story|news)|below|bottom of)\b/i;

/**
 * "Your Comment", "Post new comment", "You are replying to: .", "What is your comment about
 * this article? Leave your comments ...": a comment form's label or prompt, which addresses the
 * reader (or tells them to post) about comments; a longer one points at the page itself.
 */
function isCommentPrompt(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (!COMMENT.test(line) || words > 25 || /["“”«»]/.test(line)) return false;
  if (words <= 6) return TO_READER.test(line) || POSTING.test(line);
  return TO_READER.test(line) && THE_PAGE.test(line);
}

/** "7 + 0 =": a captcha sum, and any line without a single word ("1483**1424", "* * *"), is no sentence of the story. */
const isWordless = (line: string) => !/\p{L}/u.test(line);

/** "top of page", "Back to the top of the page": an anchor link jumping within the page. */
const PAGE_ANCHOR = /^(?:(?:back|go|return|jump) )?(?:to )?(?:the )?(?:top|bottom) of (?:the )?page$/i;

/** Markup, an unfilled placeholder, a comment form's prompt, an in-page anchor or a line without words: chrome wherever it stands. */
export const isFormChrome = (line: string) =>
  isMarkup(line) || PLACEHOLDER.test(line) || isCommentPrompt(line) || PAGE_ANCHOR.test(line) || isWordless(line);

/** "End Item", "-END-", "ENDS", "###": the wire's mark that the copy is over; what follows is the page's, not the story's. */
export const isEndMarker = (line: string) => /^[-–—#*\s]*(?:end(?: item| of (?:story|text|article))?|ends|###|-?30-?)[-–—#*.\s]*$/i.test(line);

/** "![Headline](https://…/photo.webp)": a markdown image the scraper kept where the picture was, removed wherever it stands. */
export const withoutMarkdownImages = (line: string) => line.replace(/!\[[^\]]*\]\([^)\s]*\)/g, "").trim();

/** "- Advertisement -", "• English", "[ Advertisement ]": a label behind a bullet, between dashes or in square brackets is judged without them. */
export const undecorated = (line: string) => line.replace(/^[-–—•·*▪►]+\s*|\s*[-–—•·*]+$/g, "").replace(/^\[\s*(.+?)\s*\]$/, "$1");

/**
 * Boxes closing the page after the story: an author or outlet box ("Iran Review" / "Iran Review is a
 * Tehran-based site ..."), a name line over a paragraph that opens by saying who that name is; and a
 * short label ending in a colon ("Original News :") left introducing nothing. Both go from the end.
 */
export function withoutClosingBoxes(paragraphs: string[]): string[] {
  const kept = [...paragraphs];
  for (;;) {
    const last = kept[kept.length - 1];
    const name = kept[kept.length - 2];
    if (last !== undefined && kept.length > 1 && last.split(/\s+/).length <= 5 && /\s?:$/.test(last)) kept.pop();
    else if (last !== undefined && name !== undefined && kept.length > 2 && isAuthorBox(name, last)) kept.splice(-2, 2);
    else return kept;
  }
}

/** "Name" above "Name is a/an/the …": the box saying who wrote or published the page. */
function isAuthorBox(name: string, bio: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 5 || !words.every((word) => /^\p{Lu}/u.test(word)) || /[.!?:]$/.test(name)) return false;
  return bio.startsWith(`${name} is `) && /^(?:an?|the) /.test(bio.slice(name.length + 4));
}
