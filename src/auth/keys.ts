// API keys: random secrets shown once, stored only as a sha256 hash. The
// prefix (first characters of the secret) is not enough to use the key but
// lets people tell keys apart in listings and revoke them by it.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import type { ApiKey } from "../generated/prisma/client";
import { ApiKeyRole } from "../generated/prisma/enums";

export { ApiKeyRole };

const SECRET_MARK = "ngk_";
const PREFIX_LENGTH = SECRET_MARK.length + 8;
// Writing last_used_at on every request would make each mutation a write; once a minute is enough.
const LAST_USED_RESOLUTION_MS = 60_000;

export interface Authenticated {
  apiKey: ApiKey;
  role: ApiKeyRole;
}

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

export function parseRole(text: string): ApiKeyRole {
  const role = text.toUpperCase();
  if (!(role in ApiKeyRole)) throw new Error(`role must be one of ${Object.keys(ApiKeyRole).join(", ").toLowerCase()}, got "${text}"`);
  return role as ApiKeyRole;
}

/** Creates a key and returns its secret, which is not stored and cannot be shown again. */
export async function createApiKey(db: Db, name: string, role: ApiKeyRole): Promise<{ apiKey: ApiKey; secret: string }> {
  if (!name.trim()) throw new Error("a key needs a name");
  const secret = SECRET_MARK + randomBytes(32).toString("base64url");
  const apiKey = await db.apiKey.create({
    data: { name: name.trim(), role, prefix: secret.slice(0, PREFIX_LENGTH), keyHash: hashSecret(secret) },
  });
  return { apiKey, secret };
}

export function listApiKeys(db: Db): Promise<ApiKey[]> {
  return db.apiKey.findMany({ orderBy: { id: "asc" } });
}

/** Revokes by numeric id or by prefix; returns the key, or null when none matches. */
export async function revokeApiKey(db: Db, idOrPrefix: string): Promise<ApiKey | null> {
  const where = /^\d+$/.test(idOrPrefix) ? { id: Number(idOrPrefix) } : { prefix: idOrPrefix };
  const key = await db.apiKey.findUnique({ where });
  if (!key) return null;
  if (key.revokedAt) return key;
  return db.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
}

/** The key behind an `Authorization: Bearer <secret>` header; null when absent, unknown or revoked. */
export async function authenticate(db: Db, authorization: string | undefined | null): Promise<Authenticated | null> {
  const secret = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (!secret?.startsWith(SECRET_MARK)) return null;
  const apiKey = await db.apiKey.findUnique({ where: { keyHash: hashSecret(secret) } });
  if (!apiKey || apiKey.revokedAt) return null;
  const now = new Date();
  if (!apiKey.lastUsedAt || now.getTime() - apiKey.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: now } });
    apiKey.lastUsedAt = now;
  }
  return { apiKey, role: apiKey.role };
}
