// The contract between extraction (pure: text in, ExtractedArticle out) and
// the store (resolves what was extracted against the graph and writes it).
import type {
  ActorKind,
  ArticleEventRelation,
  DatePrecision,
  EventKind,
  EventStatus,
  ParticipantRole,
} from "../generated/prisma/enums";

/** What a caller hands over with an article; only text is required. */
export interface ArticleInput {
  text: string;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  publishedAt?: Date | null;
  language?: string | null;
}

export interface Span {
  /** Offsets into ExtractedArticle.body, end exclusive. */
  start: number;
  end: number;
}

export interface ResolvedDate {
  /** UTC midnight of the first day the date covers. */
  date: Date;
  precision: DatePrecision;
}

export interface ExtractedActor {
  /** Identifies the actor within this article only (claims and events refer to it). */
  key: string;
  /** The fullest name the article gives, without titles: "Ahmad al-Sharaa". */
  name: string;
  kind: ActorKind;
  /** Role or description when the text gives one: "Deputy Prime Minister". */
  description?: string;
  /** Key of another actor of this article it belongs to (Novak -> Russia). */
  affiliationKey?: string;
  /** Every surface form seen, name included. */
  aliases: string[];
  mentions: Span[];
}

export interface ExtractedClaim extends Span {
  text: string;
  /** The verbatim quoted words, when the claim is a direct quote. */
  quote?: string;
  /** Key of the speaking actor; absent when unattributed. */
  speakerKey?: string;
  claimedAt?: Date;
  /** Key of the event the claim was made at or about. */
  eventKey?: string;
  topics: string[];
}

export interface ExtractedParticipant {
  actorKey: string;
  role: ParticipantRole;
}

export interface ExtractedEvent {
  key: string;
  title: string;
  kind: EventKind;
  status: EventStatus;
  date?: ResolvedDate;
  /** The most specific place the text gives: a venue ("Tishreen Palace") or else a city. */
  place?: string;
  /** The city of the event when the text names one ("Damascus"), even when `place` is a venue. */
  placeCity?: string;
  summary?: string;
  participants: ExtractedParticipant[];
  /** How this article relates to the event. */
  relation: ArticleEventRelation;
  topics: string[];
  /** Where in the body the event is described. */
  evidence: Span[];
}

export interface ExtractedTopic {
  slug: string;
  /** Strength in [0, 1]. */
  score: number;
}

export interface ExtractedArticle {
  title: string | null;
  /** Cleaned text; every Span indexes into it. */
  body: string;
  /** ISO 639-1, "und" when undetermined. */
  language: string;
  /** From the input, else from the article's dateline. */
  publishedAt: Date | null;
  actors: ExtractedActor[];
  claims: ExtractedClaim[];
  events: ExtractedEvent[];
  topics: ExtractedTopic[];
}
