// API keys against real Postgres: hashed storage, authentication, revocation,
// role checks, and the keys CLI end to end.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { authenticate, createApiKey, hashSecret, listApiKeys, revokeApiKey } from "../../src/auth/keys";
import { requireRole } from "../../src/auth/roles";
import { useTestDatabase } from "../support/database";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");

describe("API keys", () => {
  const db = useTestDatabase();
  beforeEach(() => db().reset());

  it("stores only the hash of the secret and a short prefix", async () => {
    const { apiKey, secret } = await createApiKey(db().prisma, "newsroom", "EDITOR");
    const { rows } = await db().pool.query("SELECT * FROM api_key WHERE id = $1", [apiKey.id]);
    expect(rows[0].key_hash).toBe(hashSecret(secret));
    expect(JSON.stringify(rows[0])).not.toContain(secret);
    expect(secret.startsWith(rows[0].prefix)).toBe(true);
    expect(rows[0].prefix.length).toBeLessThan(secret.length / 2);
  });

  it("authenticates a Bearer secret and records when it was used", async () => {
    const { apiKey, secret } = await createApiKey(db().prisma, "admin", "ADMIN");
    const auth = await authenticate(db().prisma, `Bearer ${secret}`);
    expect(auth).toMatchObject({ role: "ADMIN", apiKey: { id: apiKey.id } });
    const stored = await db().prisma.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(stored.lastUsedAt).not.toBeNull();
  });

  it("rejects missing, malformed, unknown and revoked keys", async () => {
    const { apiKey, secret } = await createApiKey(db().prisma, "soon revoked", "EDITOR");
    expect(await authenticate(db().prisma, undefined)).toBeNull();
    expect(await authenticate(db().prisma, secret)).toBeNull(); // no Bearer
    expect(await authenticate(db().prisma, `Bearer ${secret}x`)).toBeNull();
    expect(await authenticate(db().prisma, "Bearer ' OR 1=1 --")).toBeNull();
    await revokeApiKey(db().prisma, apiKey.prefix);
    expect(await authenticate(db().prisma, `Bearer ${secret}`)).toBeNull();
    expect((await listApiKeys(db().prisma))[0].revokedAt).not.toBeNull();
  });

  it("orders roles: admins may do what editors may, not the reverse", async () => {
    const editor = await authenticate(db().prisma, `Bearer ${(await createApiKey(db().prisma, "e", "EDITOR")).secret}`);
    const admin = await authenticate(db().prisma, `Bearer ${(await createApiKey(db().prisma, "a", "ADMIN")).secret}`);
    expect(requireRole({ auth: admin }, "EDITOR").role).toBe("ADMIN");
    expect(requireRole({ auth: editor }, "EDITOR").role).toBe("EDITOR");
    expect(() => requireRole({ auth: editor }, "ADMIN")).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) }));
    expect(() => requireRole({ auth: null }, "EDITOR")).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }) }));
  });

  it("CLI creates a key (secret printed once), lists it and revokes it", async () => {
    const env = { ...process.env, DATABASE_URL: db().url };
    const created = await run("npx", ["tsx", "src/cli/keys.ts", "create", "--name", "cli key", "--role", "editor"], { cwd: ROOT, env });
    const secret = /secret[^:]*: (\S+)/.exec(created.stdout)?.[1];
    expect(secret).toMatch(/^ngk_/);
    // It says which database it wrote to, never with a password.
    const shown = new URL(db().url);
    expect(created.stdout).toContain(`database: postgresql://${shown.username ? `${shown.username}${shown.password ? ":***" : ""}@` : ""}${shown.host}${shown.pathname} (DATABASE_URL)`);
    expect((await authenticate(db().prisma, `Bearer ${secret}`))?.role).toBe("EDITOR");

    const listed = await run("npx", ["tsx", "src/cli/keys.ts", "list"], { cwd: ROOT, env });
    expect(listed.stdout).toContain("cli key");
    expect(listed.stdout).not.toContain(secret!);

    const id = (await listApiKeys(db().prisma))[0].id;
    await run("npx", ["tsx", "src/cli/keys.ts", "revoke", String(id)], { cwd: ROOT, env });
    expect(await authenticate(db().prisma, `Bearer ${secret}`)).toBeNull();
    await expect(run("npx", ["tsx", "src/cli/keys.ts", "create", "--name", "x", "--role", "owner"], { cwd: ROOT, env })).rejects.toMatchObject({ stderr: expect.stringContaining("role must be one of") });
  });
});
