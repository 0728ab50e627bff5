// Who may do what. Roles are ordered: a role allows everything the roles below it allow.
import { GraphQLError } from "graphql";
import type { ApiKeyRole, Authenticated } from "./keys";

const RANK: Record<ApiKeyRole, number> = { EDITOR: 1, ADMIN: 2 };

/** The part of the GraphQL context auth needs: the caller's key, if any. */
export interface AuthContext {
  auth: Authenticated | null;
}

export function unauthenticated(message = "an API key is required: send Authorization: Bearer <key>") {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/** Throws UNAUTHENTICATED without a valid key, FORBIDDEN when its role ranks below `role`. */
export function requireRole(ctx: AuthContext, role: ApiKeyRole): Authenticated {
  if (!ctx.auth) throw unauthenticated();
  if (RANK[ctx.auth.role] < RANK[role]) {
    throw new GraphQLError(`this operation needs the ${role} role; the key has ${ctx.auth.role}`, {
      extensions: { code: "FORBIDDEN", http: { status: 403 } },
    });
  }
  return ctx.auth;
}
