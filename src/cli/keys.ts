// npm run keys -- create --name NAME --role editor|admin | list | revoke <id|prefix>
import { parseArgs } from "node:util";
import { createApiKey, listApiKeys, parseRole, revokeApiKey } from "../auth/keys";
import { createDb } from "../db/client";
import { loadConfig } from "../config";
import { describeDatabase, provideDatabase } from "../db/database";

const USAGE = "usage: keys create --name NAME --role editor|admin | keys list | keys revoke <id|prefix>";

async function run(command: string | undefined, args: string[]): Promise<void> {
  const config = loadConfig();
  const database = await provideDatabase(config);
  const db = createDb(database.url, { poolSize: 1 });
  // Keys live in one database: say which, so a key made for production is not written to a laptop's.
  console.log(`database: ${describeDatabase(database, config)}`);
  try {
    switch (command) {
      case "create": {
        const { values } = parseArgs({ args, options: { name: { type: "string" }, role: { type: "string" } } });
        if (!values.name || !values.role) throw new Error(USAGE);
        const { apiKey, secret } = await createApiKey(db.prisma, values.name, parseRole(values.role));
        console.log(`created key ${apiKey.id} (${apiKey.prefix}…, ${apiKey.role}) "${apiKey.name}"`);
        console.log(`secret (shown once, store it now): ${secret}`);
        return;
      }
      case "list": {
        for (const key of await listApiKeys(db.prisma)) {
          const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : "active";
          const used = key.lastUsedAt ? key.lastUsedAt.toISOString() : "never";
          console.log(`${key.id}\t${key.prefix}…\t${key.role}\t${state}\tlast used ${used}\t${key.name}`);
        }
        return;
      }
      case "revoke": {
        if (!args[0]) throw new Error(USAGE);
        const key = await revokeApiKey(db.prisma, args[0]);
        if (!key) throw new Error(`no key with id or prefix "${args[0]}"`);
        console.log(`revoked key ${key.id} (${key.prefix}…) "${key.name}"`);
        return;
      }
      default:
        throw new Error(USAGE);
    }
  } finally {
    await db.close();
    await database.stop();
  }
}

run(process.argv[2], process.argv.slice(3)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
