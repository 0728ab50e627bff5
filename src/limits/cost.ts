// What a query asks of the database, measured before it runs:
// - cost: the rows it can read, GitHub-style. A field returning objects reads one
//   row per parent; a field taking first/last reads that many per parent (the
//   default page size when omitted); scalars are free. So the cost is the sum,
//   over every such field, of the product of the page sizes on its path.
// - depth: relationship hops. The Relay wrappers a connection puts around its
//   rows (edges, node, nodes, pageInfo) read nothing and are not hops.
// Both are computed in one walk once the operation and its variables are known.
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

/** The field reading the most rows: where to cut a query that costs too much. */
export interface HeaviestField {
  /** Response keys from the root, wrappers left out: `articles.claims.speaker`. */
  path: string;
  rows: number;
}

export interface QueryShape {
  cost: number;
  depth: number;
  heaviest: HeaviestField | null;
}

type Variables = Record<string, unknown> | undefined;

const NO_SHAPE: QueryShape = { cost: 0, depth: 0, heaviest: null };

/** Types whose fields only wrap the rows of a connection. */
const isWrapperType = (type: GraphQLCompositeType) => /(Connection|Edge)$/.test(type.name);

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

/** What one walk needs: fragment shapes are remembered (per parent row), so a fragment spread many times is walked once. */
interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Variables;
  settings: CostSettings;
  fragmentShape: Map<string, QueryShape>;
  /** Fragments being walked: a cycle (rejected by validation anyway) counts once, never loops. */
  visiting: Set<string>;
}

function heavier(a: HeaviestField | null, b: HeaviestField | null): HeaviestField | null {
  if (!a) return b;
  if (!b) return a;
  return b.rows > a.rows ? b : a;
}

/** Adds a sibling's shape: costs add, depth is the deeper of the two. */
function combine(a: QueryShape, b: QueryShape): QueryShape {
  return { cost: a.cost + b.cost, depth: Math.max(a.depth, b.depth), heaviest: heavier(a.heaviest, b.heaviest) };
}

function fragmentShape(walk: Walk, name: string, parent: GraphQLCompositeType): QueryShape {
  const known = walk.fragmentShape.get(name);
  if (known) return known;
  const fragment = walk.fragments[name];
  if (!fragment || walk.visiting.has(name)) return NO_SHAPE;
  walk.visiting.add(name);
  const shape = selectionShape(walk, typeCondition(walk, fragment, parent), fragment.selectionSet);
  walk.visiting.delete(name);
  walk.fragmentShape.set(name, shape);
  return shape;
}

function typeCondition(walk: Walk, fragment: { typeCondition?: { name: { value: string } } }, parent: GraphQLCompositeType): GraphQLCompositeType {
  const condition = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : parent;
  return condition && (isObjectType(condition) || isAbstractType(condition)) ? condition : parent;
}

/** The shape of a selection per row of its parent. */
function selectionShape(walk: Walk, parent: GraphQLCompositeType, selectionSet: SelectionSetNode): QueryShape {
  let shape = NO_SHAPE;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Unions have no fields of their own (only __typename, which is free).
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const type = getNamedType(field.type);
      if (isLeafType(type) || !selection.selectionSet) continue;
      const below = selectionShape(walk, type as GraphQLCompositeType, selection.selectionSet);
      if (isWrapperType(parent)) {
        shape = combine(shape, below);
        continue;
      }
      const key = selection.alias?.value ?? selection.name.value;
      const rows = pageSize(selection.arguments ?? [], walk.variables, walk.settings, field);
      const scaled = below.heaviest && { path: `${key}.${below.heaviest.path}`, rows: rows * below.heaviest.rows };
      shape = combine(shape, {
        cost: rows + rows * below.cost,
        depth: 1 + below.depth,
        heaviest: heavier({ path: key, rows }, scaled),
      });
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      // A fragment on an interface or union may apply to any of its types: count it as if it always does.
      shape = combine(shape, fragmentShape(walk, selection.name.value, parent));
    } else {
      shape = combine(shape, selectionShape(walk, typeCondition(walk, selection, parent), selection.selectionSet));
    }
  }
  return shape;
}

export function operationShape(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables,
  settings: CostSettings,
): QueryShape {
  const root = schema.getRootType(operation.operation);
  if (!root) return NO_SHAPE;
  return selectionShape({ schema, fragments, variables, settings, fragmentShape: new Map(), visiting: new Set() }, root, operation.selectionSet);
}
