// Event, participant and discrepancy fields, and the event root fields. No SQL here.
import type { Resolvers } from "../../generated/graphql";
import { orNotFound } from "../errors";
import { globalIdField, rowIdOf, toGlobalId } from "../ids";
import { loadFound } from "../loader";
import type { ParticipantRow } from "../models";
import { articlesByEvent } from "../article/loaders";
import { claimsByEvent } from "../claim/loaders";
import { participantsByEvent } from "./loaders";
import { topicsByEvent } from "../topic/loaders";
import { connectionField, embeddedField, readingColumns } from "../plan";

export const eventResolvers: Resolvers = {
  Query: {
    events: (_, args, { loaders }, info) => loaders.events(args, info),
    event: readingColumns(["eventId"], (_, { id }, { loaders }) => orNotFound(loaders.eventById.load(rowIdOf(id, "Event")), `Event ${id}`)),
  },

  Event: {
    id: globalIdField("Event"),
    articles: connectionField(articlesByEvent),
    participants: connectionField(participantsByEvent),
    claims: connectionField(claimsByEvent),
    topics: connectionField(topicsByEvent),
    discrepancies: readingColumns(["id"], (event, _, { loaders }) => loaders.discrepanciesByEvent.load(event.id)),
  },

  EventParticipant: {
    id: readingColumns(["eventId", "id"], (participant: ParticipantRow) => toGlobalId("EventParticipant", participant.eventId, participant.actor.id)),
    actor: embeddedField("actor"),
    event: (participant, _, { loaders }) => orNotFound(loaders.eventById.load(participant.eventId), `Event ${participant.eventId}`),
  },

  DiscrepancyValue: {
    articles: (value, _, { loaders }) => loadFound(loaders.articleById, value.articleIds),
  },
};
