// Decisions and declared results: triggers the phrase lexicon (lexicons/events.json) cannot
// write, because words stand between their parts ("agreed on Sunday to cut", "declared X the
// winner", "released official and final figures"). Each is read as the lexicon phrase it
// stands for, so the past-tense and lede rules treat it the same way.
import type { EventKind } from "../../generated/prisma/enums";

export interface DecisionTrigger {
  kind: EventKind;
  pattern: RegExp;
  /** The lexicon phrase it stands for. */
  word: string;
}

export const DECISION_TRIGGERS: DecisionTrigger[] = [
  // "agreed on Sunday to cut output", "agreed in a video conference on Sunday to cut production".
  { kind: "AGREEMENT", pattern: /\bagreed\s+(?:on|in|at|during|after)\s+[^,.;"“”]{1,45}?\s+to\s+\w/gi, word: "agreed to" },
  // "declared incumbent President X the winner of the presidential elections".
  { kind: "ELECTION", pattern: /\bdeclared\s+(?:[^,.;"“”]{1,60}?\s)?(?:the\s+)?winner\b/gi, word: "declared winner" },
  // "released official and final figures from the outcome", "announced the final results", "the declaration of the 2020 election results".
  {
    kind: "ELECTION",
    pattern: /\b(?:(?:released|announced|declared|published)\s+(?:the\s+)?(?:(?:official|final|provisional|full)\s+(?:and\s+)?)+(?:results|figures|tally)|declaration\s+of\s+the\s+(?:[\w-]+\s+){0,3}results)\b/gi,
    word: "declared winner",
  },
];
