// Every string a client passes, checked in one place before any resolver sees
// it: each String and ID argument, and each string inside input objects and
// lists, refuses NUL bytes and lone surrogates (Postgres cannot store either)
// and a length past the limit of its kind; every ID must decode. The error is
// BAD_USER_INPUT at the field's path, with the argument's path in
// extensions.field and in the message ("filter.text: contains a NUL byte").
import {
  defaultFieldResolver,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
} from "graphql";
import { badInput, LONE_SURROGATE } from "./checks";

/** Longest string per argument kind, in characters; the article body has its own byte limit (src/validation/article.ts). */
const STRING_LIMITS = {
  id: 200,
  cursor: 500,
  searchQuery: 500,
  name: 300,
  other: 10_000,
} as const;

const NAME_ARGUMENTS = new Set(["name", "alias", "aliases", "slug", "prefix", "action", "language", "source"]);
/** Input fields `Type.field` with a limit of their own elsewhere: an article's text is checked in bytes on ingestion. */
const LIMITED_ELSEWHERE = new Set(["IngestArticleInput.text"]);

/** Whether a global id decodes; given by the API, which owns the id format. */
export type IdCheck = (id: string) => boolean;

/** `owner`: the input object type holding the value, or the field whose argument it is. */
export function limitOf(name: string, scalar: string, owner: string): number {
  if (LIMITED_ELSEWHERE.has(`${owner}.${name}`)) return Infinity;
  if (scalar === "ID") return STRING_LIMITS.id;
  if (name === "after" || name === "before") return STRING_LIMITS.cursor;
  if (name === "query" && owner === "search") return STRING_LIMITS.searchQuery;
  return NAME_ARGUMENTS.has(name) ? STRING_LIMITS.name : STRING_LIMITS.other;
}

function checkValue(isId: IdCheck, owner: string, path: string, name: string, type: GraphQLInputType, value: unknown): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, i) => checkValue(isId, owner, `${path}[${i}]`, name, nullable.ofType, item));
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const [fieldName, inputField] of Object.entries(nullable.getFields())) {
      checkValue(isId, nullable.name, `${path}.${fieldName}`, fieldName, inputField.type, (value as Record<string, unknown>)[fieldName]);
    }
    return;
  }
  if (!isScalarType(nullable) || (nullable.name !== "String" && nullable.name !== "ID") || typeof value !== "string") return;
  if (value.includes("\u0000")) throw badInput(path, "contains a NUL byte");
  if (LONE_SURROGATE.test(value)) throw badInput(path, "is not valid Unicode text");
  const limit = limitOf(name, nullable.name, owner);
  if (value.length > limit) throw badInput(path, `is longer than ${limit} characters`);
  if (nullable.name === "ID" && !isId(value)) throw badInput(path, "is not a valid id");
}

export function checkArguments(field: string, definitions: readonly GraphQLArgument[], args: Record<string, unknown>, isId: IdCheck): void {
  for (const argument of definitions) checkValue(isId, field, argument.name, argument.name, argument.type, args[argument.name]);
}

/** Does a value of this type hold a string anywhere? */
function holdsStrings(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return holdsStrings(nullable.ofType, seen);
  if (isInputObjectType(nullable)) {
    if (seen.has(nullable.name)) return false;
    seen.add(nullable.name);
    return Object.values(nullable.getFields()).some((inputField) => holdsStrings(inputField.type, seen));
  }
  return isScalarType(nullable) && (nullable.name === "String" || nullable.name === "ID");
}

/** Wraps the resolver of every field taking strings so its arguments are checked first. */
export function checkStringArguments(schema: GraphQLSchema, isId: IdCheck): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((argument) => holdsStrings(argument.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        checkArguments(field.name, field.args, args, isId);
        return resolve(source, args, context, info);
      };
    }
  }
}
