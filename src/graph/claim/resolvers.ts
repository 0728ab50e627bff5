// Claim fields and the claim root fields. No SQL here.
import type { Resolvers } from "../../generated/graphql";
import { orNotFound } from "../errors";
import { globalIdField, rowIdOf } from "../ids";
import { topicsByClaim } from "../topic/loaders";
import { connectionField, readingColumns } from "../plan";

export const claimResolvers: Resolvers = {
  Query: {
    claims: (_, args, { loaders }, info) => loaders.claims(args, info),
    claim: (_, { id }, { loaders }) => orNotFound(loaders.claimById.load(rowIdOf(id, "Claim")), `Claim ${id}`),
  },

  Claim: {
    id: globalIdField("Claim"),
    speaker: readingColumns(["speakerId"], (claim, _, { loaders }) => (claim.speakerId === null ? null : loaders.actorById.load(claim.speakerId))),
    article: readingColumns(["articleId"], (claim, _, { loaders }) => orNotFound(loaders.articleById.load(claim.articleId), `Article ${claim.articleId}`)),
    event: readingColumns(["eventId"], (claim, _, { loaders }) => (claim.eventId === null ? null : loaders.eventById.load(claim.eventId))),
    topics: connectionField(topicsByClaim),
  },
};
