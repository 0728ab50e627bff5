// Lookahead: before a connection field is loaded, read its selection to learn
// what the page must carry, so that one statement serves the whole subtree.
//
// - counts only when totalCount or pageInfo is selected, cursors only when
//   edges.cursor or pageInfo is;
// - every connection selected below the page whose resolver is a
//   `connectionField` (Event.participants, then Actor.claims under
//   EventParticipant.actor, ...) is loaded inside the same statement as JSON
//   (connection.ts) and left on its parent object, where its resolver finds it.
//
// Fields are collected the way graphql-js executes them (fragments, aliases,
// @skip/@include), so what is loaded is what will be resolved. Anything else
// below (to-one relations, plain lists) keeps its batched DataLoader; nested
// arguments that do not validate are left to the field's own resolver, so the
// error is reported at that field's path.
import { getNamedType, isObjectType, type FieldNode, type GraphQLField, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { collectSubfields } from "graphql/execution/collectFields";
import { getArgumentValues } from "graphql/execution/values";
import {
  decodeCursor,
  pageRequest,
  PREFETCHED,
  withArguments,
  type ChildRelation,
  type Connection,
  type Edge,
  type ListArgs,
  type NestedPage,
  type PageSelection,
  type Prefetching,
} from "./connection";
import type { GraphContext } from "./context";

/**
 * What the planner reads off a field: the field's extensions, since graphql-tools
 * installs resolver functions bound (their own properties lost) and graphql-js
 * copies extensions by string key.
 */
interface Tagged {
  pagedRelation?: ChildRelation<Edge<unknown>>;
  embeddedObject?: string;
  /** The row columns a custom resolver reads (a field without resolver reads the column of its name). */
  reads?: string[];
}

type Lookahead = Pick<GraphQLResolveInfo, "schema" | "fragments" | "variableValues">;
type FieldNodes = readonly FieldNode[];

/** The resolver of a paged relation: its page if it came with the parent, else through the request's DataLoader. */
export function connectionField<E extends Edge<unknown>>(relation: ChildRelation<E>) {
  const extensions: Tagged = { pagedRelation: relation as ChildRelation<Edge<unknown>> };
  return {
    resolve: (parent: { id: number }, args: ListArgs, { loaders }: GraphContext, info: GraphQLResolveInfo) =>
      ((parent as Prefetching)[PREFETCHED]?.[info.path.key] as Connection<E> | undefined) ?? loaders.pages(relation, args, info).load(parent.id),
    extensions,
  };
}

/** The resolver of an object loaded with its parent row (a participant's actor), whose connections may be nested too. */
export function embeddedField<K extends string>(property: K) {
  const extensions: Tagged = { embeddedObject: property };
  return { resolve: <P extends Record<K, unknown>>(parent: P) => parent[property], extensions };
}

/** A custom resolver that reads only these columns of its parent row, so a nested page can carry just them. */
export function readingColumns<R>(reads: string[], resolve: R) {
  const extensions: Tagged = { reads };
  return { resolve, extensions };
}

/** What the selection of the connection field being resolved asks of its page; nested pages only when `nest`. */
export function selectionOf(info: GraphQLResolveInfo, nest: boolean): PageSelection {
  return connectionSelection(info, getNamedType(info.returnType) as GraphQLObjectType, info.fieldNodes, nest);
}

function subfields(info: Lookahead, type: GraphQLObjectType, fieldNodes: FieldNodes) {
  return collectSubfields(info.schema, info.fragments, info.variableValues, type, fieldNodes);
}

function connectionSelection(info: Lookahead, connection: GraphQLObjectType, fieldNodes: FieldNodes, nest: boolean): PageSelection {
  const selection: PageSelection = { counted: false, cursors: false, nested: [], columns: null };
  const nodeFieldNodes: FieldNode[] = [];
  // Row columns read by the edges' own fields (a participant's role, an article's mention count).
  const columns = new Set(["id"]);
  let columnsKnown = true;
  for (const nodes of subfields(info, connection, fieldNodes).values()) {
    const name = nodes[0]!.name.value;
    if (name === "totalCount") selection.counted = true;
    else if (name === "pageInfo") selection.counted = selection.cursors = true;
    else if (name === "nodes") nodeFieldNodes.push(...nodes);
    else if (name === "edges") {
      const edge = getNamedType(connection.getFields().edges!.type) as GraphQLObjectType;
      for (const edgeNodes of subfields(info, edge, nodes).values()) {
        const edgeField = edgeNodes[0]!.name.value;
        if (edgeField === "cursor") selection.cursors = true;
        else if (edgeField === "node") nodeFieldNodes.push(...edgeNodes);
        else columnsKnown &&= addColumnsRead(edge.getFields()[edgeField], columns);
      }
    }
  }
  const node = getNamedType(connection.getFields().nodes?.type);
  if (nest && nodeFieldNodes.length > 0 && isObjectType(node)) {
    const plan: NodePlan = { nested: [], columns, columnsKnown };
    planNode(info, node, nodeFieldNodes, [], plan);
    selection.nested = plan.nested;
    columnsKnown = plan.columnsKnown;
  }
  if (nest && columnsKnown) selection.columns = [...columns];
  return selection;
}

/** What a node's selection asks of its page: connections to nest, and the row columns read (unknown once a field does not say). */
interface NodePlan {
  nested: NestedPage[];
  columns: Set<string>;
  columnsKnown: boolean;
}

/**
 * Says, in their extensions, that fields without a resolver read the row column
 * of their own name. Done when the schema is built: Apollo may later wrap every
 * field's resolver (plugins that watch fields), after which defaults no longer show.
 */
export function declareDefaultReads(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve) (field as { extensions: Tagged }).extensions = { ...field.extensions, reads: [field.name] };
    }
  }
}

/** Adds the row columns a field reads; false when its resolver does not say. */
function addColumnsRead(field: GraphQLField<unknown, unknown> | undefined, columns: Set<string>): boolean {
  if (!field) return true; // __typename
  const { pagedRelation, reads } = field.extensions as Tagged;
  if (pagedRelation) return true; // reads the id, always there
  reads?.forEach((column) => columns.add(column));
  return reads !== undefined;
}

/**
 * Walks the selection of objects of `type`, and of objects embedded in them
 * (reached through `path`, their columns in the same row), once for both plans.
 */
function planNode(info: Lookahead, type: GraphQLObjectType, fieldNodes: FieldNodes, path: string[], plan: NodePlan): void {
  for (const [responseKey, nodes] of subfields(info, type, fieldNodes)) {
    const field = type.getFields()[nodes[0]!.name.value];
    const fieldType = field && getNamedType(field.type);
    const { pagedRelation: relation, embeddedObject: embedded } = (field?.extensions ?? {}) as Tagged;
    if (relation && isObjectType(fieldType)) {
      const args = sameArguments(nodes.map((node) => getArgumentValues(field!, node, info.variableValues) as ListArgs));
      const nested = args && validPage(relation, args, connectionSelection(info, fieldType, nodes, true));
      if (nested) plan.nested.push({ responseKey, path, ...nested });
    } else if (embedded && isObjectType(fieldType)) {
      planNode(info, fieldType, nodes, [...path, embedded], plan);
      continue;
    }
    plan.columnsKnown &&= addColumnsRead(field, plan.columns);
  }
}

/**
 * The arguments all field nodes agree on, or null. Nodes selected through both
 * `edges { node }` and `nodes` are one object, collected together, and may ask
 * the same field name with other arguments: then each path resolves its own.
 */
function sameArguments(args: ListArgs[]): ListArgs | null {
  const first = JSON.stringify(args[0]);
  return args.every((other) => JSON.stringify(other) === first) ? args[0]! : null;
}

/** The relation and page the arguments ask for, or null when they are invalid (the field's own resolver reports it). */
function validPage(relation: ChildRelation<Edge<unknown>>, args: ListArgs, selection: PageSelection) {
  try {
    const query = withArguments(relation, args);
    const page = pageRequest(args, selection);
    if (page.after !== null) decodeCursor(query.ordering, page.after, "after");
    if (page.before !== null) decodeCursor(query.ordering, page.before, "before");
    return { query, page };
  } catch {
    return null;
  }
}
