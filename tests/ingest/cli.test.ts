// The ingest and eval commands as a user runs them: output, exit codes, files.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { useTestDatabase } from "../support/database";
import { TEST_RUN_ENV } from "../support/urls";

/** Child processes and whole-corpus runs: generous, since CI machines may be busy. */
const SLOW_TEST_MS = 180_000;

const db = useTestDatabase();
const root = path.resolve(__dirname, "../..");
const seeds = path.resolve(root, "../shared/corpus/seeds");

function run(script: string, args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(root, script), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: "" },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

it("ingests files, then skips them as already stored, with a summary", () => {
  const files = [path.join(seeds, "000_d71be45b2265586d.txt"), path.join(seeds, "002_17cbbb226a6e6aed.txt")];
  const first = run("src/cli/ingest.ts", files, db().url);
  expect(first.status).toBe(0);
  expect(first.stdout).toContain("articles: 2 new, 0 skipped (already stored), 0 failed");
  expect(first.stdout).toMatch(/events: +\d+ created, [1-9]\d* merged into existing/);
  expect(first.stderr).toContain("ingesting 2/2");
  const again = run("src/cli/ingest.ts", files, db().url);
  expect(again.stdout).toContain("articles: 0 new, 2 skipped (already stored), 0 failed");
}, SLOW_TEST_MS);

it("exits non-zero only when it cannot run", () => {
  expect(run("src/cli/ingest.ts", ["/no/such/file.txt"], db().url).status).toBe(1);
  expect(run("src/cli/ingest.ts", [], db().url).status).toBe(2);
  expect(run("src/cli/eval.ts", ["--corpus", seeds], db().url).status).toBe(2);
}, SLOW_TEST_MS);

it("prints one line per section and writes the JSON report", () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "eval-cli-")), "report.json");
  const gold = path.resolve(root, "../shared/gold/seeds.gold.json");
  const result = run("src/cli/eval.ts", ["--corpus", seeds, "--gold", gold, "--json", out], process.env[TEST_RUN_ENV.serverUrl]!);
  expect(result.status).toBe(0);
  expect(result.stdout.split("\n").filter((line) => /^(actors|claims|events|topics|boilerplate) /.test(line))).toHaveLength(5);
  const report = JSON.parse(fs.readFileSync(out, "utf8"));
  expect(Object.keys(report.perArticle)).toHaveLength(5);
  expect(report).toHaveProperty("events.fragmentation");
}, SLOW_TEST_MS);
