// GraphQL Code Generator: typed resolvers from schema.graphql (`npm run codegen`, also run on install).
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema.graphql",
  generates: {
    "src/generated/graphql.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: { useIndexSignature: true, enumsAsTypes: true },
    },
  },
};

export default config;
