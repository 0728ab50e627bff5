// Every string a client can pass, found by walking schema.graphql: each String
// or ID argument of every root field, of every field of a Node type (reached
// through node(id:)), and every string inside their input objects and lists.
// Each gets a NUL byte, a lone surrogate and an over-long value, and must be
// refused with BAD_USER_INPUT naming that argument, never reach Postgres. A new
// field or filter is covered without touching this file.
import {
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { createApiKey } from "../../src/auth/keys";
import { toGlobalId, type NodeType } from "../../src/graph/ids";
import { createSchema } from "../../src/graph/schema";
import { limitOf } from "../../src/validation/arguments";
import { seedNewsroom } from "../api/scenarios";
import { useTestDatabase } from "../support/database";
import { bearer, startTestServer, type TestServer } from "../hardening/server";

const schema = createSchema();

/** A string argument somewhere in a field's arguments: `filter.text`, `inputs[0].url`. */
interface StringSlot {
  path: (string | number)[];
  scalar: "String" | "ID";
  /** The longest value the server accepts there. */
  limit: number;
}

/** `owner`: the input object holding the slot, or the field whose argument it is. */
function stringSlots(type: GraphQLInputType, path: (string | number)[], owner: string, seen: Set<string>): StringSlot[] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return stringSlots(nullable.ofType, [...path, 0], owner, seen);
  if (isInputObjectType(nullable)) {
    if (seen.has(nullable.name)) return [];
    const inner = new Set(seen).add(nullable.name);
    return Object.values(nullable.getFields()).flatMap((field) => stringSlots(field.type, [...path, field.name], nullable.name, inner));
  }
  if (isScalarType(nullable) && (nullable.name === "String" || nullable.name === "ID")) {
    const name = path.filter((part): part is string => typeof part === "string").at(-1)!;
    return [{ path, scalar: nullable.name, limit: limitOf(name, nullable.name, owner) }];
  }
  return [];
}

/** A valid value of a type: what the other, required arguments get. */
function validValue(type: GraphQLInputType, validId: string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [validValue(nullable.ofType, validId)];
  if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, validValue(field.type, validId)]));
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  const byScalar: Record<string, unknown> = { String: "x", ID: validId, Int: 1, Float: 1, Boolean: true, DateTime: "2025-01-01T00:00:00Z", Date: "2025-01-01", JSON: {} };
  return byScalar[nullable.name];
}

/** The arguments of a field with `value` placed at `slot`, required ones filled in. */
function argumentsWith(args: readonly GraphQLArgument[], slot: StringSlot, value: string, validId: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const argument of args) if (isNonNullType(argument.type)) result[argument.name] = validValue(argument.type, validId);
  const [name, ...rest] = slot.path as [string, ...(string | number)[]];
  const argument = args.find((a) => a.name === name)!;
  if (rest.length === 0) {
    result[name] = value;
    return result;
  }
  // Build the container down to the slot, each level valid on its own.
  let type: GraphQLInputType = argument.type;
  result[name] ??= validValue(type, validId);
  let container = result[name] as Record<string | number, unknown>;
  if (container === undefined || container === null) result[name] = container = (isListType(getNullableType(type)) ? [] : {}) as never;
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i]!;
    const nullable = getNullableType(type);
    const next: GraphQLInputType = isListType(nullable) ? nullable.ofType : isInputObjectType(nullable) ? nullable.getFields()[key as string]!.type : nullable;
    if (i === rest.length - 1) {
      container[key] = value;
    } else {
      container[key] ??= validValue(next, validId) ?? (isListType(getNullableType(next)) ? [] : {});
      container = container[key] as Record<string | number, unknown>;
    }
    type = next;
  }
  return result;
}

const typeName = (type: GraphQLInputType): string => String(type);

interface FieldCase {
  /** Where the field sits: a root type, or a Node type reached through node(id:). */
  owner: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
}

function fieldsTakingStrings(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter((field) => field.args.some((argument) => stringSlots(argument.type, [argument.name], field.name, new Set()).length));
}

const roots = [schema.getQueryType()!, schema.getMutationType()!];
const nodeTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && type.getInterfaces().some((i) => i.name === "Node"),
);
const cases: FieldCase[] = [...roots, ...nodeTypes].flatMap((owner) => fieldsTakingStrings(owner).map((field) => ({ owner, field })));

/** The operation selecting `field` with its arguments as variables; `$nodeId` reaches a Node type's field. */
function operation({ owner, field }: FieldCase, args: Record<string, unknown>): string {
  const declared = Object.keys(args).map((name) => `$${name}: ${typeName(field.args.find((a) => a.name === name)!.type)}`);
  const passed = Object.keys(args).map((name) => `${name}: $${name}`);
  const selection = isLeafType(getNamedType(field.type)) ? "" : "{ __typename }";
  const call = `${field.name}${passed.length ? `(${passed.join(", ")})` : ""} ${selection}`;
  if (roots.includes(owner)) return `${owner === roots[1] ? "mutation" : "query"}(${declared.join(", ")}) { ${call} }`;
  return `query($nodeId: ID!, ${declared.join(", ")}) { node(id: $nodeId) { ... on ${owner.name} { ${call} } } }`;
}

const fieldPath = (path: (string | number)[]) => path.map((part, i) => (typeof part === "number" ? `[${part}]` : i ? `.${part}` : part)).join("");

describe("every string argument in the schema", () => {
  const db = useTestDatabase();
  let server: TestServer;
  let editor: Record<string, string>;
  const nodeIds = new Map<string, string>();
  let validId = "";

  beforeAll(async () => {
    server = await startTestServer(db().url);
    editor = bearer((await createApiKey(db().prisma, "string-arguments", "EDITOR")).secret);
    const newsroom = await seedNewsroom(db().prisma);
    validId = toGlobalId("Actor", newsroom.actors.envoy.id);
    const rows: Partial<Record<NodeType, number[]>> = {
      Article: [newsroom.articles.report.id],
      Event: [newsroom.events.signing.id],
      Actor: [newsroom.actors.envoy.id],
      Claim: [newsroom.claims.pipelineClaim.id],
      Topic: [newsroom.topics.energy],
    };
    for (const [type, keys] of Object.entries(rows)) nodeIds.set(type, toGlobalId(type as NodeType, ...keys));
  });
  afterAll(() => server.stop());

  it("answers the reported cases, NUL written into the document itself, with BAD_USER_INPUT naming the argument", async () => {
    const search = await server.gql(`{ search(query: "a\\u0000b") { totalCount } }`);
    expect(search.body.errors[0]).toMatchObject({ message: "query: contains a NUL byte", path: ["search"], extensions: { code: "BAD_USER_INPUT", field: "query" } });
    const actor = await server.gql(`{ actor(name: "a\\u0000b") { id } }`);
    expect(actor.body.errors[0]).toMatchObject({ message: "name: contains a NUL byte", extensions: { code: "BAD_USER_INPUT", field: "name" } });
    const cursor = await server.gql(`{ articles(after: "bm90IGEgY3Vyc29y") { totalCount } }`);
    expect(cursor.body.errors[0]).toMatchObject({ message: "after: is not a valid cursor", extensions: { code: "BAD_USER_INPUT", field: "after" } });
    const id = await server.gql(`{ node(id: "bm9wZQ==") { id } }`);
    expect(id.body.errors[0]).toMatchObject({ message: "id: is not a valid id", extensions: { code: "BAD_USER_INPUT", field: "id" } });
  });

  it("finds the string arguments it must cover", () => {
    const names = cases.map(({ owner, field }) => `${owner.name}.${field.name}`);
    expect(names).toEqual(expect.arrayContaining(["Query.search", "Query.actor", "Query.articles", "Mutation.ingestArticle", "Mutation.mergeActors", "Article.claims", "Actor.coActors"]));
    // Every type whose fields take strings is reachable here: a root, or a Node with a seeded row.
    for (const { owner } of cases) if (!roots.includes(owner)) expect([owner.name, nodeIds.has(owner.name)]).toEqual([owner.name, true]);
  });

  // An article's text has a byte limit of its own (tests/hardening/auth-validation.test.ts).
  const SKIP = Symbol("no length limit here");
  const hostile: [what: string, value: (slot: StringSlot) => string | typeof SKIP, message: RegExp][] = [
    ["a NUL byte", () => "a\u0000b", /contains a NUL byte/],
    ["a lone surrogate", () => "a\uD800b", /is not valid Unicode text/],
    ["an over-long value", (slot) => (Number.isFinite(slot.limit) ? "n".repeat(slot.limit + 1) : SKIP), /is longer than \d+ characters/],
  ];

  it.each(hostile)("refuses %s in every one of them, naming the argument", async (_what, value, message) => {
    let checked = 0;
    for (const fieldCase of cases) {
      for (const argument of fieldCase.field.args) {
        for (const slot of stringSlots(argument.type, [argument.name], fieldCase.field.name, new Set())) {
          const sent = value(slot);
          if (sent === SKIP) continue;
          const args = argumentsWith(fieldCase.field.args, slot, sent, validId);
          const nodeId = nodeIds.get(fieldCase.owner.name);
          const response = await server.gql(operation(fieldCase, args), { ...args, ...(nodeId ? { nodeId } : {}) }, editor);
          const where = `${fieldCase.owner.name}.${fieldCase.field.name}(${fieldPath(slot.path)})`;
          const error = response.body.errors?.[0];
          expect([where, error?.extensions?.code, error?.extensions?.field]).toEqual([where, "BAD_USER_INPUT", fieldPath(slot.path)]);
          expect([where, error.message]).toEqual([where, expect.stringMatching(message)]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect((await fetch(`${server.base}/health`)).status).toBe(200);
  }, 120_000);
});
