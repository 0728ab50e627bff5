// Apollo plugin feeding the request's observation (src/observability/requests.ts):
// which operation ran, how many SQL statements it sent, which error codes it returned.
// Unexpected errors are logged here with their stack, since clients never see it in production.
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { databaseErrorCode } from "./errors";
import type { RequestObservation } from "./requests";

export interface ObservedContext {
  observation?: RequestObservation;
  statements?: { count: number };
}

export function observabilityPlugin<T extends ObservedContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ contextValue }) {
      const observation = contextValue.observation;
      if (!observation) return;
      return {
        async didResolveOperation({ operationName }) {
          observation.operationName = operationName;
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = databaseErrorCode(unwrapResolverError(error)) ?? String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR");
            observation.errorCodes.push(code);
            if (code === "INTERNAL_SERVER_ERROR") observation.log.error({ err: unwrapResolverError(error), path: error.path }, "resolver failed");
          }
        },
        async willSendResponse({ contextValue: context }) {
          observation.statements = context.statements?.count;
        },
      };
    },
  };
}
