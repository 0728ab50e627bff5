// Claim fields and the claim root fields. No SQL here.
import type { Resolvers } from "../../generated/graphql";
import { orNotFound } from "../errors";
import { rowIdOf, toGlobalId } from "../ids";
import { topicsByClaim } from "../topic/loaders";
import { connectionField } from "../plan";

export const claimResolvers: Resolvers = {
  Query: {
    claims: (_, { filter, orderBy, ...page }, { loaders }, info) => loaders.claims(filter, orderBy, page, info),
    claim: (_, { id }, { loaders }) => orNotFound(loaders.claimById.load(rowIdOf(id, "Claim")), `Claim ${id}`),
  },

  Claim: {
    id: (claim) => toGlobalId("Claim", claim.id),
    speaker: (claim, _, { loaders }) => (claim.speakerId === null ? null : loaders.actorById.load(claim.speakerId)),
    article: (claim, _, { loaders }) => orNotFound(loaders.articleById.load(claim.articleId), `Article ${claim.articleId}`),
    event: (claim, _, { loaders }) => (claim.eventId === null ? null : loaders.eventById.load(claim.eventId)),
    topics: connectionField(topicsByClaim),
  },
};
