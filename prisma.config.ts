// Prisma CLI configuration. The runtime client gets its connection from the
// pg driver adapter (src/db/client.ts); this URL is only for Prisma's CLI.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
