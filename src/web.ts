// The browser pages built from web/ (vite, into web/dist): their assets under
// /web/, the explorer app at / (and at each of its views' URLs, so deep links
// survive a reload), and GraphiQL at /graphiql. Bundled, so they need no CDN: they work
// offline, behind a proxy and in production alike.
import fs from "node:fs";
import path from "node:path";
import express, { Router, type Request, type Response } from "express";

const WEB_DIST = path.resolve(__dirname, "../web/dist");

/** The explorer's client-side routes (web/src/explorer/main.tsx). */
const EXPLORER_ROUTES = ["/", "/events/:id", "/actors/:id", "/articles/:id", "/search", "/curation"];

const NOT_BUILT = `The browser pages are not built yet: run "npm run web:build" (npm install does it).`;

export function webRoutes(): Router {
  const router = Router();
  // Asset names carry a content hash: they may be cached for good.
  router.use("/web", express.static(WEB_DIST, { immutable: true, maxAge: "365d", index: false }));
  const page = (file: string) => (_req: Request, res: Response) => {
    const built = path.join(WEB_DIST, file);
    if (!fs.existsSync(built)) return void res.status(503).type("text/plain").send(NOT_BUILT);
    res.sendFile(built);
  };
  router.get("/graphiql", page("graphiql.html"));
  // No icon: answered, so that browsers do not log a 404 on every page.
  router.get("/favicon.ico", (_req, res) => void res.status(204).end());
  router.get(EXPLORER_ROUTES, page("index.html"));
  return router;
}
