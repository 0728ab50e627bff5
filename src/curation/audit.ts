// The audit trail of curation: every service writes one row in the same
// transaction as its change, so the log never disagrees with the data.
import { GraphQLError } from "graphql";
import type { Prisma } from "../generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/** Who made a change: the API key behind the request (null from trusted scripts). */
export interface Curator {
  apiKeyId: number | null;
}

export interface AuditEntry {
  action: string;
  entityType: "Actor" | "Claim";
  entityId: number;
  before: Prisma.InputJsonValue | null;
  after: Prisma.InputJsonValue | null;
}

export async function writeAudit(tx: Tx, curator: Curator, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      apiKeyId: curator.apiKeyId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}

export function notFound(type: string, id: number, field: string): GraphQLError {
  return new GraphQLError(`no ${type} with id ${id}`, { extensions: { code: "NOT_FOUND", field } });
}

/** Locks the actors' rows for the transaction (in id order, so two merges cannot deadlock). */
export async function lockActors(tx: Tx, ids: number[]): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM actor WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** Everything curation can move, as it stands: the before/after of an audit entry. */
export async function snapshotActor(tx: Tx, id: number) {
  const actor = await tx.actor.findUnique({
    where: { id },
    include: {
      aliases: { orderBy: { id: "asc" }, select: { surface: true } },
      articles: { orderBy: { articleId: "asc" }, select: { articleId: true, mentionCount: true, firstOffset: true } },
      participations: { orderBy: { eventId: "asc" }, select: { eventId: true, role: true } },
      claims: { orderBy: { id: "asc" }, select: { id: true } },
    },
  });
  if (!actor) return null;
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    description: actor.description,
    affiliationId: actor.affiliationId,
    aliases: actor.aliases.map((a) => a.surface),
    mentions: actor.articles,
    participations: actor.participations,
    claimIds: actor.claims.map((c) => c.id),
  };
}
