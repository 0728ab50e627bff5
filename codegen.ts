// GraphQL Code Generator (`npm run codegen`, also run on install): typed resolvers from
// schema.graphql for the server, typed operations for the explorer app (web/).
// Mappers point each GraphQL type at the row type its loaders return (src/graph/models.ts),
// so a resolver's `parent` is what the database gave, not the GraphQL shape.
import type { CodegenConfig } from "@graphql-codegen/cli";

const models = "../graph/models#";
const aggregates = "../graph/aggregate/loaders#";

const config: CodegenConfig = {
  schema: "schema.graphql",
  generates: {
    // The explorer's typed operations (web/): graphql() returns typed documents for urql.
    "web/src/gql/": {
      preset: "client",
      documents: ["web/src/**/*.tsx", "web/src/**/*.ts", "!web/src/gql/**"],
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: "string", Date: "string", JSON: "unknown" } },
      presetConfig: { fragmentMasking: false },
    },
    "src/generated/graphql.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useIndexSignature: true,
        enumsAsTypes: true,
        useTypeImports: true,
        // Row types keep their names in models.ts; imported as ArticleModel etc. beside the GraphQL types.
        mapperTypeSuffix: "Model",
        contextType: "../graph/context#GraphContext",
        scalars: { DateTime: "Date", Date: "Date", JSON: "unknown" },
        mappers: {
          Article: `${models}Article`,
          Actor: `${models}Actor`,
          ActorAlias: `${models}ActorAlias`,
          Event: `${models}Event`,
          Claim: `${models}Claim`,
          Topic: `${models}Topic`,
          EventParticipant: `${models}ParticipantRow`,
          Discrepancy: `${models}DiscrepancyRow`,
          DiscrepancyValue: `${models}DiscrepancyValueRow`,
          CoActor: `${models}CoActorRow`,
          IngestArticlePayload: `${models}IngestPayloadRow`,
          IngestArticleResult: `${models}IngestResultRow`,
          SearchEdge: `${models}SearchEdgeRow`,
          SearchConnection: `${models}SearchConnectionRow`,
          ArticleFacets: `${aggregates}FacetScope`,
          EventFacets: `${aggregates}FacetScope`,
          ActorFacets: `${aggregates}FacetScope`,
          ClaimFacets: `${aggregates}FacetScope`,
          ActorNetworkNode: `${aggregates}NetworkNodeRow`,
          ActorNetworkEdge: `${aggregates}NetworkEdgeRow`,
          TimelineBucket: `${aggregates}TimelineBucketRow`,
          IngestionBatch: "../graph/ingestion/loaders#IngestionBatchRow",
          AuditEntry: "../graph/curation/loaders#AuditEntryRow",
          SplitActorPayload: "../curation/actors#SplitResult",
        },
      },
    },
  },
};

export default config;
