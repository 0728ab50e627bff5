// The gold file format (../shared/gold/README.md) and the graph snapshot it is
// scored against. Both are plain data: the scorer needs no database.
import fs from "node:fs";

export type GoldActorKind = "PERSON" | "STATE" | "ORGANIZATION" | "MEDIA" | "GROUP";

export interface GoldActor {
  name: string;
  kind: GoldActorKind;
  aliases: string[];
  /** Names of other people that must never be merged into this actor. */
  notSameAs?: string[];
}

export interface GoldTopic {
  slug: string;
  aliases: string[];
}

export interface GoldEvent {
  key: string;
  title: string;
  /** YYYY-MM-DD or YYYY-MM. */
  date: string;
  precision: "day" | "month";
  place: string | null;
  participants: { must: string[]; may: string[] };
  articles: { must: string[]; may: string[] };
  optional?: boolean;
}

export interface GoldClaim {
  /** Accepted canonical speakers; empty: the claim is unattributed. */
  speaker: string[];
  contains: string;
  optional?: boolean;
}

export interface GoldArticle {
  file: string;
  title: string | null;
  boilerplate: string[];
  duplicateParagraphs?: boolean;
  actors: { must: string[]; may: string[] };
  claims: GoldClaim[];
  topics: { must: string[]; may: string[] };
}

export interface Gold {
  /** The folder of the texts, relative to the project root; `npm run eval` reads it when no --corpus is given. */
  corpus?: string;
  ignore: string[];
  actors: GoldActor[];
  topics: GoldTopic[];
  events: GoldEvent[];
  articles: GoldArticle[];
}

export class GoldFormatError extends Error {}

export function readGold(file: string): Gold {
  const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Gold>;
  for (const field of ["actors", "events", "articles"] as const) {
    if (!Array.isArray(parsed[field])) throw new GoldFormatError(`${file}: "${field}" must be a list`);
  }
  return { ignore: [], topics: [], ...parsed } as Gold;
}

/** The graph as the scorer sees it, read back after ingestion. */
export interface SnapshotActor {
  id: number;
  name: string;
  kind: string;
  aliases: string[];
}

export interface SnapshotClaim {
  text: string;
  speakerId: number | null;
}

export interface SnapshotArticle {
  /** Corpus file name. */
  file: string;
  title: string | null;
  body: string;
  actorIds: number[];
  claims: SnapshotClaim[];
  topics: { slug: string; name: string }[];
}

export interface SnapshotEvent {
  id: number;
  title: string;
  /** YYYY-MM-DD of the first day, null when undated. */
  date: string | null;
  precision: "DAY" | "MONTH" | "YEAR" | null;
  /** Corpus files of the linked articles. */
  files: string[];
}

export interface GraphSnapshot {
  actors: SnapshotActor[];
  articles: SnapshotArticle[];
  events: SnapshotEvent[];
}
