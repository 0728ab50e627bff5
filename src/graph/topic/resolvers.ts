// Topic fields and the topic root fields. No SQL here.
import type { Resolvers } from "../../generated/graphql";
import { orNotFound } from "../errors";
import { rowIdOf, toGlobalId } from "../ids";

export const topicResolvers: Resolvers = {
  Query: {
    topics: (_, { filter, orderBy, ...page }, { loaders }) => loaders.topics(filter, orderBy, page),
    topic: (_, { id }, { loaders }) => orNotFound(loaders.topicById.load(rowIdOf(id, "Topic")), `Topic ${id}`),
  },

  Topic: {
    id: (topic) => toGlobalId("Topic", topic.id),
    parent: (topic, _, { loaders }) => (topic.parentId === null ? null : loaders.topicById.load(topic.parentId)),
    children: (topic, page, { loaders }) => loaders.topicsByParent(page).load(topic.id),
    articles: (topic, page, { loaders }) => loaders.articlesByTopic(page).load(topic.id),
    events: (topic, page, { loaders }) => loaders.eventsByTopic(page).load(topic.id),
    claims: (topic, page, { loaders }) => loaders.claimsByTopic(page).load(topic.id),
  },
};
