// What the sub-steps of actor extraction share: the mention as read from the
// text (Candidate), the sentence it is read in, and the word tests and small
// word lists every step uses.
import type { ActorKind } from "../../../generated/prisma/enums";
import { lexicons } from "../../lexicons";
import type { ExtractedActor } from "../../types";
import { type Token } from "../sentences";

export interface ActorMention {
  key: string;
  start: number;
  end: number;
}

export interface ActorIndex {
  actors: ExtractedActor[];
  byKey: Map<string, ExtractedActor>;
  /** Every mention, in text order. */
  mentions: ActorMention[];
}

export const L = lexicons;
export const MONTHS_AND_DAYS = new Set(
  ("january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday " +
    "jan feb mar apr jun jul aug sep sept oct nov dec").split(" "),
);
/** Capitalised function words that never start a name. */
export const NEVER_NAMES = new Set(
  ("the a an this that these those there here it its he she they we i you his her their our my your " +
    "according however additionally meanwhile despite following during while since after before in on at for with as but and or if when " +
    "although though beyond both many some several other another each every all most such also earlier later last next previous " +
    "reports talks sources officials meeting meetings summit visit conference election agreement " +
    "one two three four five six seven eight nine ten").split(" "),
);
export const CONNECTORS = new Set(["of", "for", "on", "and", "the", "de"]);
export const PERSON_AFTER = new Set(["regime", "family", "government", "administration", "era", "rule", "clan", "dynasty", "loyalists", "camp"]);
export const SPEAKING_VERBS = new Set(["said", "says", "told", "stressed", "added", "noted", "stated", "warned", "insisted", "argued", "explained"]);
export const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "to", "from", "into", "across", "outside", "inside", "around"]);
export const particlePrefixed = new RegExp(`^(${[...L.particles.hyphenPrefixes].join("|")})[-‐]\\p{Lu}`, "iu");
export const mediaBeforeCue = new RegExp(`\\b(${L.organisations.mediaBefore.map(escape).join("|")})\\s*$`, "i");
export const mediaAfterCue = new RegExp(`^\\s*(${L.organisations.mediaAfter.map(escape).join("|")})\\b`, "i");

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export type CandidateKind = ActorKind | "PENDING";

/** One mention as read from the text, before resolution. */
export interface Candidate {
  kind: CandidateKind;
  start: number;
  end: number;
  surface: string;
  stateCode?: string;
  /** The text itself shows a person (title, particle, "the X regime"), not just a capital letter. */
  personEvidence?: boolean;
  description?: string;
  affiliationCode?: string;
  /** The lexicon's name for what the surface names ("Alawites" for "Alawite"). */
  canonical?: string;
  /** The mention was preceded by a place preposition ("in Tartus"). */
  afterPlacePreposition?: boolean;
}

export const isCap = (token: Token) => /^\p{Lu}/u.test(token.text) || particlePrefixed.test(token.text);
export const isOrdinal = (token: Token) => /^\d+(st|nd|rd|th)$/i.test(token.text);
export const lower = (token: Token) => token.text.toLowerCase();

/** The sentence a run is read in. */
export interface Context {
  tokens: Token[];
  body: string;
}
