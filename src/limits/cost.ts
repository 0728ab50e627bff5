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

function selectionCost(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables,
  settings: CostSettings,
  visiting: Set<string>,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Unions have no fields of their own (only __typename, which is free).
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const type = getNamedType(field.type);
      if (isLeafType(type) || !selection.selectionSet) continue;
      const below = selectionCost(schema, type as GraphQLCompositeType, selection.selectionSet, fragments, variables, settings, visiting);
      cost += pageSize(selection.arguments ?? [], variables, settings, field) * (1 + below);
    } else {
      // A fragment on an interface or union may apply to any of its types: count it as if it always does.
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
      const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : null;
      if (!fragment || (name && visiting.has(name))) continue;
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
      const target = condition && (isObjectType(condition) || isAbstractType(condition)) ? condition : parent;
      if (name) visiting.add(name);
      cost += selectionCost(schema, target, fragment.selectionSet, fragments, variables, settings, visiting);
      if (name) visiting.delete(name);
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
  return selectionCost(schema, root, operation.selectionSet, fragments, variables, settings, new Set());
}
