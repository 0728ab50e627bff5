// Loading topics: by id, per article / event / claim / parent (paged), and the root list.
import { Prisma } from "../../generated/prisma/client";
import type { TopicFilter, TopicOrder } from "../../generated/graphql";
import { type Ordering, type ChildRelation, type Row, type SortKey } from "../connection";
import { asModel, conditions, pagedRelation, rootListLoader, rowLoader, type LoaderSettings } from "../loader";
import type { Topic } from "../models";

export const topicColumns = Prisma.sql`topic.id, topic.slug, topic.name, topic.description, topic.parent_id AS "parentId"`;

const topicId: SortKey = { sql: Prisma.sql`topic.id`, type: "int" };

export const topicOrderings: Record<TopicOrder, Ordering> = {
  NAME_ASC: { name: "name-asc", keys: [{ sql: Prisma.sql`topic.name`, type: "text" }, topicId], descending: false },
  ARTICLE_COUNT_DESC: {
    name: "articles-desc",
    keys: [{ sql: Prisma.sql`-(SELECT count(*) FROM article_topic WHERE article_topic.topic_id = topic.id)::int`, type: "int" }, topicId],
    descending: false,
  },
};

const topicArguments = {
  filterBy: (filter: TopicFilter) => conditions(filter.rootsOnly === true && Prisma.sql`topic.parent_id IS NULL`),
  orderings: topicOrderings,
};

const ofTopics = {
  select: topicColumns,
  from: Prisma.sql`topic`,
  toEdge: (row: Row) => ({ node: asModel<Topic>(row) }),
  ...topicArguments,
  ordering: topicOrderings.NAME_ASC,
};

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

export const topicsByParent = pagedRelation({ ...ofTopics, parentKey: Prisma.sql`topic.parent_id` });

export function topicLoaders(settings: LoaderSettings) {
  return {
    topicById: rowLoader(settings, { ...ofTopics, key: Prisma.sql`topic.id`, toValue: asModel<Topic> }),

    topicBySlug: rowLoader<string, Topic>(settings, { ...ofTopics, key: Prisma.sql`topic.slug`, toValue: asModel<Topic> }),

    topics: rootListLoader(settings, ofTopics),
  };
}
