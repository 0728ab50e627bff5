// Limits on what one query may ask for, checked before execution: depth,
// aliases, tokens and directives through graphql-armor, and cost through our
// own list-aware rule (armor's cost limit ignores page sizes). Every rejection
// carries code QUERY_LIMIT_EXCEEDED, the limit's name and its value.
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
import type { QueryLimits } from "../config";
import { operationCost, type CostSettings } from "./cost";

export function limitExceeded(limit: string, max: number, message: string): GraphQLError {
  return new GraphQLError(message.replace(/^Syntax Error: /, ""), {
    extensions: { code: "QUERY_LIMIT_EXCEEDED", limit, max, http: { status: 400 } },
  });
}

/** armor's rejection hook: report our error instead of armor's. Validation rules get a context; the token parser gets null and needs a throw. */
function reject(limit: string, max: number) {
  return [
    (context: ValidationContext | null, error: GraphQLError) => {
      const ours = limitExceeded(limit, max, error.message);
      if (!context) throw ours;
      context.reportError(ours);
    },
  ];
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
export function queryLimits(limits: QueryLimits, settings: CostSettings & { production: boolean }): { plugins: ApolloServerPlugin<BaseContext>[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: settings.production },
    maxDepth: { n: limits.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: reject("depth", limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: reject("aliases", limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: reject("directives", limits.maxDirectives) },
    maxTokens: { n: limits.maxTokens, onReject: reject("tokens", limits.maxTokens) },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...(plugins as ApolloServerPlugin<BaseContext>[]), costLimitPlugin(limits.maxCost, settings)],
    validationRules,
  };
}
