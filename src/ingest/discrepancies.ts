// Where sources disagree on an event's place, date or participants: one
// Discrepancy per (event, field), one value row per value per backing article.
// Once a field is disputed, every later article that states it adds its value,
// and the event keeps the value most articles back.
import type { DiscrepancyField } from "../generated/prisma/enums";
import { placeParts } from "./event-match";
import type { Tx } from "./sql";

export interface FieldReport {
  eventId: number;
  field: DiscrepancyField;
  /** The value the event holds now. */
  currentValue: string;
  /** The value the new article gives. */
  value: string;
  articleId: number;
  /** The new article contradicts the current value (not merely repeats or refines it). */
  disagrees: boolean;
}

/**
 * Records the article's value when the field is or becomes disputed. Returns
 * the majority value when the field is disputed (ties keep the current value),
 * undefined otherwise.
 */
export async function reportField(tx: Tx, report: FieldReport): Promise<string | undefined> {
  const existing = await tx.discrepancy.findUnique({
    where: { eventId_field: { eventId: report.eventId, field: report.field } },
    include: { values: true },
  });
  if (!existing && !report.disagrees) return undefined;

  const discrepancy = existing ?? (await tx.discrepancy.create({ data: { eventId: report.eventId, field: report.field } }));
  const values = existing?.values ?? [];
  // Writing of a value as first recorded, so that "Tishreen Palace" and "the Tishreen palace" count together.
  const key = (value: string) => valueKey(report.field, value);
  const spelling = (value: string) => values.find((row) => key(row.value) === key(value))?.value ?? value;
  const rows = [{ value: spelling(report.value), articleId: report.articleId }];
  if (!existing) {
    for (const articleId of await backersOfCurrentValue(tx, report)) {
      rows.push({ value: report.currentValue, articleId });
    }
  }
  await tx.discrepancyValue.createMany({
    data: rows.map((row) => ({ ...row, discrepancyId: discrepancy.id })),
    skipDuplicates: true,
  });
  return majority([...values, ...rows].map((row) => row.value), report.currentValue, key);
}

/** Values that say the same thing share a key: "Tishreen Palace, Damascus" and "the Tishreen Palace in Damascus". */
function valueKey(field: DiscrepancyField, value: string): string {
  return field === "PLACE" ? placeParts(value).join("|") : value.trim();
}

function majority(values: string[], current: string, key: (value: string) => string): string {
  const counts = new Map<string, { value: string; count: number }>();
  for (const value of values) {
    const entry = counts.get(key(value)) ?? { value, count: 0 };
    entry.count++;
    counts.set(key(value), entry);
  }
  const currentCount = counts.get(key(current))?.count ?? 0;
  const top = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return top && top.count > currentCount ? top.value : current;
}

/**
 * The articles already linked to the event that back its current value: for a
 * place, those whose body names it (falling back to all of them); for a date
 * or participants, those that report or announce the event rather than mention it.
 */
async function backersOfCurrentValue(tx: Tx, report: FieldReport): Promise<number[]> {
  const linked = await tx.$queryRaw<{ article_id: number; relation: string; names_place: boolean }[]>`
    SELECT ae.article_id, ae.relation::text AS relation,
           position(lower(${report.currentValue.split(",")[0].trim()}) in lower(a.body)) > 0 AS names_place
    FROM article_event ae JOIN article a ON a.id = ae.article_id
    WHERE ae.event_id = ${report.eventId} AND ae.article_id <> ${report.articleId}`;
  const backing =
    report.field === "PLACE"
      ? linked.filter((row) => row.names_place)
      : linked.filter((row) => row.relation !== "MENTIONS");
  return (backing.length > 0 ? backing : linked).map((row) => row.article_id);
}
