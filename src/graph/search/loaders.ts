// Full-text search over articles and claims: the GIN-indexed search_vector
// columns matched against websearch_to_tsquery('english', query), ranked by
// ts_rank, with a ts_headline snippet computed only for the hits on the page.
import type { GraphQLResolveInfo } from "graphql";
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

export function searchLoaders(settings: LoaderSettings) {
  return {
    search: (query: string, args: PageArgs, info: GraphQLResolveInfo) => {
      const tsquery = Prisma.sql`websearch_to_tsquery('english', ${query})`;
      return loadPage(
        settings.pool,
        {
          select: Prisma.sql`hit.kind, hit.id, hit.rank`,
          from: Prisma.sql`(
            SELECT 'Article' AS kind, article.id, ts_rank(article.search_vector, q.query)::float8 AS rank
            FROM article, ${tsquery} AS q(query) WHERE article.search_vector @@ q.query
            UNION ALL
            -- Claim vectors carry no weights (all D); weigh D like an article body (B) so claims compete fairly.
            SELECT 'Claim', claim.id, ts_rank('{0.4, 0.2, 0.4, 1.0}', claim.search_vector, q.query)::float8
            FROM claim, ${tsquery} AS q(query) WHERE claim.search_vector @@ q.query
          ) hit`,
          // The text is fetched for the page's hits only.
          pageSelect: Prisma.sql`ts_headline('english',
            CASE page.kind
              WHEN 'Article' THEN (SELECT concat_ws(E'\n', article.title, article.body) FROM article WHERE article.id = page.id)
              ELSE (SELECT claim.text FROM claim WHERE claim.id = page.id)
            END,
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
