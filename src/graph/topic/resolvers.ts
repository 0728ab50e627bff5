// Topic fields and the topic root fields. No SQL here.
import type { Resolvers } from "../../generated/graphql";
import { orNotFound } from "../errors";
import { rowIdOf, toGlobalId } from "../ids";

export const topicResolvers: Resolvers = {
  Query: {
    topics: (_, { filter, orderBy, ...page }, { loaders }, info) => loaders.topics(filter, orderBy, page, info),
    topic: (_, { id }, { loaders }) => orNotFound(loaders.topicById.load(rowIdOf(id, "Topic")), `Topic ${id}`),
  },

  Topic: {
    id: (topic) => toGlobalId("Topic", topic.id),
    parent: (topic, _, { loaders }) => (topic.parentId === null ? null : loaders.topicById.load(topic.parentId)),
    children: (topic, page, { loaders }, info) => loaders.topicsByParent(page, info).load(topic.id),
    articles: (topic, page, { loaders }, info) => loaders.articlesByTopic(page, info).load(topic.id),
    events: (topic, page, { loaders }, info) => loaders.eventsByTopic(page, info).load(topic.id),
    claims: (topic, page, { loaders }, info) => loaders.claimsByTopic(page, info).load(topic.id),
  },
};
