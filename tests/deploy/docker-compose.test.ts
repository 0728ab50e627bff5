// Docker cannot run here, so this checks what can be checked without it: the
// compose file parses, defines the database and the API, and wires them.
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";

const root = path.join(__dirname, "..", "..");

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
    expect(compose.services.api.ports).toContain("4000:4000");
  });

  it("builds an image that copies everything the start command needs", () => {
    const dockerfile = fs.readFileSync(path.join(root, "Dockerfile"), "utf8");
    for (const needed of ["package-lock.json", "prisma", "schema.graphql", "src", "demo", "scripts"]) {
      expect(dockerfile).toContain(needed);
    }
    expect(dockerfile).toMatch(/CMD \["npm", "start"\]/);
  });
});
