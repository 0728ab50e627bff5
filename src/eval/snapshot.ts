// Reads the graph back from the database in the shape the scorer takes.
import type { Db } from "../db/client";
import type { GraphSnapshot } from "./gold";

/** `filesByArticle`: article id → the corpus files that produced it. */
export async function readSnapshot(db: Db, filesByArticle: Map<number, string[]>): Promise<GraphSnapshot> {
  const articleIds = [...filesByArticle.keys()];
  const [actors, articles, events] = await Promise.all([
    db.actor.findMany({ select: { id: true, name: true, kind: true, aliases: { select: { surface: true } } } }),
    db.article.findMany({
      where: { id: { in: articleIds } },
      select: {
        id: true,
        title: true,
        body: true,
        actors: { select: { actorId: true } },
        claims: { select: { text: true, speakerId: true }, orderBy: { startOffset: "asc" } },
        topics: { select: { topic: { select: { slug: true, name: true } } } },
      },
    }),
    db.event.findMany({
      select: { id: true, title: true, startDate: true, datePrecision: true, articles: { select: { articleId: true } } },
    }),
  ]);
  return {
    actors: actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      aliases: actor.aliases.map((alias) => alias.surface),
    })),
    articles: articles.flatMap((article) =>
      (filesByArticle.get(article.id) ?? []).map((file) => ({
        file,
        title: article.title,
        body: article.body,
        actorIds: article.actors.map((link) => link.actorId),
        claims: article.claims,
        topics: article.topics.map((link) => link.topic),
      })),
    ),
    events: events.map((event) => ({
      id: event.id,
      title: event.title,
      date: event.startDate ? event.startDate.toISOString().slice(0, 10) : null,
      precision: event.datePrecision,
      files: event.articles.flatMap((link) => filesByArticle.get(link.articleId) ?? []),
    })),
  };
}
