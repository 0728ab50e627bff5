// Query cost, GitHub/Shopify style: every object field costs 1, scalars are
// free, and a field taking first/last multiplies the cost of everything
// below it by the page size asked for (the default page size when omitted).
// Computed once the operation and its variables are known, before execution.
import {
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from "graphql";

export interface CostSettings {
  /** Page size assumed when a paginated field gets neither first nor last. */
  defaultPageSize: number;
}

type Variables = Record<string, unknown> | undefined;

function pageSize(args: readonly { name: { value: string }; value: ValueNode }[], variables: Variables, settings: CostSettings, field: GraphQLField<unknown, unknown>): number {
  const paginated = field.args.some((arg) => arg.name === "first" || arg.name === "last");
  if (!paginated) return 1;
  for (const arg of args) {
    if (arg.name.value !== "first" && arg.name.value !== "last") continue;
    const value = valueFromASTUntyped(arg.value, variables);
    if (typeof value === "number" && value >= 0) return value;
  }
  return settings.defaultPageSize;
}

/** What one cost computation walks: fragment costs are remembered, so a fragment spread many times is walked once. */
interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Variables;
  settings: CostSettings;
  fragmentCost: Map<string, number>;
  /** Fragments being walked: a cycle (rejected by validation anyway) counts once, never loops. */
  visiting: Set<string>;
}

function fragmentCost(walk: Walk, name: string, parent: GraphQLCompositeType): number {
  const known = walk.fragmentCost.get(name);
  if (known !== undefined) return known;
  const fragment = walk.fragments[name];
  if (!fragment || walk.visiting.has(name)) return 0;
  walk.visiting.add(name);
  const cost = selectionCost(walk, typeCondition(walk, fragment, parent), fragment.selectionSet);
  walk.visiting.delete(name);
  walk.fragmentCost.set(name, cost);
  return cost;
}

function typeCondition(walk: Walk, fragment: { typeCondition?: { name: { value: string } } }, parent: GraphQLCompositeType): GraphQLCompositeType {
  const condition = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : parent;
  return condition && (isObjectType(condition) || isAbstractType(condition)) ? condition : parent;
}

function selectionCost(walk: Walk, parent: GraphQLCompositeType, selectionSet: SelectionSetNode): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Unions have no fields of their own (only __typename, which is free).
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const type = getNamedType(field.type);
      if (isLeafType(type) || !selection.selectionSet) continue;
      const below = selectionCost(walk, type as GraphQLCompositeType, selection.selectionSet);
      cost += pageSize(selection.arguments ?? [], walk.variables, walk.settings, field) * (1 + below);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      // A fragment on an interface or union may apply to any of its types: count it as if it always does.
      cost += fragmentCost(walk, selection.name.value, parent);
    } else {
      cost += selectionCost(walk, typeCondition(walk, selection, parent), selection.selectionSet);
    }
  }
  return cost;
}

export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables,
  settings: CostSettings,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return selectionCost({ schema, fragments, variables, settings, fragmentCost: new Map(), visiting: new Set() }, root, operation.selectionSet);
}
