// Limits on what one query may ask for, checked before execution: tokens by
// graphql-js's parser (armor's token plugin fails requests with a 500 under
// Apollo), aliases and directives through graphql-armor, and cost and depth by
// our own walk (src/limits/cost.ts: rows read and relationship hops, where
// armor counts every Relay wrapper as a level and ignores page sizes). Every
// rejection carries code QUERY_LIMIT_EXCEEDED, the limit's name and its value.
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
  visit,
} from "graphql";
import type { QueryLimits } from "../config";
import { operationShape, type CostSettings } from "./cost";
import { knownOperationTypesRule } from "./operation-types";

export function limitExceeded(limit: string, max: number, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message.replace(/^Syntax Error: /, ""), {
    extensions: { code: "QUERY_LIMIT_EXCEEDED", limit, max, ...details, http: { status: 400 } },
  });
}

/** armor's rejection hook: report our error instead of armor's. */
function reject(limit: string, max: number) {
  return [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitExceeded(limit, max, error.message))];
}

// graphql-js words it "more that N tokens" (sic); accept the corrected spelling too.
const TOKEN_LIMIT_MESSAGE = /Document contains more (?:than|that) (\d+) tokens/;

/**
 * Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED and
 * every parse error GRAPHQL_PARSE_FAILED; formatError calls this to restore
 * QUERY_LIMIT_EXCEEDED on the ones that are limits. Null for other errors.
 */
export function asLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  if (formatted.extensions?.limit) return { ...formatted, extensions: { ...formatted.extensions, code: "QUERY_LIMIT_EXCEEDED" } };
  const tokens = TOKEN_LIMIT_MESSAGE.exec(formatted.message);
  if (!tokens) return null;
  return {
    message: `Query token limit of ${tokens[1]} exceeded.`,
    extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "tokens", max: Number(tokens[1]) },
  };
}

const VALIDATION_ABORTED = "Validation aborted.";

/** Apollo keeps one parsed document per query text, so the count is kept per document. */
const fieldCounts = new WeakMap<DocumentNode, number>();

/** Field selections in a document, fragments counted once: what validation's cost grows with. */
function fieldCount(document: DocumentNode): number {
  let count = fieldCounts.get(document);
  if (count === undefined) {
    count = 0;
    visit(document, { Field: () => void count!++ });
    fieldCounts.set(document, count);
  }
  return count;
}

function fieldLimitError(document: DocumentNode, maxFields: number): GraphQLError | null {
  const fields = fieldCount(document);
  return fields > maxFields ? limitExceeded("fields", maxFields, `Query field limit of ${maxFields} exceeded, found ${fields}.`) : null;
}

type Shape = ReturnType<typeof operationShape>;
/**
 * Shapes per server's settings, operation node and variables: the same
 * document with the same page sizes costs the same on every request.
 */
const shapes = new WeakMap<CostSettings, WeakMap<OperationDefinitionNode, Map<string, Shape>>>();
const MAX_SHAPES_PER_OPERATION = 100;

function shapeOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined, settings: CostSettings) {
  const byOperation = shapes.get(settings) ?? new WeakMap<OperationDefinitionNode, Map<string, Shape>>();
  shapes.set(settings, byOperation);
  const byVariables = byOperation.get(operation) ?? new Map<string, Shape>();
  byOperation.set(operation, byVariables);
  // Page sizes come from top-level variables: only scalars make the key (a hostile variable
  // nested 50,000 arrays deep must not reach JSON.stringify).
  const key = JSON.stringify(Object.entries(variables ?? {}).filter(([, value]) => value === null || typeof value !== "object"));
  let shape = byVariables.get(key);
  if (!shape) {
    const fragments = Object.fromEntries(document.definitions.filter((d) => d.kind === "FragmentDefinition").map((d) => [d.name.value, d]));
    shape = operationShape(schema, operation, fragments, variables, settings);
    if (byVariables.size >= MAX_SHAPES_PER_OPERATION) byVariables.clear();
    byVariables.set(key, shape);
  }
  return shape;
}

export interface CheckedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Record<string, unknown>;
}

/** The field, depth or cost limit the operation exceeds, or null: for queries (Apollo) and subscriptions (graphql-ws) alike. */
export function operationLimitError(limits: QueryLimits, settings: CostSettings, { schema, document, operation, variables }: CheckedOperation): GraphQLError | null {
  const tooManyFields = fieldLimitError(document, limits.maxFields);
  if (tooManyFields) return tooManyFields;
  const { cost, depth, heaviest } = shapeOf(schema, document, operation, variables, settings);
  if (depth > limits.maxDepth) {
    return limitExceeded("depth", limits.maxDepth, `Query depth limit of ${limits.maxDepth} relationship hops exceeded, found ${depth}.`);
  }
  if (cost > limits.maxCost) {
    const where = heaviest ? ` \`${heaviest.path}\` contributes most (${heaviest.rows} rows).` : "";
    return limitExceeded("cost", limits.maxCost, `Query cost limit of ${limits.maxCost} rows exceeded, found ${cost}.${where}`, { cost, heaviestField: heaviest?.path });
  }
  return null;
}

function shapeLimitPlugin(limits: QueryLimits, settings: CostSettings): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        // graphql-js's overlapping-fields check gives up on a thousand fields with only "Validation aborted.":
        // say which limit that is. (Apollo turns an error thrown before validation into a 500.)
        async willSendResponse({ document, response }) {
          if (response.body.kind !== "single" || !document) return;
          const { singleResult } = response.body;
          if (!singleResult.errors?.some((error) => error.message === VALIDATION_ABORTED)) return;
          const error = fieldLimitError(document, limits.maxFields);
          if (error) singleResult.errors = [{ message: error.message, extensions: { ...error.extensions, http: undefined } }];
        },
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const error = operationLimitError(limits, settings, { schema, document, operation, variables: request.variables });
          if (error) throw error;
        },
      };
    },
  };
}

export interface QueryLimitRules {
  plugins: ApolloServerPlugin<BaseContext>[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  /** The checks Apollo's plugin runs after validation, for operations served elsewhere (subscriptions). */
  checkOperation(operation: CheckedOperation): GraphQLError | null;
}

/** In production, field suggestions ("Did you mean ...") are masked so the schema cannot be probed by typos. */
export function queryLimits(
  limits: QueryLimits,
  settings: CostSettings & { production: boolean },
): QueryLimitRules {
  const armor = new ApolloArmor({
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: settings.production },
    maxDepth: { enabled: false },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: reject("aliases", limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: reject("directives", limits.maxDirectives) },
    maxTokens: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...(plugins as ApolloServerPlugin<BaseContext>[]), shapeLimitPlugin(limits, settings)],
    validationRules: [...validationRules, knownOperationTypesRule],
    parseOptions: { maxTokens: limits.maxTokens },
    checkOperation: (operation) => operationLimitError(limits, settings, operation),
  };
}
