// Loading topics: by id, per article / event / claim / parent (paged), and the root list.
import { Prisma } from "../../generated/prisma/client";
import type { TopicFilter, TopicOrder } from "../../generated/graphql";
import { type Ordering, type ChildRelation, type Row } from "../connection";
import { asModel, conditions, pagedRelation, rootListLoader, rowLoader, type LoaderSettings } from "../loader";
import type { Topic } from "../models";

export const topicColumns = Prisma.sql`topic.id, topic.slug, topic.name, topic.description, topic.parent_id AS "parentId"`;

export const topicOrderings: Record<TopicOrder, Ordering> = {
  NAME_ASC: {
    name: "name-asc",
    keys: [
      { sql: Prisma.sql`topic.name`, type: "text" },
      { sql: Prisma.sql`topic.id`, type: "int" },
    ],
    descending: false,
  },
};

const ofTopics = { select: topicColumns, from: Prisma.sql`topic`, toEdge: (row: Row) => ({ node: asModel<Topic>(row) }) };

/** Topics linked to the parent through a link table `<parent>_topic`, by name. */
function topicsThrough(linkTable: "article_topic" | "event_topic" | "claim_topic", parentColumn: string): ChildRelation<{ node: Topic }> {
  return {
    select: topicColumns,
    from: Prisma.raw(`${linkTable} JOIN topic ON topic.id = ${linkTable}.topic_id`),
    parentKey: Prisma.raw(`${linkTable}.${parentColumn}`),
    ordering: topicOrderings.NAME_ASC,
    toEdge: (row) => ({ node: asModel<Topic>(row) }),
  };
}

export const topicsByArticle = topicsThrough("article_topic", "article_id");

export const topicsByEvent = topicsThrough("event_topic", "event_id");

export const topicsByClaim = topicsThrough("claim_topic", "claim_id");

export const topicsByParent = pagedRelation({ ...ofTopics, parentKey: Prisma.sql`topic.parent_id`, ordering: topicOrderings.NAME_ASC });

export function topicLoaders(settings: LoaderSettings) {
  return {
    topicById: rowLoader(settings, { ...ofTopics, key: Prisma.sql`topic.id`, toValue: asModel<Topic> }),

    topics: rootListLoader(settings, ofTopics, topicOrderings, (filter: TopicFilter | undefined) =>
      conditions(filter?.rootsOnly === true && Prisma.sql`topic.parent_id IS NULL`),
    ),
  };
}
