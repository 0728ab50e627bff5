// A canonical dump of the graph: everything that was extracted and resolved,
// named by content (names, content hashes, offsets) instead of row ids, sorted,
// so two databases that ingested the same articles in another order, or in
// parallel, compare equal exactly when their graphs are the same.
import type { Pool } from "pg";

export async function canonicalDump(pool: Pool): Promise<Record<string, string[]>> {
  const lines = async (sql: string) => (await pool.query<{ line: string }>(sql)).rows.map((row) => row.line);
  return {
    actors: await lines(`
      SELECT concat_ws(' | ', actor.kind, actor.name, actor.description, affiliation.name,
             (SELECT string_agg(normalized, ', ' ORDER BY normalized) FROM actor_alias WHERE actor_alias.actor_id = actor.id)) AS line
        FROM actor LEFT JOIN actor affiliation ON affiliation.id = actor.affiliation_id ORDER BY line`),
    events: await lines(`
      SELECT concat_ws(' | ', event.kind, event.status, event.start_date, event.date_precision, event.place, event.title,
             (SELECT string_agg(article.content_hash || ':' || article_event.relation, ', ' ORDER BY article.content_hash)
                FROM article_event JOIN article ON article.id = article_event.article_id WHERE article_event.event_id = event.id),
             (SELECT string_agg(actor.name || ':' || event_participant.role, ', ' ORDER BY actor.name, event_participant.role)
                FROM event_participant JOIN actor ON actor.id = event_participant.actor_id WHERE event_participant.event_id = event.id)) AS line
        FROM event ORDER BY line`),
    claims: await lines(`
      SELECT concat_ws(' | ', article.content_hash, claim.start_offset, claim.end_offset, speaker.name, claim.claimed_at, claim.text) AS line
        FROM claim JOIN article ON article.id = claim.article_id LEFT JOIN actor speaker ON speaker.id = claim.speaker_id ORDER BY line`),
    mentions: await lines(`
      SELECT concat_ws(' | ', article.content_hash, actor.name, article_actor.mention_count, article_actor.first_offset) AS line
        FROM article_actor JOIN article ON article.id = article_actor.article_id JOIN actor ON actor.id = article_actor.actor_id ORDER BY line`),
    discrepancies: await lines(`
      SELECT concat_ws(' | ', event.title, event.start_date, discrepancy.field, discrepancy_value.value, article.content_hash) AS line
        FROM discrepancy JOIN event ON event.id = discrepancy.event_id
        JOIN discrepancy_value ON discrepancy_value.discrepancy_id = discrepancy.id JOIN article ON article.id = discrepancy_value.article_id
       ORDER BY line`),
  };
}
