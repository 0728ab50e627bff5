// Full-text search over articles, claims, actors and events: the GIN-indexed search_vector
// columns matched against websearch_to_tsquery('english', query), ranked by
// ts_rank, with a ts_headline snippet computed only for the hits on the page.
import type { GraphQLResolveInfo } from "graphql";
import type { SearchType } from "../../generated/graphql";
import { Prisma } from "../../generated/prisma/client";
import { loadPage, pageRequest, type Ordering, type PageArgs } from "../connection";
import type { LoaderSettings } from "../loader";
import type { SearchHit } from "../models";
import { selectionOf } from "../plan";

const bestFirst: Ordering = {
  name: "rank",
  keys: [
    { sql: Prisma.sql`-hit.rank`, type: "float8" },
    { sql: Prisma.sql`hit.kind`, type: "text" },
    { sql: Prisma.sql`hit.id`, type: "int" },
  ],
  descending: false,
};

/** Per searchable type: its matching rows ranked, and its text for snippets (over the page row `page`). */
const SEARCHED: Record<SearchType, { kind: SearchHit["kind"]; hits: Prisma.Sql; text: Prisma.Sql }> = {
  ARTICLE: {
    kind: "Article",
    hits: Prisma.sql`SELECT 'Article' AS kind, article.id, ts_rank(article.search_vector, q.query)::float8 AS rank
      FROM article, q WHERE article.search_vector @@ q.query`,
    text: Prisma.sql`(SELECT concat_ws(E'\n', article.title, article.body) FROM article WHERE article.id = page.id)`,
  },
  CLAIM: {
    kind: "Claim",
    // Claim vectors carry no weights (all D); weigh D like an article body (B) so claims compete fairly.
    hits: Prisma.sql`SELECT 'Claim' AS kind, claim.id, ts_rank('{0.4, 0.2, 0.4, 1.0}', claim.search_vector, q.query)::float8 AS rank
      FROM claim, q WHERE claim.search_vector @@ q.query`,
    text: Prisma.sql`(SELECT claim.text FROM claim WHERE claim.id = page.id)`,
  },
  ACTOR: {
    kind: "Actor",
    hits: Prisma.sql`SELECT 'Actor' AS kind, actor.id, ts_rank(actor.search_vector, q.query)::float8 AS rank
      FROM actor, q WHERE actor.search_vector @@ q.query`,
    text: Prisma.sql`(SELECT concat_ws(E'\n', actor.name, actor.description) FROM actor WHERE actor.id = page.id)`,
  },
  EVENT: {
    kind: "Event",
    hits: Prisma.sql`SELECT 'Event' AS kind, event.id, ts_rank(event.search_vector, q.query)::float8 AS rank
      FROM event, q WHERE event.search_vector @@ q.query`,
    text: Prisma.sql`(SELECT concat_ws(E'\n', event.title, event.summary, event.place) FROM event WHERE event.id = page.id)`,
  },
};

const ALL_TYPES = Object.keys(SEARCHED) as SearchType[];

export function searchLoaders(settings: LoaderSettings) {
  return {
    search: (query: string, types: readonly SearchType[] | null | undefined, args: PageArgs, info: GraphQLResolveInfo) => {
      const searched = [...new Set(types?.length ? types : ALL_TYPES)].map((type) => SEARCHED[type]);
      const tsquery = Prisma.sql`websearch_to_tsquery('english', ${query})`;
      return loadPage(
        settings.pool,
        {
          select: Prisma.sql`hit.kind, hit.id, hit.rank`,
          from: Prisma.sql`(WITH q(query) AS (SELECT ${tsquery}) ${Prisma.join(searched.map((type) => type.hits), " UNION ALL ")}) hit`,
          // The text is fetched for the page's hits only.
          pageSelect: Prisma.sql`ts_headline('english',
            CASE page.kind ${Prisma.join(searched.map((type) => Prisma.sql`WHEN ${type.kind} THEN ${type.text}`), " ")} END,
            ${tsquery}, 'MaxFragments=2, MinWords=8, MaxWords=30') AS snippet`,
          ordering: bestFirst,
          toEdge: ({ kind, id, rank, snippet }) => ({
            node: { kind, id } as SearchHit,
            rank: rank as number,
            snippet: snippet as string,
          }),
        },
        pageRequest(args, selectionOf(info, false)),
      );
    },
  };
}
