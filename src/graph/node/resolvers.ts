// Relay's Node interface: any entity by its global id (`node`, `nodes`), and
// which GraphQL type a loaded row is. No SQL here.
import { requireRole } from "../../auth/roles";
import type { Resolvers, ResolversInterfaceTypes } from "../../generated/graphql";
import type { GraphContext } from "../context";
import { badUserInput } from "../errors";
import { fromGlobalId, nodeTypeOf, type NodeType } from "../ids";

const MAX_NODES = 100;

/** A row of any Node type, as its loader returns it. */
type NodeRow = ResolversInterfaceTypes<Record<string, never>>["Node"];

/** The row a global id names, or null. BAD_USER_INPUT for a malformed id. */
function loadNode(globalId: string, context: GraphContext): Promise<NodeRow | null> {
  const { type, id, keys } = fromGlobalId(globalId);
  const { loaders } = context;
  const byType: Record<NodeType, () => Promise<NodeRow | null>> = {
    Article: () => loaders.articleById.load(id),
    Event: () => loaders.eventById.load(id),
    Actor: () => loaders.actorById.load(id),
    Claim: () => loaders.claimById.load(id),
    Topic: () => loaders.topicById.load(id),
    EventParticipant: () => loaders.participantByKeys.load(keys.join(":")),
    CoActor: () => loaders.coActorByKeys.load(keys.join(":")),
    IngestionBatch: () => loaders.ingestionBatchById.load(id),
    // Audit entries name API keys: for editors only, as auditLog is.
    AuditEntry: () => {
      requireRole(context, "EDITOR");
      return loaders.auditEntryById.load(id);
    },
  };
  return byType[type]();
}

export const nodeResolvers: Resolvers = {
  Query: {
    /** Null for a well-formed id naming nothing (Relay convention). */
    node: (_, { id }, context) => loadNode(id, context),
    nodes: (_, { ids }, context) => {
      if (ids.length > MAX_NODES) throw badUserInput(`ids must have at most ${MAX_NODES} items (got ${ids.length})`);
      return Promise.all(ids.map((id) => loadNode(id, context)));
    },
  },
  Node: { __resolveType: (row) => nodeTypeOf(row) },
};
