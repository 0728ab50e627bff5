// Curation of actors: merge duplicates, edit aliases, split a conflated actor.
// Each service is one transaction that also writes its audit entry.
import type { Db } from "../db/client";
import type { Actor } from "../generated/prisma/client";
import { normalizeName } from "../text/normalize";
import { badInput } from "../validation/checks";
import { countAliasUses } from "./alias-occurrences";
import { type Curator, lockActors, notFound, snapshotActor, type Tx, writeAudit } from "./audit";

async function requireActor(tx: Tx, id: number, field: string): Promise<Actor> {
  const actor = await tx.actor.findUnique({ where: { id } });
  if (!actor) throw notFound("Actor", id, field);
  return actor;
}

/**
 * Folds `mergedIds` into `survivorId`: their aliases, article mentions (counts
 * summed, earliest offset kept), claims (as speaker), event participations
 * (the survivor's role wins when both took part) and affiliates move to the
 * survivor; the merged actors are deleted.
 */
export async function mergeActors(db: Db, curator: Curator, survivorId: number, mergedIds: number[]): Promise<Actor> {
  return db.$transaction(async (tx) => {
    const all = [survivorId, ...mergedIds];
    const found = await lockActors(tx, all);
    const missing = all.find((id) => !found.includes(id));
    if (missing !== undefined) throw notFound("Actor", missing, missing === survivorId ? "survivorId" : "mergedIds");
    // One at a time: a transaction is one connection, which runs one statement at a time.
    const before = { survivor: await snapshotActor(tx, survivorId), merged: [] as Awaited<ReturnType<typeof snapshotActor>>[] };
    for (const id of mergedIds) before.merged.push(await snapshotActor(tx, id));
    const merged = await tx.actor.findMany({ where: { id: { in: mergedIds } }, orderBy: { id: "asc" } });

    // Aliases: the merged actors' names count as aliases too; duplicates of the survivor's are dropped.
    const known = new Set((await tx.actorAlias.findMany({ where: { actorId: survivorId } })).map((a) => a.normalized));
    const incoming = [
      ...merged.map((actor) => ({ surface: actor.name, normalized: normalizeName(actor.name) })),
      ...(await tx.actorAlias.findMany({ where: { actorId: { in: mergedIds } }, orderBy: { id: "asc" } })),
    ];
    const added: { surface: string; normalized: string }[] = [];
    for (const alias of incoming) {
      if (!alias.normalized || known.has(alias.normalized)) continue;
      known.add(alias.normalized);
      added.push(alias);
    }
    await tx.actorAlias.deleteMany({ where: { actorId: { in: mergedIds } } });
    await tx.actorAlias.createMany({ data: added.map(({ surface, normalized }) => ({ actorId: survivorId, surface, normalized })) });

    await tx.$executeRaw`
      INSERT INTO article_actor (article_id, actor_id, mention_count, first_offset)
      SELECT article_id, ${survivorId}::int, sum(mention_count)::int, min(first_offset)
        FROM article_actor WHERE actor_id = ANY(${all}::int[]) GROUP BY article_id
      ON CONFLICT (article_id, actor_id)
      DO UPDATE SET mention_count = EXCLUDED.mention_count, first_offset = EXCLUDED.first_offset`;
    // Participations in events and in the reports they are folded from.
    for (const [table, key] of [["event_participant", "event_id"], ["event_report_participant", "report_id"]]) {
      await tx.$executeRawUnsafe(
        `INSERT INTO ${table} (${key}, actor_id, role)
         SELECT DISTINCT ON (${key}) ${key}, $1::int, role FROM ${table} WHERE actor_id = ANY($2::int[]) ORDER BY ${key}, actor_id
         ON CONFLICT (${key}, actor_id) DO NOTHING`,
        survivorId,
        mergedIds,
      );
    }
    await tx.claim.updateMany({ where: { speakerId: { in: mergedIds } }, data: { speakerId: survivorId } });
    await tx.actor.updateMany({ where: { affiliationId: { in: mergedIds }, id: { not: survivorId } }, data: { affiliationId: survivorId } });

    const survivor = await requireActor(tx, survivorId, "survivorId");
    const inheritedDescription = survivor.description ?? merged.find((actor) => actor.description)?.description ?? null;
    const affiliationId = survivor.affiliationId !== null && mergedIds.includes(survivor.affiliationId) ? null : survivor.affiliationId;
    // Mentions and participations of the merged actors go with them (ON DELETE CASCADE).
    await tx.actor.deleteMany({ where: { id: { in: mergedIds } } });
    const updated = await tx.actor.update({ where: { id: survivorId }, data: { description: inheritedDescription, affiliationId } });

    await writeAudit(tx, curator, { action: "mergeActors", entityType: "Actor", entityId: survivorId, before, after: await snapshotActor(tx, survivorId) });
    return updated;
  });
}

/** Adds a surface form to an actor; adding one it already has (same normalised key) changes nothing. */
export async function addAlias(db: Db, curator: Curator, actorId: number, surface: string): Promise<Actor> {
  const normalized = normalizeName(surface);
  if (!normalized) throw badInput("alias", "has no letters or digits once normalised");
  return db.$transaction(async (tx) => {
    await lockActors(tx, [actorId]);
    const actor = await requireActor(tx, actorId, "actorId");
    const existing = await tx.actorAlias.findUnique({ where: { actorId_normalized: { actorId, normalized } } });
    if (existing) return actor;
    const before = await snapshotActor(tx, actorId);
    await tx.actorAlias.create({ data: { actorId, surface, normalized } });
    await writeAudit(tx, curator, { action: "addAlias", entityType: "Actor", entityId: actorId, before, after: await snapshotActor(tx, actorId) });
    return actor;
  });
}

/** Removes the alias with the same normalised key; an actor keeps at least one alias. */
export async function removeAlias(db: Db, curator: Curator, actorId: number, surface: string): Promise<Actor> {
  const normalized = normalizeName(surface);
  return db.$transaction(async (tx) => {
    await lockActors(tx, [actorId]);
    const actor = await requireActor(tx, actorId, "actorId");
    const aliases = await tx.actorAlias.findMany({ where: { actorId } });
    const alias = aliases.find((a) => a.normalized === normalized);
    if (!alias) throw badInput("alias", `is not an alias of actor ${actorId}`);
    if (aliases.length === 1) throw badInput("alias", "is the actor's last alias");
    const before = await snapshotActor(tx, actorId);
    await tx.actorAlias.delete({ where: { id: alias.id } });
    await writeAudit(tx, curator, { action: "removeAlias", entityType: "Actor", entityId: actorId, before, after: await snapshotActor(tx, actorId) });
    return actor;
  });
}

export interface SplitResult {
  original: Actor;
  created: Actor;
}

/**
 * Splits the aliases `surfaces` off `actorId` into a new actor (same kind and
 * affiliation, named `name` or the first moved alias). Mention rows do not
 * record which words were used, so what else moves is decided by reading the
 * article bodies for the moved and the kept aliases (whole words, case-insensitive):
 * - an article naming the actor only through moved aliases moves entirely,
 *   with the actor's claims in it;
 * - an article using both keeps a mention for each, counted from the body,
 *   and a claim there moves only when its own text names only moved aliases;
 * - an article using neither (the text was edited, or the mention came from a
 *   pronoun) stays with the original;
 * - an event participation moves when every article of the event that
 *   mentioned the actor moved entirely.
 */
export async function splitActor(db: Db, curator: Curator, actorId: number, surfaces: string[], name: string | null): Promise<SplitResult> {
  return db.$transaction(async (tx) => {
    await lockActors(tx, [actorId]);
    const original = await requireActor(tx, actorId, "actorId");
    const aliases = await tx.actorAlias.findMany({ where: { actorId }, orderBy: { id: "asc" } });
    const wanted = surfaces.map(normalizeName);
    wanted.forEach((key, i) => {
      if (!aliases.some((a) => a.normalized === key)) throw badInput(`aliases[${i}]`, `is not an alias of actor ${actorId}`);
    });
    const moved = aliases.filter((a) => wanted.includes(a.normalized));
    const kept = aliases.filter((a) => !wanted.includes(a.normalized));
    if (!kept.length) throw badInput("aliases", "would leave the original actor without aliases");
    const before = await snapshotActor(tx, actorId);

    const created = await tx.actor.create({
      data: { name: name ?? moved[0].surface, kind: original.kind, affiliationId: original.affiliationId },
    });
    await tx.actorAlias.updateMany({ where: { id: { in: moved.map((a) => a.id) } }, data: { actorId: created.id } });

    const mentions = await tx.articleActor.findMany({ where: { actorId }, include: { article: { select: { body: true } } } });
    const groups = { moved: moved.map((a) => a.surface), kept: kept.map((a) => a.surface) };
    const wholeArticles: number[] = [];
    const sharedArticles: number[] = [];
    for (const mention of mentions) {
      const uses = countAliasUses(mention.article.body, groups);
      if (uses.moved.count === 0) continue;
      if (uses.kept.count === 0) {
        wholeArticles.push(mention.articleId);
        continue;
      }
      sharedArticles.push(mention.articleId);
      const key = { articleId_actorId: { articleId: mention.articleId, actorId } };
      await tx.articleActor.update({ where: key, data: { mentionCount: uses.kept.count, firstOffset: uses.kept.firstOffset } });
      await tx.articleActor.create({
        data: { articleId: mention.articleId, actorId: created.id, mentionCount: uses.moved.count, firstOffset: uses.moved.firstOffset },
      });
    }
    await tx.articleActor.updateMany({ where: { actorId, articleId: { in: wholeArticles } }, data: { actorId: created.id } });

    const sharedClaims = await tx.claim.findMany({ where: { speakerId: actorId, articleId: { in: sharedArticles } }, select: { id: true, text: true } });
    const claimIds = sharedClaims
      .filter((claim) => {
        const uses = countAliasUses(claim.text, groups);
        return uses.moved.count > 0 && uses.kept.count === 0;
      })
      .map((claim) => claim.id);
    await tx.claim.updateMany({
      where: { speakerId: actorId, OR: [{ articleId: { in: wholeArticles } }, { id: { in: claimIds } }] },
      data: { speakerId: created.id },
    });

    await tx.$executeRaw`
      UPDATE event_report_participant p SET actor_id = ${created.id}::int FROM event_report r
       WHERE r.id = p.report_id AND p.actor_id = ${actorId}::int AND r.article_id = ANY(${wholeArticles}::int[])`;
    const participations = await tx.eventParticipant.findMany({
      where: { actorId },
      include: { event: { select: { articles: { select: { articleId: true } } } } },
    });
    const mentioned = new Set(mentions.map((m) => m.articleId));
    for (const participation of participations) {
      const reporting = participation.event.articles.map((a) => a.articleId).filter((id) => mentioned.has(id));
      if (reporting.length && reporting.every((id) => wholeArticles.includes(id))) {
        await tx.eventParticipant.update({
          where: { eventId_actorId: { eventId: participation.eventId, actorId } },
          data: { actorId: created.id },
        });
      }
    }

    await writeAudit(tx, curator, {
      action: "splitActor",
      entityType: "Actor",
      entityId: actorId,
      before,
      after: { original: await snapshotActor(tx, actorId), created: await snapshotActor(tx, created.id) },
    });
    return { original, created };
  });
}
