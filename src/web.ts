// The browser pages built from web/ (vite, into web/dist): their assets under
// /web/, and GraphiQL at /graphiql. Bundled, so they need no CDN: they work
// offline, behind a proxy and in production alike.
import fs from "node:fs";
import path from "node:path";
import express, { Router } from "express";

const WEB_DIST = path.resolve(__dirname, "../web/dist");

const NOT_BUILT = `The browser pages are not built yet: run "npm run web:build" (npm install does it).`;

export function webRoutes(): Router {
  const router = Router();
  // Asset names carry a content hash: they may be cached for good.
  router.use("/web", express.static(WEB_DIST, { immutable: true, maxAge: "365d", index: false }));
  router.get("/graphiql", (_req, res) => {
    const page = path.join(WEB_DIST, "graphiql.html");
    if (!fs.existsSync(page)) return void res.status(503).type("text/plain").send(NOT_BUILT);
    res.sendFile(page);
  });
  return router;
}
