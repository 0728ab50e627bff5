// Cues a run is read by besides its words: a media outlet's suffixes and
// reporting verbs, an ordinal sibling unit, the state a run's words name.
import { type Token } from "../sentences";
import { type Candidate, type Context, L, isOrdinal, lower, mediaAfterCue, mediaBeforeCue } from "./candidates";

const REPORTS = /^\s+(reported|reports|revealed|reveals|wrote|published|quoted|cited)\b/;

export function isMedia(run: Token[], ctx: Context, surface: string): boolean {
  const last = run[run.length - 1];
  if (run.length >= 2 && (L.organisations.mediaSuffixes.has(last.text) || /^\d+$/.test(last.text))) return true;
  const agency = L.organisations.newsAgencies.get(surface.toLowerCase());
  if (agency && (agency === surface || !/\p{Lu}{2}/u.test(agency))) return true;
  if (run.length === 1 && (L.states.byDemonym.has(surface.toLowerCase()) || L.states.byName.has(surface.toLowerCase()))) return false;
  const before = ctx.body.slice(Math.max(0, run[0].start - 40), run[0].start);
  const after = ctx.body.slice(last.end, last.end + 30);
  if (mediaBeforeCue.test(before) || mediaAfterCue.test(after)) return true;
  // "The Sun reported", "the Mirror revealed": a title with its article that reports is a newspaper (a body reporting has its head noun).
  if (run.length === 1 && /\bthe\s+$/i.test(before) && REPORTS.test(after) && !L.organisations.heads.has(last.text)) return true;
  // "(MENAFN) Earlier this month...": an outlet's tag opening a paragraph.
  return /^[A-Z]{3,}$/.test(surface) && /(^|\n)\($/.test(before) && after.startsWith(")");
}

/** "the 4th and 5th Army Corps": the first ordinal names a sibling unit. */
export function ordinalSibling(run: Token[], ctx: Context): Candidate[] {
  if (!isOrdinal(run[0])) return [];
  const before = ctx.body.slice(Math.max(0, run[0].start - 12), run[0].start);
  const match = /(\d+(?:st|nd|rd|th)) and $/i.exec(before);
  if (!match) return [];
  const start = run[0].start - match[0].length;
  const rest = ctx.body.slice(run[0].end, run[run.length - 1].end);
  return [{ kind: "ORGANIZATION", start, end: start + match[1].length, surface: `${match[1]}${rest}` }];
}

export function stateCodeIn(run: Token[]): string | undefined {
  for (const token of run) {
    const code = L.states.byDemonym.get(lower(token)) ?? L.states.byName.get(lower(token));
    if (code) return code;
  }
  return undefined;
}
