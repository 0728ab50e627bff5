// Query cost and depth against the real schema: rows read (page sizes multiply
// what is below them) and relationship hops (Relay wrappers are not hops).
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from "graphql";
import { operationShape } from "../../src/limits/cost";

const schema = buildSchema(readFileSync(path.resolve(__dirname, "../../schema.graphql"), "utf8"));

function shape(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return operationShape(schema, operation, fragments, variables, { defaultPageSize: 20 });
}
const cost = (query: string, variables?: Record<string, unknown>) => shape(query, variables).cost;

describe("operation cost: rows read", () => {
  it("is free for scalars and one row per object field", () => {
    expect(cost(`{ article(id: "x") { title body } }`)).toBe(1);
    expect(cost(`{ article(id: "x") { title } claim(id: "y") { speaker { name } } }`)).toBe(3);
  });

  it("multiplies by first/last along the path; connection wrappers read nothing", () => {
    expect(cost(`{ articles(first: 10) { nodes { title } } }`)).toBe(10);
    expect(cost(`{ articles(first: 10) { edges { cursor node { title } } pageInfo { hasNextPage } totalCount } }`)).toBe(10);
    expect(cost(`{ articles(first: 10) { nodes { actors(first: 5) { nodes { name } } } } }`)).toBe(10 + 10 * 5);
    expect(cost(`{ articles(last: 3) { nodes { title } } }`)).toBe(3);
  });

  it("admits the ordinary pages the old model refused", () => {
    const page = `{ articles(first: 50) { nodes { actors(first: 20) { nodes { id } } claims(first: 20) { nodes { id speaker { id } } } } } }`;
    expect(cost(page)).toBe(50 + 50 * 20 + 50 * 20 + 50 * 20);
    expect(cost(`{ actors(first: 100) { nodes { coActors(first: 20) { nodes { sharedEvents actor { id } } } } } }`)).toBe(100 + 2000 + 2000);
  });

  it("names the field that reads the most rows, by response key", () => {
    const heavy = shape(`{ articles(first: 50) { nodes { actors(first: 5) { nodes { id } } quoted: claims(first: 20) { nodes { id } } } } }`);
    expect(heavy.heaviest).toEqual({ path: "articles.quoted", rows: 1000 });
  });

  it("uses the default page size when none is given, and variables when they are", () => {
    expect(cost(`{ articles { nodes { title } } }`)).toBe(20);
    expect(cost(`query($n: Int) { articles(first: $n) { nodes { title } } }`, { n: 7 })).toBe(7);
  });

  it("counts fragments and inline fragments where they are spread", () => {
    expect(cost(`{ articles(first: 4) { nodes { ...A } } } fragment A on Article { actors(first: 2) { nodes { name } } }`)).toBe(4 + 4 * 2);
    expect(cost(`{ node(id: "x") { ... on Actor { affiliation { name } } ... on Article { title } } }`)).toBe(2);
  });

  it("terminates on fragment cycles (validation rejects them separately)", () => {
    expect(cost(`{ article(id: "x") { ...A } } fragment A on Article { claims(first: 2) { nodes { article { ...A } } } }`)).toBeGreaterThan(0);
  });

  it("walks each fragment once, however often it is spread", () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, ...: 2^40 paths, 41 fragments.
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Actor { ...F${i + 1} ...F${i + 1} }`).join(" ");
    const query = `{ actors(first: 1) { nodes { ...F0 } } } ${fragments} fragment F40 on Actor { affiliation { name } }`;
    expect(cost(query)).toBe(1 + 2 ** 40);
  });
});

describe("operation depth: relationship hops", () => {
  it("does not count edges, node, nodes or pageInfo", () => {
    const relay = `{ articles(first: 1) { edges { node { events(first: 1) { edges { node { participants(first: 1) { edges { node { actor { claims(first: 1) { edges { node { text } } } } } } } } } } } } } }`;
    expect(shape(relay).depth).toBe(5);
    expect(shape(`{ articles(first: 1) { nodes { events(first: 1) { nodes { title } } } pageInfo { hasNextPage } } }`).depth).toBe(2);
  });

  it("counts hops through fragments", () => {
    expect(shape(`{ claims(first: 1) { nodes { ...C } } } fragment C on Claim { speaker { affiliation { name } } }`).depth).toBe(3);
  });
});
