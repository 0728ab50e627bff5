// Is the search ranking right, not just fast? Over sampled queries from the
// generator's vocabulary (single words and two-word phrases, common and rare),
// compares the top hits our API returns with the exact ts_rank order computed
// straight in SQL, and reports the mean overlap (1.0: the same hits).
// `npx tsx bench/search-ranking.ts [--queries 200] [--database-url URL]`, and part of `npm run bench`.
import { Client } from "pg";
import { decodeGlobalId } from "../src/graph/ids";
import { option, parseArgs } from "./args";
import { DEFAULT_BENCH_DATABASE_URL } from "./data";
import { CLAIM_PREDICATES, CLAIM_SUBJECTS, COUNTRIES, FILLER_SENTENCES, LAST_NAMES } from "./lexicon";
import { createRandom } from "./random";
import { PAGE } from "./scenarios";
import { startSystem, type RunningSystem } from "./systems";

export interface RankingOverlap {
  queries: number;
  /** Mean over queries of |ours ∩ exact top k| / min(k, hits). */
  meanOverlap: number;
  worstOverlap: number;
  worstQuery: string;
}

const STOPWORDS = new Set(["the", "of", "a", "by", "be", "was", "had", "been", "in", "to", "and", "for", "with", "will", "would", "must", "could", "both", "near", "until", "end", "were", "is", "did", "not"]);

const wordsOf = (phrases: string[]) => phrases.flatMap((phrase) => phrase.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => !STOPWORDS.has(word));

/** Adjacent content-word pairs of the phrases. */
function pairsOf(phrases: string[]): string[] {
  return phrases.flatMap((phrase) => {
    const words = wordsOf([phrase]);
    return words.slice(1).map((word, i) => `${words[i]} ${word}`);
  });
}

/** Queries in four equal groups: common words, rare words (names), common phrases, a rare and a common word. */
export function sampleSearchQueries(count: number, seed = 7): string[] {
  const random = createRandom(seed);
  const common = [...new Set(wordsOf([...CLAIM_SUBJECTS.map((s) => s.phrase), ...CLAIM_PREDICATES, ...FILLER_SENTENCES]))];
  const rare = [...new Set([...LAST_NAMES, ...COUNTRIES.map((country) => country.capital).filter(Boolean)].map((word) => word.toLowerCase()))];
  const phrases = [...new Set(pairsOf([...CLAIM_SUBJECTS.map((s) => s.phrase), ...CLAIM_PREDICATES]))];
  const groups = [
    () => random.pick(common),
    () => random.pick(rare),
    () => random.pick(phrases),
    () => `${random.pick(rare)} ${random.pick(common)}`,
  ];
  return Array.from({ length: count }, (_, i) => groups[i % groups.length]());
}

/**
 * The exact answer: every article and claim matching the query, by ts_rank (claims weighted as the
 * API weighs them); all hits at least as good as the k-th, since any of those tied with it is a
 * right choice among equals.
 */
const EXACT_TOP = `
  WITH q(query) AS (SELECT websearch_to_tsquery('english', $1)),
  ranked AS (
    SELECT 'Article' AS kind, a.id, ts_rank(a.search_vector, q.query)::float8 AS rank FROM article a, q WHERE a.search_vector @@ q.query
    UNION ALL
    SELECT 'Claim', c.id, ts_rank('{0.4, 0.2, 0.4, 1.0}'::float4[], c.search_vector, q.query)::float8 FROM claim c, q WHERE c.search_vector @@ q.query
  ),
  kth AS (SELECT rank FROM ranked ORDER BY rank DESC OFFSET $2 - 1 LIMIT 1)
  SELECT kind, id, (SELECT count(*) FROM ranked)::int AS hits FROM ranked
  WHERE rank >= coalesce((SELECT rank FROM kth), '-infinity')`;

const OUR_SEARCH = `query ($q: String!, $first: Int!) { search(query: $q, types: [ARTICLE, CLAIM], first: $first) { edges { node { __typename ... on Article { id } ... on Claim { id } } } } }`;

const rowKey = (node: { id: string }) => {
  const decoded = decodeGlobalId(node.id);
  return `${decoded?.type}:${decoded?.id}`;
};

export async function searchRankingOverlap(system: RunningSystem, databaseUrl: string, queries: string[], k = PAGE.search): Promise<RankingOverlap> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const overlaps: Array<{ query: string; overlap: number }> = [];
  try {
    for (const query of queries) {
      const exact = (await client.query(EXACT_TOP, [query, k])).rows as Array<{ kind: string; id: number; hits: number }>;
      if (exact.length === 0) continue;
      const acceptable = new Set(exact.map((hit) => `${hit.kind}:${hit.id}`));
      const response = await fetch(`${system.baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: OUR_SEARCH, variables: { q: query, first: k } }),
      });
      const body = (await response.json()) as { data?: { search: { edges: Array<{ node: { __typename: string; id: string } }> } }; errors?: Array<{ message: string }> };
      if (!body.data) throw new Error(`search "${query}": ${body.errors?.[0]?.message ?? response.status}`);
      const ours = body.data.search.edges.map((edge) => rowKey(edge.node));
      const found = ours.filter((key) => acceptable.has(key)).length;
      overlaps.push({ query, overlap: Math.min(1, found / Math.min(k, exact[0].hits)) });
    }
  } finally {
    await client.end();
  }
  const worst = overlaps.reduce((a, b) => (b.overlap < a.overlap ? b : a), overlaps[0] ?? { query: "", overlap: 1 });
  return {
    queries: overlaps.length,
    meanOverlap: overlaps.reduce((sum, o) => sum + o.overlap, 0) / Math.max(1, overlaps.length),
    worstOverlap: worst.overlap,
    worstQuery: worst.query,
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const databaseUrl = String(args["database-url"] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL);
  const queries = sampleSearchQueries(option(args, "queries", 200));
  const system = await startSystem("ours", { databaseUrl, poolSize: 4 });
  try {
    const result = await searchRankingOverlap(system, databaseUrl, queries);
    console.log(`search ranking: top ${PAGE.search} overlap with the exact ts_rank order, mean ${result.meanOverlap.toFixed(3)} over ${result.queries} queries (worst ${result.worstOverlap.toFixed(2)}: "${result.worstQuery}")`);
  } finally {
    await system.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
