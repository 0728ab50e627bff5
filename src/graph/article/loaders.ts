// Loading articles: by id, per event / actor / topic (paged), and the root list.
import { Prisma } from "../../generated/prisma/client";
import type { ArticleFilter, ArticleOrder } from "../../generated/graphql";
import { type Ordering, type SortKey, type Row } from "../connection";
import { rowIdOf } from "../ids";
import { asModel, conditions, pagedRelation, rootListLoader, rowLoader, type LoaderSettings } from "../loader";
import type { ArticleEventRelation } from "../../generated/prisma/enums";
import type { Article } from "../models";

// Without raw_text, as long as the body: Article.rawText loads it on its own.
export const articleColumns = Prisma.sql`article.id, article.title, article.body, article.url, article.source,
  article.published_at AS "publishedAt", article.language, article.content_hash AS "contentHash",
  article.ingested_at AS "ingestedAt"`;

// Undated articles sort as Postgres sorts NULL: first when newest come first. The (published_at, id) index serves both orders.
const publishedAt: SortKey = { sql: Prisma.sql`article.published_at`, type: "timestamptz", nullable: true };
const articleId: SortKey = { sql: Prisma.sql`article.id`, type: "int" };

export const articleOrderings: Record<ArticleOrder, Ordering> = {
  PUBLISHED_AT_DESC: { name: "published-desc", keys: [publishedAt, articleId], descending: true },
  PUBLISHED_AT_ASC: { name: "published-asc", keys: [publishedAt, articleId], descending: false },
};
const newestFirst = articleOrderings.PUBLISHED_AT_DESC;

/** SQL for the root list's filters; `article` is the table in scope. */
function articleConditions(filter: ArticleFilter = {}): Prisma.Sql[] {
  const { published, source, actor, topic, text } = filter;
  return conditions(
    published?.from && Prisma.sql`article.published_at >= ${published.from}`,
    published?.to && Prisma.sql`article.published_at < ${published.to}`,
    source && Prisma.sql`article.source = ${source}`,
    actor &&
      Prisma.sql`EXISTS (SELECT 1 FROM article_actor WHERE article_actor.article_id = article.id AND article_actor.actor_id = ${rowIdOf(actor, "Actor")})`,
    topic &&
      Prisma.sql`EXISTS (SELECT 1 FROM article_topic JOIN topic ON topic.id = article_topic.topic_id
                         WHERE article_topic.article_id = article.id AND topic.slug = ${topic})`,
    text && Prisma.sql`article.search_vector @@ websearch_to_tsquery('english', ${text})`,
  );
}

/** The article table as the by-id and root-list loaders read it. */
const ofArticles = { select: articleColumns, from: Prisma.sql`article`, toEdge: (row: Row) => ({ node: asModel<Article>(row) }) };

export const articlesByEvent = pagedRelation({
  select: Prisma.sql`${articleColumns}, article_event.relation`,
  from: Prisma.sql`article_event JOIN article ON article.id = article_event.article_id`,
  parentKey: Prisma.sql`article_event.event_id`,
  ordering: newestFirst,
  toEdge: ({ relation, ...article }) => ({ node: asModel<Article>(article), relation: relation as ArticleEventRelation }),
});

export const articlesByActor = pagedRelation({
  select: Prisma.sql`${articleColumns}, article_actor.mention_count AS "mentionCount", article_actor.first_offset AS "firstOffset"`,
  from: Prisma.sql`article_actor JOIN article ON article.id = article_actor.article_id`,
  parentKey: Prisma.sql`article_actor.actor_id`,
  ordering: newestFirst,
  toEdge: ({ mentionCount, firstOffset, ...article }) => ({
    node: asModel<Article>(article),
    mentionCount: mentionCount as number,
    firstOffset: firstOffset as number,
  }),
});

export const articlesByTopic = pagedRelation({
  select: articleColumns,
  from: Prisma.sql`article_topic JOIN article ON article.id = article_topic.article_id`,
  parentKey: Prisma.sql`article_topic.topic_id`,
  ordering: newestFirst,
  toEdge: (row) => ({ node: asModel<Article>(row) }),
});

export function articleLoaders(settings: LoaderSettings) {
  return {
    articleById: rowLoader(settings, { ...ofArticles, key: Prisma.sql`article.id`, toValue: asModel<Article> }),

    rawTextByArticle: rowLoader(settings, {
      select: Prisma.sql`article.raw_text AS "rawText"`,
      from: Prisma.sql`article`,
      key: Prisma.sql`article.id`,
      toValue: (row) => row.rawText as string,
    }),

    articles: rootListLoader(settings, ofArticles, articleOrderings, articleConditions),
  };
}
