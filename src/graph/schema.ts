// The executable schema: schema.graphql (the contract) with the resolvers of each domain.
import { readFileSync } from "node:fs";
import path from "node:path";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { actorResolvers } from "./actor/resolvers";
import { aggregateResolvers } from "./aggregate/resolvers";
import { articleResolvers } from "./article/resolvers";
import { claimResolvers } from "./claim/resolvers";
import { curationResolvers } from "./curation/resolvers";
import { eventResolvers } from "./event/resolvers";
import { ingestionResolvers } from "./ingestion/resolvers";
import { nodeResolvers } from "./node/resolvers";
import { checkStringArguments } from "../validation/arguments";
import { decodeGlobalId } from "./ids";
import { declareDefaultReads } from "./plan";
import { scalarResolvers } from "./scalars";
import { searchResolvers } from "./search/resolvers";
import { subscriptionResolvers } from "./subscription/resolvers";
import { topicResolvers } from "./topic/resolvers";

export const SCHEMA_PATH = path.resolve(__dirname, "../../schema.graphql");

export function createSchema() {
  const schema = makeExecutableSchema({
    typeDefs: readFileSync(SCHEMA_PATH, "utf8"),
    resolvers: [scalarResolvers, articleResolvers, eventResolvers, actorResolvers, claimResolvers, topicResolvers, searchResolvers, curationResolvers, aggregateResolvers, subscriptionResolvers, ingestionResolvers, nodeResolvers],
  });
  // Before the argument checks wrap resolvers: fields without one read their own column.
  declareDefaultReads(schema);
  checkStringArguments(schema, (id) => decodeGlobalId(id) !== null);
  return schema;
}
