// The browser pages the API server serves from web/dist (src/web.ts): the explorer
// app at / and the self-hosted GraphiQL at /graphiql, bundled here so they need no CDN.
import { resolve } from "node:path";
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  // Served under /web/ by the API server; the pages themselves answer at their own paths.
  base: "/web/",
  build: {
    outDir: resolve(import.meta.dirname, "dist"),
    emptyOutDir: true,
    // Monaco (GraphiQL's editor) is one large chunk by design.
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      input: { explorer: resolve(import.meta.dirname, "index.html"), graphiql: resolve(import.meta.dirname, "graphiql.html") },
      // React libraries mark modules "use client", which means nothing in a plain client bundle.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
});
