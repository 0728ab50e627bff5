// Loading articles: by id, per event / actor / topic (paged), and the root list.
import { Prisma } from "../../generated/prisma/client";
import type { ArticleFilter, ArticleOrder } from "../../generated/graphql";
import { type Ordering, type SortKey, type Row } from "../connection";
import { rowIdOf } from "../ids";
import { badInput } from "../../validation/checks";
import { allOf, asModel, conditions, pagedRelation, rootListLoader, rowLoader, taggedWithAny, topicSlugs, type LoaderSettings } from "../loader";
import type { ArticleEventRelation } from "../../generated/prisma/enums";
import type { Article } from "../models";
import { queryRows } from "../rows";

// Without raw_text, as long as the body: Article.rawText loads it on its own.
export const articleColumns = Prisma.sql`article.id, article.title, article.body, article.url, article.source,
  article.published_at AS "publishedAt", article.language, article.content_hash AS "contentHash",
  article.ingested_at AS "ingestedAt"`;

// Undated articles sort as Postgres sorts NULL: first when newest come first. The (published_at, id) index serves both orders.
const publishedAt: SortKey = { sql: Prisma.sql`article.published_at`, type: "timestamptz", nullable: true };
const articleId: SortKey = { sql: Prisma.sql`article.id`, type: "int" };

/** Best full-text match for the filter's text first (ts_rank over the GIN-indexed vector); the text is required. */
function byRelevance(filter: ArticleFilter): Ordering {
  if (!filter.text) throw badInput("orderBy", "RELEVANCE needs filter.text, the words to rank by");
  const rank: SortKey = { sql: Prisma.sql`-ts_rank(article.search_vector, websearch_to_tsquery('english', ${filter.text}))::float8`, type: "float8" };
  return { name: "relevance", keys: [rank, articleId], descending: false };
}

const newestFirst: Ordering = { name: "published-desc", keys: [publishedAt, articleId], descending: true };

export const articleOrderings: Record<ArticleOrder, Ordering | ((filter: ArticleFilter) => Ordering)> = {
  PUBLISHED_AT_DESC: newestFirst,
  PUBLISHED_AT_ASC: { name: "published-asc", keys: [publishedAt, articleId], descending: false },
  RELEVANCE: byRelevance,
};

/** SQL for an article list's filters; `article` is the table in scope. */
export function articleConditions(filter: ArticleFilter = {}): Prisma.Sql[] {
  const { published, source, sources, language, actor, text } = filter;
  const slugs = topicSlugs(filter);
  return conditions(
    published?.from && Prisma.sql`article.published_at >= ${published.from}`,
    published?.to && Prisma.sql`article.published_at < ${published.to}`,
    source && Prisma.sql`article.source = ${source}`,
    sources && Prisma.sql`article.source = ANY(${sources})`,
    language && Prisma.sql`article.language = ANY(${language})`,
    actor &&
      Prisma.sql`EXISTS (SELECT 1 FROM article_actor WHERE article_actor.article_id = article.id AND article_actor.actor_id = ${rowIdOf(actor, "Actor")})`,
    slugs && taggedWithAny("article_topic", "article_id", Prisma.sql`article.id`, slugs),
    text && Prisma.sql`article.search_vector @@ websearch_to_tsquery('english', ${text})`,
  );
}

/** What every paged list of articles takes: the root list's filter and orderings. */
const articleArguments = { filterBy: articleConditions, orderings: articleOrderings };

/** The article table as the by-id and root-list loaders read it. */
const ofArticles = { select: articleColumns, from: Prisma.sql`article`, toEdge: (row: Row) => ({ node: asModel<Article>(row) }) };

/** Articles as the root list reads them. */
const articleList = { ...ofArticles, ...articleArguments, ordering: newestFirst };

export const articlesByEvent = pagedRelation({
  ...articleArguments,
  select: Prisma.sql`${articleColumns}, article_event.relation`,
  from: Prisma.sql`article_event JOIN article ON article.id = article_event.article_id`,
  parentKey: Prisma.sql`article_event.event_id`,
  ordering: newestFirst,
  toEdge: ({ relation, ...article }) => ({ node: asModel<Article>(article), relation: relation as ArticleEventRelation }),
});

export const articlesByActor = pagedRelation({
  ...articleArguments,
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
  ...articleArguments,
  select: articleColumns,
  from: Prisma.sql`article_topic JOIN article ON article.id = article_topic.article_id`,
  parentKey: Prisma.sql`article_topic.topic_id`,
  ordering: newestFirst,
  toEdge: (row) => ({ node: asModel<Article>(row) }),
});

export function articleLoaders(settings: LoaderSettings) {
  return {
    articleById: rowLoader(settings, { ...ofArticles, key: Prisma.sql`article.id`, toValue: asModel<Article> }),

    articleByUrl: rowLoader<string, Article>(settings, { ...ofArticles, key: Prisma.sql`article.url`, toValue: asModel<Article> }),

    rawTextByArticle: rowLoader(settings, {
      select: Prisma.sql`article.raw_text AS "rawText"`,
      from: Prisma.sql`article`,
      key: Prisma.sql`article.id`,
      toValue: (row) => row.rawText as string,
    }),

    articles: rootListLoader(settings, articleList),

    /** Whether the article passes the filter (a subscription's, checked as each article arrives). */
    articleMatches: async (id: number, filter: ArticleFilter): Promise<boolean> => {
      const rows = await queryRows(settings.pool, Prisma.sql`SELECT 1 FROM article WHERE ${allOf([Prisma.sql`article.id = ${id}`, ...articleConditions(filter)])}`);
      return rows.length > 0;
    },
  };
}
