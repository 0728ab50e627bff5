// Topic fields and the topic root fields. No SQL here.
import type { Resolvers } from "../../generated/graphql";
import { orNotFound } from "../errors";
import { globalIdField, rowIdOf } from "../ids";
import { articlesByTopic } from "../article/loaders";
import { claimsByTopic } from "../claim/loaders";
import { eventsByTopic } from "../event/loaders";
import { topicsByParent } from "./loaders";
import { connectionField, readingColumns } from "../plan";

export const topicResolvers: Resolvers = {
  Query: {
    topics: (_, args, { loaders }, info) => loaders.topics(args, info),
    topic: (_, { id }, { loaders }) => orNotFound(loaders.topicById.load(rowIdOf(id, "Topic")), `Topic ${id}`),
    topicBySlug: (_, { slug }, { loaders }) => loaders.topicBySlug.load(slug),
  },

  Topic: {
    id: globalIdField("Topic"),
    parent: readingColumns(["parentId"], (topic, _, { loaders }) => (topic.parentId === null ? null : loaders.topicById.load(topic.parentId))),
    children: connectionField(topicsByParent),
    articles: connectionField(articlesByTopic),
    events: connectionField(eventsByTopic),
    claims: connectionField(claimsByTopic),
  },
};
