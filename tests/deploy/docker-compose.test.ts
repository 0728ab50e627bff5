// Docker cannot run containers here (no daemon, no compose plugin), so this checks what can be checked
// without it: the compose file parses, defines the database, the API, the worker
// and the proxy, and wires them so that api and worker can be scaled.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";

const root = path.join(__dirname, "..", "..");
// Compose v1 (Debian's docker-compose) validates the file without a Docker daemon.
const composeCli = spawnSync("docker-compose", ["version"], { encoding: "utf8" }).status === 0;

describe("docker-compose.yml", () => {
  const compose = parse(fs.readFileSync(path.join(root, "docker-compose.yml"), "utf8"));

  it("defines a Postgres service and the API built from the Dockerfile", () => {
    expect(compose.services.db.image).toMatch(/^postgres:/);
    expect(compose.services.api.build).toBe(".");
    expect(fs.existsSync(path.join(root, "Dockerfile"))).toBe(true);
  });

  it("starts the API only once the database is healthy, and points it at that database", () => {
    expect(compose.services.api.depends_on.db.condition).toBe("service_healthy");
    expect(compose.services.db.healthcheck.test.join(" ")).toContain("pg_isready");
    expect(compose.services.api.environment.DATABASE_URL).toMatch(/@db:5432\//);
  });

  it("scales: replicas publish no host port of their own; the proxy does, and reaches every replica", () => {
    for (const service of ["api", "worker"]) expect(compose.services[service].ports).toBeUndefined();
    expect(compose.services.proxy.ports).toContain("4000:4000");
    const nginx = fs.readFileSync(path.join(root, "deploy/nginx.conf"), "utf8");
    // Re-resolved, so replicas added by --scale are used; upgrades passed for subscriptions.
    expect(nginx).toMatch(/resolver 127\.0\.0\.11 valid=/);
    expect(nginx).toMatch(/proxy_pass \$api;/);
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
  });

  it("runs ingestion in the worker service, not in the API replicas", () => {
    expect(compose.services.worker.command).toEqual(["npm", "run", "worker"]);
    expect(compose.services.worker.environment.DATABASE_URL).toBe(compose.services.api.environment.DATABASE_URL);
    expect(compose.services.api.environment.WORKER_CONCURRENCY).toBe("0");
  });

  (composeCli ? it : it.skip)("is a valid compose file to docker-compose, with api and worker scalable", () => {
    const config = spawnSync("docker-compose", ["config", "--services"], { cwd: root, encoding: "utf8" });
    expect(config.stderr).toBe("");
    expect(config.status).toBe(0);
    expect(config.stdout.trim().split("\n").sort()).toEqual(["api", "db", "proxy", "worker"]);
  });

  it("builds an image that copies everything the start command needs", () => {
    const dockerfile = fs.readFileSync(path.join(root, "Dockerfile"), "utf8");
    for (const needed of ["package-lock.json", "prisma", "schema.graphql", "src", "demo", "scripts"]) {
      expect(dockerfile).toContain(needed);
    }
    expect(dockerfile).toMatch(/CMD \["npm", "start"\]/);
  });
});
