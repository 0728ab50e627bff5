// Subscriptions: articleIngested and eventUpdated, fed by the change feed
// (src/subscriptions/changes.ts), so every server process sees what any
// process stored. No SQL here.
import type { GraphContext } from "../context";
import type { Resolvers } from "../../generated/graphql";
import { orNotFound } from "../errors";
import { rowIdOf } from "../ids";
import { GraphQLError } from "graphql";

function feedOf({ changes }: GraphContext) {
  if (!changes) throw new GraphQLError("subscriptions are served over WebSocket (graphql-ws) at /graphql", { extensions: { code: "BAD_REQUEST" } });
  return changes;
}

/** Each event loads its rows afresh: the subscription's DataLoaders would otherwise serve what the first event cached. */
function load<T>(context: GraphContext, loadRow: (context: GraphContext) => Promise<T | null>, what: string): Promise<T> {
  context.renewLoaders();
  return orNotFound(loadRow(context), what);
}

export const subscriptionResolvers: Resolvers = {
  Subscription: {
    articleIngested: {
      subscribe: (_, { filter }, context) =>
        feedOf(context).changes("article", (id) => (filter ? context.loaders.articleMatches(id, filter) : Promise.resolve(true))),
      resolve: (id: number, _: unknown, context: GraphContext) => load(context, ({ loaders }) => loaders.articleById.load(id), `Article ${id}`),
    },
    eventUpdated: {
      subscribe: (_, { id }, context) => {
        const eventId = rowIdOf(id, "Event");
        return feedOf(context).changes("event", async (changed) => changed === eventId);
      },
      resolve: (id: number, _: unknown, context: GraphContext) => load(context, ({ loaders }) => loaders.eventById.load(id), `Event ${id}`),
    },
  },
};
