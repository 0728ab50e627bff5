// What resolvers receive for each GraphQL type: plain rows shaped like the
// Prisma models (camelCase), as loaders map them. codegen.ts maps the GraphQL
// types onto these, so resolvers are typed against what the loaders return.
import type { Actor, ActorAlias, Article as ArticleModel, Claim, Event, Topic } from "../generated/prisma/client";
import type { DiscrepancyField, ParticipantRole } from "../generated/prisma/enums";
import type { Connection } from "./connection";

export type { Actor, ActorAlias, Claim, Event, Topic };

/** An article without its raw text: lists never carry it; Article.rawText loads it when asked. */
export type Article = Omit<ArticleModel, "rawText">;

/** A participation, with the actor already joined in (the participants query selects it). */
export interface ParticipantRow {
  eventId: number;
  role: ParticipantRole;
  actor: Actor;
}

export interface DiscrepancyRow {
  field: DiscrepancyField;
  values: DiscrepancyValueRow[];
}

export interface DiscrepancyValueRow {
  value: string;
  articleIds: number[];
}

export interface CoActorRow {
  /** The actor whose co-actor this is. */
  ofActorId: number;
  actor: Actor;
  sharedEvents: number;
}

export interface IngestPayloadRow {
  articleId: number;
  created: boolean;
}

export interface IngestResultRow {
  index: number;
  payload: IngestPayloadRow | null;
  error: string | null;
}

/** A search hit before its row is loaded. */
export interface SearchHit {
  kind: "Article" | "Claim" | "Actor" | "Event";
  id: number;
}

/** A search result page: hits ranked, each with its snippet. */
export type SearchConnectionRow = Connection<{ node: SearchHit; rank: number; snippet: string }>;

export type SearchEdgeRow = SearchConnectionRow["edges"][number];
