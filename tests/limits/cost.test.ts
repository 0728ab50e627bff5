// Query cost against the real schema: page sizes multiply what is below them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from "graphql";
import { operationCost } from "../../src/limits/cost";

const schema = buildSchema(readFileSync(path.resolve(__dirname, "../../schema.graphql"), "utf8"));

function cost(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return operationCost(schema, operation, fragments, variables, { defaultPageSize: 20 });
}

describe("operationCost", () => {
  it("is free for scalars and 1 per object", () => {
    expect(cost(`{ article(id: "x") { title body } }`)).toBe(1);
    expect(cost(`{ article(id: "x") { title } claim(id: "y") { speaker { name } } }`)).toBe(3);
  });

  it("multiplies by first/last, nested pages multiply each other", () => {
    const one = cost(`{ articles(first: 10) { nodes { title } } }`);
    expect(one).toBe(10 * (1 + 1));
    const nested = cost(`{ articles(first: 10) { nodes { actors(first: 5) { nodes { name } } } } }`);
    expect(nested).toBe(10 * (1 + 1 + 5 * (1 + 1)));
    expect(cost(`{ articles(last: 3) { nodes { title } } }`)).toBe(3 * 2);
  });

  it("uses the default page size when none is given, and variables when they are", () => {
    expect(cost(`{ articles { nodes { title } } }`)).toBe(20 * 2);
    expect(cost(`query($n: Int) { articles(first: $n) { nodes { title } } }`, { n: 7 })).toBe(7 * 2);
  });

  it("counts fragments and inline fragments where they are spread", () => {
    const withFragment = cost(`{ articles(first: 4) { nodes { ...A } } } fragment A on Article { actors(first: 2) { nodes { name } } }`);
    expect(withFragment).toBe(4 * (1 + 1 + 2 * 2));
    expect(cost(`{ node(id: "x") { ... on Actor { affiliation { name } } ... on Article { title } } }`)).toBe(2);
  });

  it("terminates on fragment cycles (validation rejects them separately)", () => {
    expect(cost(`{ article(id: "x") { ...A } } fragment A on Article { claims(first: 2) { nodes { article { ...A } } } }`)).toBeGreaterThan(0);
  });
});

describe("operationCost on fragment fan-out", () => {
  it("walks each fragment once, however often it is spread", () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, ...: 2^40 paths, 41 fragments.
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Actor { ...F${i + 1} ...F${i + 1} }`).join(" ");
    const query = `{ actors(first: 1) { nodes { ...F0 } } } ${fragments} fragment F40 on Actor { affiliation { name } }`;
    expect(cost(query)).toBe(1 * (1 + 1 + 2 ** 40));
  });
});
