// Validation of the curation mutations' input.
import { badInput, boundedList, globalIdOf, text, type GlobalIdDecoder } from "./checks";

const MAX_ALIAS_BYTES = 500;
const MAX_MERGED = 50;

export const aliasText = (field: string, value: unknown) => text(field, value, { maxBytes: MAX_ALIAS_BYTES, singleLine: true });

export function actorId(field: string, value: unknown, decode: GlobalIdDecoder) {
  return globalIdOf(field, value, "Actor", decode);
}

export function validateMergeActors(input: { survivorId: unknown; mergedIds: unknown[] }, decode: GlobalIdDecoder) {
  const survivorId = actorId("survivorId", input.survivorId, decode);
  const mergedIds = boundedList("mergedIds", input.mergedIds, MAX_MERGED).map((id, i) => actorId(`mergedIds[${i}]`, id, decode));
  if (mergedIds.includes(survivorId)) throw badInput("mergedIds", "must not contain the survivor");
  if (new Set(mergedIds).size !== mergedIds.length) throw badInput("mergedIds", "must not repeat an actor");
  return { survivorId, mergedIds };
}

export function validateSplitActor(input: { actorId: unknown; aliases: unknown[]; name?: unknown }, decode: GlobalIdDecoder) {
  return {
    actorId: actorId("actorId", input.actorId, decode),
    aliases: boundedList("aliases", input.aliases, MAX_MERGED).map((alias, i) => aliasText(`aliases[${i}]`, alias)),
    name: input.name === null || input.name === undefined ? null : aliasText("name", input.name),
  };
}

export function validateClaimSpeaker(input: { claimId: unknown; actorId?: unknown }, decode: GlobalIdDecoder) {
  return {
    claimId: globalIdOf("claimId", input.claimId, "Claim", decode),
    actorId: input.actorId === null || input.actorId === undefined ? null : actorId("actorId", input.actorId, decode),
  };
}
