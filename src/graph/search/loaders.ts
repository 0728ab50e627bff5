// Full-text search over articles, claims, actors and events: the GIN-indexed search_vector
// columns matched against websearch_to_tsquery('english', query), ranked by ts_rank in two
// tiers: first the rows whose title (an actor's name) holds the whole query, then the rest.
// A title hit outranks a body-only hit under ts_rank's weights in almost every case
// (`npm run bench:search-ranking` measures how close the tiers stay to the exact order), and the
// first tier is found through small title vectors, so a page rarely ranks every match.
// Snippets (ts_headline) are computed only for the hits on the page.
import type { GraphQLResolveInfo } from "graphql";
import type { SearchType } from "../../generated/graphql";
import { Prisma } from "../../generated/prisma/client";
import { loadPage, pageRequest, type Ordering, type PageArgs } from "../connection";
import type { LoaderSettings } from "../loader";
import type { SearchHit } from "../models";
import { selectionOf } from "../plan";

const bestFirst: Ordering = {
  name: "tiered-rank",
  keys: [
    { sql: Prisma.sql`hit.tier`, type: "int" },
    { sql: Prisma.sql`-hit.rank`, type: "float8" },
    { sql: Prisma.sql`hit.kind`, type: "text" },
    { sql: Prisma.sql`hit.id`, type: "int" },
  ],
  descending: false,
};

type Tier = 0 | 1;

interface Searched {
  kind: SearchHit["kind"];
  /** Its matching rows of a tier (all tiers: null) ranked, over the query `q`; null when the tier holds none. */
  hits(tier: Tier | null): Prisma.Sql | null;
  /** Its text for snippets, over the page row `page`. */
  text: Prisma.Sql;
}

/**
 * A table searched through its GIN-indexed search_vector, with `head` the vector of its title
 * (no head: every row is in the second tier); `weights` for ts_rank when the default ones do not fit.
 */
function searched(
  kind: SearchHit["kind"],
  table: string,
  textColumns: string[],
  { head, weights, leadChars }: { head?: string; weights?: string; leadChars?: number },
): Searched {
  const t = Prisma.raw(table);
  const rankWeights = weights ? Prisma.sql`${weights}::float4[], ` : Prisma.empty;
  const qualified = textColumns.map((column) => `${table}.${column}`);
  const joined = (columns: string[]) => Prisma.sql`concat_ws(E'\n', ${Prisma.raw(columns.join(", "))})`;
  // A first-tier hit holds the query in its title: its snippet needs only the title and the
  // lead (the last column cut short), and ts_headline's cost grows with the text it reads.
  const text = leadChars
    ? Prisma.sql`CASE WHEN page.tier = 0 THEN ${joined([...qualified.slice(0, -1), `left(${qualified.at(-1)}, ${leadChars})`])} ELSE ${joined(qualified)} END`
    : joined(qualified);
  const inHead = head ? Prisma.sql`${t}.${Prisma.raw(head)} @@ q.query` : Prisma.sql`FALSE`;
  const condition: Record<"all" | Tier, Prisma.Sql> = {
    all: Prisma.empty,
    // Both vectors: a query with a negated word may hold on the title and not on the whole.
    0: Prisma.sql`AND ${inHead}`,
    1: Prisma.sql`AND NOT (${inHead})`,
  };
  return {
    kind,
    hits: (tier) =>
      tier === 0 && !head
        ? null
        : Prisma.sql`SELECT ${kind} AS kind, ${t}.id, ts_rank(${rankWeights}${t}.search_vector, q.query)::float8 AS rank,
            ${tier === null ? Prisma.sql`CASE WHEN ${inHead} THEN 0 ELSE 1 END` : Prisma.sql`${tier}`}::int AS tier
          FROM ${t}, q WHERE ${t}.search_vector @@ q.query ${condition[tier ?? "all"]}`,
    text: Prisma.sql`(SELECT ${text} FROM ${t} WHERE ${t}.id = page.id)`,
  };
}

const SEARCHED: Record<SearchType, Searched> = {
  ARTICLE: searched("Article", "article", ["title", "body"], { head: "title_vector", leadChars: 300 }),
  // Claim vectors carry no weights (all D); weigh D like an article body (B) so claims compete fairly.
  CLAIM: searched("Claim", "claim", ["text"], { weights: "{0.4, 0.2, 0.4, 1.0}" }),
  ACTOR: searched("Actor", "actor", ["name", "description"], { head: "name_vector" }),
  EVENT: searched("Event", "event", ["title", "summary", "place"], { head: "title_vector" }),
};

const ALL_TYPES = Object.keys(SEARCHED) as SearchType[];

export function searchLoaders(settings: LoaderSettings) {
  return {
    search: (query: string, types: readonly SearchType[] | null | undefined, args: PageArgs, info: GraphQLResolveInfo) => {
      const searched = [...new Set(types?.length ? types : ALL_TYPES)].map((type) => SEARCHED[type]);
      const tsquery = Prisma.sql`websearch_to_tsquery('english', ${query})`;
      const tiers: Tier[] = [0, 1];
      const hitsOf = (tier: Tier | null) => {
        const tables = searched.map((type) => type.hits(tier)).filter((hits): hits is Prisma.Sql => hits !== null);
        return tables.length ? Prisma.sql`(WITH q(query) AS (SELECT ${tsquery}) ${Prisma.join(tables, " UNION ALL ")}) hit` : null;
      };
      return loadPage(
        settings.pool,
        {
          select: Prisma.sql`hit.kind, hit.id, hit.rank, hit.tier`,
          from: hitsOf(null)!,
          // Claims alone have no first tier.
          tiers: tiers.map(hitsOf).filter((hits): hits is Prisma.Sql => hits !== null),
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
