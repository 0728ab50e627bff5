// Loading claims: by id, per article / event / speaker / topic (paged), and the root list.
import { Prisma } from "../../generated/prisma/client";
import type { ClaimFilter, ClaimOrder } from "../../generated/graphql";
import { type Ordering, type ChildRelation, type Row, type SortKey } from "../connection";
import { rowIdOf } from "../ids";
import { asModel, conditions, pagedRelation, rootListLoader, rowLoader, taggedWithAny, topicSlugs, type LoaderSettings } from "../loader";
import type { Claim } from "../models";

export const claimColumns = Prisma.sql`claim.id, claim.text, claim.quote, claim.speaker_id AS "speakerId",
  claim.article_id AS "articleId", claim.start_offset AS "startOffset", claim.end_offset AS "endOffset",
  claim.event_id AS "eventId", claim.claimed_at AS "claimedAt", claim.created_at AS "createdAt"`;

// Undated claims sort as Postgres sorts NULL: first when latest come first.
const claimedAt: SortKey = { sql: Prisma.sql`claim.claimed_at`, type: "timestamptz", nullable: true };
const claimId: SortKey = { sql: Prisma.sql`claim.id`, type: "int" };

export const claimOrderings: Record<ClaimOrder, Ordering> = {
  CLAIMED_AT_DESC: { name: "claimed-desc", keys: [claimedAt, claimId], descending: true },
  CLAIMED_AT_ASC: { name: "claimed-asc", keys: [claimedAt, claimId], descending: false },
};
const latestFirst = claimOrderings.CLAIMED_AT_DESC;

export function claimConditions(filter: ClaimFilter = {}): Prisma.Sql[] {
  const { claimed, speaker, source, quoted, text } = filter;
  const slugs = topicSlugs(filter);
  return conditions(
    claimed?.from && Prisma.sql`claim.claimed_at >= ${claimed.from}`,
    claimed?.to && Prisma.sql`claim.claimed_at < ${claimed.to}`,
    speaker && Prisma.sql`claim.speaker_id = ${rowIdOf(speaker, "Actor")}`,
    slugs && taggedWithAny("claim_topic", "claim_id", Prisma.sql`claim.id`, slugs),
    source && Prisma.sql`EXISTS (SELECT 1 FROM article WHERE article.id = claim.article_id AND article.source = ${source})`,
    quoted != null && Prisma.sql`claim.quote IS ${Prisma.raw(quoted ? "NOT NULL" : "NULL")}`,
    text && Prisma.sql`claim.search_vector @@ websearch_to_tsquery('english', ${text})`,
  );
}

const ofClaims = {
  select: claimColumns,
  from: Prisma.sql`claim`,
  toEdge: (row: Row) => ({ node: asModel<Claim>(row) }),
  filterBy: claimConditions,
  orderings: claimOrderings,
};

/** Claims as the root list reads them. */
const claimList = { ...ofClaims, ordering: latestFirst };

/** Claims whose `column` is the parent, latest first. */
function claimsBy(column: "article_id" | "event_id" | "speaker_id"): ChildRelation<{ node: Claim }> {
  return { ...ofClaims, parentKey: Prisma.raw(`claim.${column}`), ordering: latestFirst };
}

/** In the order the article states them. */
export const claimsByArticle = pagedRelation({
  ...claimsBy("article_id"),
  ordering: {
    name: "text-order",
    keys: [{ sql: Prisma.sql`claim.start_offset`, type: "int" }, claimId],
    descending: false,
  },
});

export const claimsByEvent = claimsBy("event_id");

export const claimsBySpeaker = claimsBy("speaker_id");

export const claimsByTopic = pagedRelation({
  ...ofClaims,
  from: Prisma.sql`claim_topic JOIN claim ON claim.id = claim_topic.claim_id`,
  parentKey: Prisma.sql`claim_topic.topic_id`,
  ordering: latestFirst,
});

export function claimLoaders(settings: LoaderSettings) {
  return {
    claimById: rowLoader(settings, { ...ofClaims, key: Prisma.sql`claim.id`, toValue: asModel<Claim> }),

    claims: rootListLoader(settings, claimList),
  };
}
