// Curation mutations and the audit log. Every mutation needs an EDITOR key;
// inputs are validated (src/validation) before the service (src/curation) runs
// its single transaction.
import { JSONResolver } from "graphql-scalars";
import { requireRole } from "../../auth/roles";
import { addAlias, mergeActors, removeAlias, splitActor } from "../../curation/actors";
import { setClaimSpeaker } from "../../curation/claims";
import type { Resolvers } from "../../generated/graphql";
import { aliasText, actorId, validateClaimSpeaker, validateMergeActors, validateSplitActor } from "../../validation/curation";
import type { GraphContext } from "../context";
import { decodeGlobalId, fromGlobalId, globalIdField, toGlobalId, type NodeType } from "../ids";


/** The editor making the change, for the audit log. */
const curator = (context: GraphContext) => ({ apiKeyId: requireRole(context, "EDITOR").apiKey.id });

export const curationResolvers: Resolvers = {
  JSON: JSONResolver,

  Mutation: {
    mergeActors: (_, args, context) => {
      const who = curator(context);
      const { survivorId, mergedIds } = validateMergeActors(args, decodeGlobalId);
      return mergeActors(context.prisma, who, survivorId, mergedIds);
    },
    addAlias: (_, args, context) => {
      const who = curator(context);
      return addAlias(context.prisma, who, actorId("actorId", args.actorId, decodeGlobalId), aliasText("alias", args.alias));
    },
    removeAlias: (_, args, context) => {
      const who = curator(context);
      return removeAlias(context.prisma, who, actorId("actorId", args.actorId, decodeGlobalId), aliasText("alias", args.alias));
    },
    splitActor: (_, args, context) => {
      const who = curator(context);
      const input = validateSplitActor(args, decodeGlobalId);
      return splitActor(context.prisma, who, input.actorId, input.aliases, input.name);
    },
    setClaimSpeaker: (_, args, context) => {
      const who = curator(context);
      const input = validateClaimSpeaker(args, decodeGlobalId);
      return setClaimSpeaker(context.prisma, who, input.claimId, input.actorId);
    },
  },

  Query: {
    // Who changed what is for editors: entries name API keys.
    auditLog: (_, { filter, ...page }, context) => {
      requireRole(context, "EDITOR");
      const entity = filter?.entityId ? fromGlobalId(filter.entityId) : undefined;
      return context.loaders.auditLog({ entityType: entity?.type, entityId: entity?.id, action: filter?.action }, page);
    },
  },

  AuditEntry: {
    id: globalIdField("AuditEntry"),
    entityId: (entry) => toGlobalId(entry.entityType as NodeType, entry.entityId),
  },
};
