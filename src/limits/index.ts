// Limits on what one query may ask for, checked before execution: tokens by
// graphql-js's parser (armor's token plugin fails requests with a 500 under
// Apollo), depth, aliases and directives through graphql-armor, and cost through
// our own list-aware rule (armor's cost limit ignores page sizes). Every
// rejection carries code QUERY_LIMIT_EXCEEDED, the limit's name and its value.
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type GraphQLFormattedError, type ParseOptions, type ValidationContext, type ValidationRule } from "graphql";
import type { QueryLimits } from "../config";
import { operationCost, type CostSettings } from "./cost";
import { knownOperationTypesRule } from "./operation-types";

export function limitExceeded(limit: string, max: number, message: string): GraphQLError {
  return new GraphQLError(message.replace(/^Syntax Error: /, ""), {
    extensions: { code: "QUERY_LIMIT_EXCEEDED", limit, max, http: { status: 400 } },
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

function costLimitPlugin(maxCost: number, settings: CostSettings): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d) => d.kind === "FragmentDefinition").map((d) => [d.name.value, d]),
          );
          const cost = operationCost(schema, operation, fragments, request.variables, settings);
          if (cost > maxCost) throw limitExceeded("cost", maxCost, `Query cost limit of ${maxCost} exceeded, found ${cost}.`);
        },
      };
    },
  };
}

/** In production, field suggestions ("Did you mean ...") are masked so the schema cannot be probed by typos. */
export function queryLimits(
  limits: QueryLimits,
  settings: CostSettings & { production: boolean },
): { plugins: ApolloServerPlugin<BaseContext>[]; validationRules: ValidationRule[]; parseOptions: ParseOptions } {
  const armor = new ApolloArmor({
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: settings.production },
    maxDepth: { n: limits.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: reject("depth", limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: reject("aliases", limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: reject("directives", limits.maxDirectives) },
    maxTokens: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...(plugins as ApolloServerPlugin<BaseContext>[]), costLimitPlugin(limits.maxCost, settings)],
    validationRules: [...validationRules, knownOperationTypesRule],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
