// graphql-js 16 validates a subscription against a schema without a Subscription
// type and only fails at execution, as an internal error. This rule turns it
// into the validation error it is (graphql-js 17 ships the same rule).
import { GraphQLError, type ValidationRule } from "graphql";

export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API does not support ${node.operation} operations.`, { nodes: node }));
    }
  },
});
