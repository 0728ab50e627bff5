// Writes one extracted article into the graph inside the caller's transaction:
// the article, its actors (resolved across articles), events (likewise, with
// discrepancies), claims and topic links. A thrown error rolls all of it back.
import type { ActorKind } from "../generated/prisma/enums";
import { allocateIds, insertRows, type Tx } from "./sql";
import { resolveActors, TRIGRAM_SEARCH_THRESHOLD } from "./resolve-actors";
import { articleOrderKey } from "./order";
import { resolveEvents } from "./resolve-events";
import type { ArticleInput, ExtractedArticle, ExtractedClaim } from "./types";

/** What one ingest added to the graph (for progress and summaries). */
export interface IngestStats {
  actorsCreated: number;
  actorsMerged: number;
  claimsCreated: number;
  eventsCreated: number;
  eventsMerged: number;
}

/**
 * Serialises actor and event resolution between concurrent ingests, so two
 * articles naming the same new person cannot both create them. Held to commit.
 */
const RESOLUTION_LOCK = 0x6e657773; // "news"

function checkClaim(claim: ExtractedClaim, bodyLength: number) {
  if (!(Number.isInteger(claim.start) && Number.isInteger(claim.end) && claim.start >= 0 && claim.start < claim.end && claim.end <= bodyLength)) {
    throw new Error(`claim offsets ${claim.start}..${claim.end} fall outside the body (length ${bodyLength})`);
  }
}

export async function storeArticle(
  tx: Tx,
  input: ArticleInput,
  extracted: ExtractedArticle,
  contentHash: string,
): Promise<{ articleId: number; stats: IngestStats }> {
  for (const claim of extracted.claims) checkClaim(claim, extracted.body.length);
  const publishedAt = extracted.publishedAt ?? input.publishedAt ?? null;
  const article = await tx.article.create({
    data: {
      title: input.title ?? extracted.title ?? null,
      body: extracted.body,
      rawText: input.text,
      url: input.url ?? null,
      source: input.source ?? null,
      publishedAt,
      language: extracted.language,
      contentHash,
    },
    select: { id: true },
  });
  const articleId = article.id;
  // Both last to the end of the transaction. The trigram threshold makes the
  // index search for close spellings return only names worth comparing.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${RESOLUTION_LOCK}::bigint),
    set_config('pg_trgm.similarity_threshold', ${String(TRIGRAM_SEARCH_THRESHOLD)}, true)`;

  const slugs = [...new Set([...extracted.topics.map((t) => t.slug), ...extracted.events.flatMap((e) => e.topics), ...extracted.claims.flatMap((c) => c.topics)])];
  const topics = await tx.$queryRaw<{ id: number; slug: string }[]>`SELECT id, slug FROM topic WHERE slug = ANY(${slugs}::text[])`;
  const topicIds = new Map(topics.map((topic) => [topic.slug, topic.id]));

  const articleOrder = articleOrderKey(publishedAt, contentHash);
  const actors = await resolveActors(tx, articleId, extracted.actors, articleOrder);
  const actorKinds = new Map<number, ActorKind>();
  for (const actor of extracted.actors) actorKinds.set(actors.idByKey.get(actor.key)!, actor.kind);
  const events = await resolveEvents(tx, extracted.events, {
    articleId,
    publishedAt,
    articleOrder,
    actorIds: actors.idByKey,
    actorKinds,
    topicIds,
  });

  const claimIds = await allocateIds(tx, "claim", extracted.claims.length);
  await insertRows(
    tx,
    "claim",
    {
      id: "int",
      article_id: "int",
      text: "text",
      quote: "text",
      speaker_id: "int",
      event_id: "int",
      start_offset: "int",
      end_offset: "int",
      claimed_at: "timestamptz",
    },
    extracted.claims.map((claim, i) => ({
      id: claimIds[i],
      article_id: articleId,
      text: claim.text,
      quote: claim.quote,
      speaker_id: claim.speakerKey ? actors.idByKey.get(claim.speakerKey) : null,
      event_id: claim.eventKey ? events.idByKey.get(claim.eventKey) : null,
      start_offset: claim.start,
      end_offset: claim.end,
      claimed_at: claim.claimedAt,
    })),
  );
  const claimTopics = extracted.claims.flatMap((claim, i) =>
    [...new Set(claim.topics)].flatMap((slug) => {
      const topicId = topicIds.get(slug);
      return topicId === undefined ? [] : [{ claim_id: claimIds[i], topic_id: topicId }];
    }),
  );
  await insertRows(tx, "claim_topic", { claim_id: "int", topic_id: "int" }, claimTopics);
  const articleTopics = new Map(
    extracted.topics.flatMap((t) => {
      const topicId = topicIds.get(t.slug);
      return topicId === undefined ? [] : [[topicId, Math.min(Math.max(t.score, 0), 1)] as const];
    }),
  );
  await insertRows(
    tx,
    "article_topic",
    { article_id: "int", topic_id: "int", score: "float8" },
    [...articleTopics].map(([topicId, score]) => ({ article_id: articleId, topic_id: topicId, score })),
  );

  return {
    articleId,
    stats: {
      actorsCreated: actors.created,
      actorsMerged: actors.merged,
      claimsCreated: extracted.claims.length,
      eventsCreated: events.created,
      eventsMerged: events.merged,
    },
  };
}
