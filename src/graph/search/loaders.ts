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

interface Searched {
  kind: SearchHit["kind"];
  /** Its matching rows ranked, over the query `q`. */
  hits: Prisma.Sql;
  /** Its text for snippets, over the page row `page`. */
  text: Prisma.Sql;
}

/** A table searched through its GIN-indexed search_vector; `weights` for ts_rank when the default ones do not fit. */
function searched(kind: SearchHit["kind"], table: string, textColumns: string[], weights?: string): Searched {
  const t = Prisma.raw(table);
  const rankWeights = weights ? Prisma.sql`${weights}::float4[], ` : Prisma.empty;
  const text = Prisma.raw(textColumns.map((column) => `${table}.${column}`).join(", "));
  return {
    kind,
    hits: Prisma.sql`SELECT ${kind} AS kind, ${t}.id, ts_rank(${rankWeights}${t}.search_vector, q.query)::float8 AS rank
      FROM ${t}, q WHERE ${t}.search_vector @@ q.query`,
    text: Prisma.sql`(SELECT concat_ws(E'\n', ${text}) FROM ${t} WHERE ${t}.id = page.id)`,
  };
}

const SEARCHED: Record<SearchType, Searched> = {
  ARTICLE: searched("Article", "article", ["title", "body"]),
  // Claim vectors carry no weights (all D); weigh D like an article body (B) so claims compete fairly.
  CLAIM: searched("Claim", "claim", ["text"], "{0.4, 0.2, 0.4, 1.0}"),
  ACTOR: searched("Actor", "actor", ["name", "description"]),
  EVENT: searched("Event", "event", ["title", "summary", "place"]),
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
