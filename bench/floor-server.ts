// The floor: what the hardware and Postgres allow. One hand-written SQL
// statement per scenario builds the whole response JSON inside Postgres
// (json_agg / json_build_object), behind a bare node:http handler. No GraphQL
// parsing, validation or resolvers: whatever our server spends above this is
// overhead to explain. Orderings and page sizes match the GraphQL scenarios
// (as in our server, NULL sort keys come first when descending).
//
// POST /<scenario> with the scenario's variables as the JSON body.
import http from "node:http";
import { Pool } from "pg";
import { announceWhenListening, childSettings } from "./child";

/**
 * Full-text search over articles and claims, best first: rows (type, id, text, rank, snippet)
 * for query $1, page size $2. Shared with PostGraphile's search function (postgraphile.ts).
 */
export const SEARCH_ROWS_SQL = `
  WITH query AS (SELECT websearch_to_tsquery('english', $1) AS q),
  hits AS (
    (SELECT 'Article' AS type, a.id, a.title AS text, ts_rank(a.search_vector, query.q) AS rank,
            concat_ws(E'\\n', a.title, a.body) AS document
     FROM article a, query WHERE a.search_vector @@ query.q ORDER BY rank DESC, a.id LIMIT $2)
    UNION ALL
    (SELECT 'Claim', c.id, c.text, ts_rank(c.search_vector, query.q), c.text
     FROM claim c, query WHERE c.search_vector @@ query.q ORDER BY 4 DESC, c.id LIMIT $2)
  ),
  page AS (SELECT * FROM hits ORDER BY rank DESC, type, id LIMIT $2)
  SELECT page.type, page.id, page.text, page.rank,
    ts_headline('english', page.document, query.q, 'MaxFragments=2, MinWords=8, MaxWords=30') AS snippet
  FROM page, query ORDER BY page.rank DESC, page.type, page.id`;

interface FloorQuery {
  sql: string;
  params(variables: Record<string, unknown>): unknown[];
}

export const FLOOR_QUERIES: Record<string, FloorQuery> = {
  articleById: {
    sql: `
      SELECT json_build_object('article', json_build_object(
        'id', a.id, 'title', a.title, 'body', a.body, 'url', a.url, 'source', a.source,
        'publishedAt', a.published_at, 'language', a.language))::text
      FROM article a WHERE a.id = $1`,
    params: (v) => [v.id],
  },

  articlesWithActors: {
    sql: `
      SELECT json_build_object('articles', coalesce(json_agg(json_build_object(
        'id', a.id, 'title', a.title, 'publishedAt', a.published_at,
        'actors', (
          SELECT coalesce(json_agg(json_build_object(
            'mentionCount', aa.mention_count, 'id', ac.id, 'name', ac.name, 'kind', ac.kind)
            ORDER BY aa.first_offset, aa.actor_id), '[]')
          FROM (SELECT * FROM article_actor WHERE article_id = a.id ORDER BY first_offset, actor_id LIMIT $2) aa
          JOIN actor ac ON ac.id = aa.actor_id)
      ) ORDER BY a.published_at DESC, a.id DESC), '[]'))::text
      FROM (SELECT id, title, published_at FROM article ORDER BY published_at DESC, id DESC LIMIT $1) a`,
    params: (v) => [v.articles, v.actors],
  },

  nestedEvents: {
    sql: `
      SELECT json_build_object('events', coalesce(json_agg(json_build_object(
        'id', e.id, 'title', e.title, 'startDate', e.start_date,
        'participants', (
          SELECT coalesce(json_agg(json_build_object(
            'role', p.role,
            'actor', json_build_object('id', p.actor_id, 'name', p.name, 'claims', (
              SELECT coalesce(json_agg(json_build_object('id', c.id, 'text', c.text) ORDER BY c.claimed_at DESC, c.id DESC), '[]')
              FROM (SELECT id, text, claimed_at FROM claim WHERE speaker_id = p.actor_id
                    ORDER BY claimed_at DESC, id DESC LIMIT $1) c))
          ) ORDER BY p.name, p.actor_id), '[]')
          FROM (SELECT ep.role, ep.actor_id, ac.name FROM event_participant ep JOIN actor ac ON ac.id = ep.actor_id
                WHERE ep.event_id = e.id ORDER BY ac.name, ep.actor_id LIMIT $1) p)
      ) ORDER BY e.start_date DESC, e.id DESC), '[]'))::text
      FROM (SELECT id, title, start_date FROM event ORDER BY start_date DESC, id DESC LIMIT $1) e`,
    params: (v) => [v.perLevel],
  },

  search: {
    sql: `SELECT json_build_object('search', coalesce(json_agg(row_to_json(hit)), '[]'))::text FROM (${SEARCH_ROWS_SQL}) hit`,
    params: (v) => [v.query, v.first],
  },
};

async function readBody(request: http.IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += chunk;
  return body;
}

function main() {
  const { databaseUrl, poolSize } = childSettings();
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  const server = http.createServer(async (request, response) => {
    const query = FLOOR_QUERIES[(request.url ?? "").slice(1)];
    if (!query) {
      response.writeHead(404).end();
      return;
    }
    try {
      const variables = JSON.parse((await readBody(request)) || "{}");
      // A named statement is parsed and planned once per connection.
      const { rows } = await pool.query({ name: request.url, text: query.sql, values: query.params(variables), rowMode: "array" });
      response.writeHead(200, { "content-type": "application/json" }).end(`{"data":${rows[0]?.[0] ?? "null"}}`);
    } catch (error) {
      response.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    }
  });
  announceWhenListening(server);
}

if (require.main === module) main();
