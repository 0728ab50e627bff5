// Migrates an empty database with our SQL migrations and proves it matches
// prisma/schema.prisma: every model's table, every field's column with its
// type and nullability, every enum, relation (foreign key) and index.
import fs from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { useTestDatabase } from "./support/database";

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isRequired: boolean;
  isList: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel { name: string; dbName: string | null; fields: DmmfField[] }
interface DmmfIndex { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string }[]; algorithm?: string }

const schemaText = fs.readFileSync(path.join(__dirname, "..", "prisma", "schema.prisma"), "utf8");
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schemaText]] }))).datamodel as {
  models: DmmfModel[];
  enums: { name: string; values: { name: string }[] }[];
  indexes: DmmfIndex[];
};

const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
const columnOf = (field: DmmfField) => field.dbName ?? field.name;
const modelByName = new Map(dmmf.models.map((m) => [m.name, m]));
const fieldOf = (model: DmmfModel, name: string) => model.fields.find((f) => f.name === name)!;

/** Postgres type (information_schema data_type / udt_name) that Prisma maps a field to. */
function expectedType(field: DmmfField): string {
  if (field.kind === "enum") return `USER-DEFINED:${field.type}`;
  const native = field.nativeType?.[0];
  switch (field.type) {
    case "Int": return "integer";
    case "String": return "text";
    case "Float": return "double precision";
    case "Boolean": return "boolean";
    case "Json": return "jsonb";
    case "BigInt": return "bigint";
    case "DateTime": return native === "Date" ? "date" : native === "Timestamptz" ? "timestamp with time zone" : "timestamp without time zone";
    default: throw new Error(`no mapping for ${field.type}`);
  }
}

/** Columns declared as Unsupported("...") in the schema, which DMMF leaves out. */
function unsupportedColumns(modelName: string): string[] {
  const block = schemaText.match(new RegExp(`model ${modelName} \\{([\\s\\S]*?)\\n\\}`))?.[1] ?? "";
  return [...block.matchAll(/Unsupported\("[^"]+"\)\??\s+@map\("([^"]+)"\)/g)].map((m) => m[1]);
}

describe("migrated database matches schema.prisma", () => {
  const db = useTestDatabase();
  const query = async <T>(sql: string, params: unknown[] = []) => (await db().pool.query(sql, params)).rows as T[];

  it("records every migration in _prisma_migrations as Prisma does", async () => {
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`,
    );
    const onDisk = fs.readdirSync(path.join(__dirname, "..", "prisma", "migrations")).filter((n) => /^\d+_/.test(n)).sort();
    expect(rows.map((r) => r.migration_name)).toEqual(onDisk);
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull();
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("has exactly one table per model, plus the migrations log", async () => {
    const tables = await query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    expect(tables.map((t) => t.table_name).sort()).toEqual(
      [...dmmf.models.map(tableOf), "_prisma_migrations"].sort(),
    );
  });

  it("has every enum with its values in order", async () => {
    for (const enumType of dmmf.enums) {
      const rows = await query<{ enumlabel: string }>(
        `SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = $1 ORDER BY e.enumsortorder`,
        [enumType.name],
      );
      expect({ [enumType.name]: rows.map((r) => r.enumlabel) }).toEqual({ [enumType.name]: enumType.values.map((v) => v.name) });
    }
  });

  it.each(dmmf.models.map((m) => [m.name, m] as const))("%s: columns, types and nullability", async (name, model) => {
    const columns = await query<{ column_name: string; data_type: string; udt_name: string; is_nullable: "YES" | "NO" }>(
      `SELECT column_name, data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
      [tableOf(model)],
    );
    const actual = Object.fromEntries(
      columns.map((c) => [c.column_name, `${c.data_type === "USER-DEFINED" ? `USER-DEFINED:${c.udt_name}` : c.data_type} ${c.is_nullable === "YES" ? "NULL" : "NOT NULL"}`]),
    );
    const expected: Record<string, string> = {};
    for (const field of model.fields.filter((f) => f.kind !== "object")) {
      expected[columnOf(field)] = `${expectedType(field)} ${field.isRequired ? "NOT NULL" : "NULL"}`;
    }
    for (const column of unsupportedColumns(name)) expected[column] = actual[column];
    expect(actual).toEqual(expected);
  });

  it.each(dmmf.models.map((m) => [m.name, m] as const))("%s: every relation has its foreign key", async (_name, model) => {
    const keys = await query<{ columns: string[]; target: string; target_columns: string[]; on_delete: string }>(
      `SELECT array_agg(a.attname ORDER BY k.ord)::text[] AS columns, ft.relname AS target,
              array_agg(fa.attname ORDER BY k.ord)::text[] AS target_columns, c.confdeltype AS on_delete
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_class ft ON ft.oid = c.confrelid
         CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(col, fcol, ord)
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col
         JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = k.fcol
        WHERE c.contype = 'f' AND t.relname = $1
        GROUP BY c.oid, ft.relname, c.confdeltype`,
      [tableOf(model)],
    );
    const deleteRule: Record<string, string> = { Cascade: "c", SetNull: "n", Restrict: "r", NoAction: "a", SetDefault: "d" };
    const expected = model.fields
      .filter((f) => f.kind === "object" && f.relationFromFields?.length)
      .map((f) => {
        const target = modelByName.get(f.type)!;
        return {
          columns: f.relationFromFields!.map((n) => columnOf(fieldOf(model, n))),
          target: tableOf(target),
          target_columns: f.relationToFields!.map((n) => columnOf(fieldOf(target, n))),
          // Prisma's default: Restrict for required relations, SetNull for optional ones.
          on_delete: deleteRule[f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull")],
        };
      });
    const sortKey = (k: { columns: string[] }) => k.columns.join(",");
    expect([...keys].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
      expected.sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    );
  });

  it("has every primary key, unique constraint and index the schema declares", async () => {
    const indexes = await query<{ table: string; columns: string[]; is_unique: boolean; is_primary: boolean; method: string }>(
      `SELECT t.relname AS table, array_agg(a.attname ORDER BY k.ord)::text[] AS columns,
              i.indisunique AS is_unique, i.indisprimary AS is_primary, am.amname AS method
         FROM pg_index i
         JOIN pg_class t ON t.oid = i.indrelid
         JOIN pg_class ic ON ic.oid = i.indexrelid
         JOIN pg_am am ON am.oid = ic.relam
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
         CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(col, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.col
        GROUP BY i.indexrelid, t.relname, i.indisunique, i.indisprimary, am.amname`,
    );
    const describe = (i: { table: string; columns: string[]; is_unique: boolean; is_primary: boolean; method: string }) =>
      `${i.table}(${i.columns.join(",")}) ${i.is_primary ? "primary" : i.is_unique ? "unique" : "index"} ${i.method}`;
    const actual = new Set(indexes.map(describe));
    for (const index of dmmf.indexes) {
      const model = modelByName.get(index.model)!;
      const columns = index.fields.map((f) => {
        const field = model.fields.find((mf) => mf.name === f.name);
        return field ? columnOf(field) : unsupportedColumns(model.name).find((c) => c.replace(/_(\w)/g, (_m, ch: string) => ch.toUpperCase()) === f.name) ?? f.name;
      });
      const kind = index.type === "id" ? "primary" : index.type === "unique" ? "unique" : "index";
      const method = (index.algorithm ?? "BTree").toLowerCase().replace("btree", "btree");
      expect(actual).toContain(`${tableOf(model)}(${columns.join(",")}) ${kind} ${method}`);
    }
  });
});
