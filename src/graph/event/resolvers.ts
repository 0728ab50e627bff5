// Event, participant and discrepancy fields, and the event root fields. No SQL here.
import type { Resolvers } from "../../generated/graphql";
import { orNotFound } from "../errors";
import { rowIdOf, toGlobalId } from "../ids";
import type { Article } from "../models";

export const eventResolvers: Resolvers = {
  Query: {
    events: (_, { filter, orderBy, ...page }, { loaders }, info) => loaders.events(filter, orderBy, page, info),
    event: (_, { id }, { loaders }) => orNotFound(loaders.eventById.load(rowIdOf(id, "Event")), `Event ${id}`),
  },

  Event: {
    id: (event) => toGlobalId("Event", event.id),
    articles: (event, page, { loaders }, info) => loaders.articlesByEvent(page, info).load(event.id),
    participants: (event, page, { loaders }, info) => loaders.participantsByEvent(page, info).load(event.id),
    claims: (event, page, { loaders }, info) => loaders.claimsByEvent(page, info).load(event.id),
    topics: (event, page, { loaders }, info) => loaders.topicsByEvent(page, info).load(event.id),
    discrepancies: (event, _, { loaders }) => loaders.discrepanciesByEvent.load(event.id),
  },

  EventParticipant: {
    event: (participant, _, { loaders }) => orNotFound(loaders.eventById.load(participant.eventId), `Event ${participant.eventId}`),
  },

  DiscrepancyValue: {
    articles: async (value, _, { loaders }) => {
      const articles = await loaders.articleById.loadMany(value.articleIds);
      return articles.filter((article): article is Article => article !== null && !(article instanceof Error));
    },
  },
};
