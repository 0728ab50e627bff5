// Custom scalars, from graphql-scalars: DateTime is an RFC 3339 instant,
// Date a calendar day (YYYY-MM-DD, UTC) as Postgres `date` columns hold.
import { DateResolver, DateTimeResolver } from "graphql-scalars";

export const scalarResolvers = {
  DateTime: DateTimeResolver,
  Date: DateResolver,
};
