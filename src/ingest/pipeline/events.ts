import type { ExtractedClaim, ExtractedEvent } from "../types";
import type { ActorIndex } from "./actors";
import type { DateMention } from "./dates";
import type { Sentence } from "./sentences";

export interface EventInput {
  body: string;
  sentences: Sentence[];
  actors: ActorIndex;
  dates: DateMention[];
  claims: ExtractedClaim[];
  publishedAt: Date | null;
}

export function extractEvents(_input: EventInput): ExtractedEvent[] {
  return [];
}
