// Curation of claims: who said it.
import type { Db } from "../db/client";
import type { Claim } from "../generated/prisma/client";
import { type Curator, notFound, writeAudit } from "./audit";

/** Sets (or, with null, clears) the speaker of a claim. */
export async function setClaimSpeaker(db: Db, curator: Curator, claimId: number, actorId: number | null): Promise<Claim> {
  return db.$transaction(async (tx) => {
    const claim = await tx.$queryRaw<Claim[]>`SELECT id, speaker_id AS "speakerId" FROM claim WHERE id = ${claimId} FOR UPDATE`;
    if (!claim.length) throw notFound("Claim", claimId, "claimId");
    if (actorId !== null && !(await tx.actor.findUnique({ where: { id: actorId }, select: { id: true } }))) {
      throw notFound("Actor", actorId, "actorId");
    }
    const updated = await tx.claim.update({ where: { id: claimId }, data: { speakerId: actorId } });
    await writeAudit(tx, curator, {
      action: "setClaimSpeaker",
      entityType: "Claim",
      entityId: claimId,
      before: { speakerId: claim[0].speakerId },
      after: { speakerId: actorId },
    });
    return updated;
  });
}
