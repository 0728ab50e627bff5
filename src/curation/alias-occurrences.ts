// Which of an actor's aliases an article uses, found in its body. Needed by
// splitActor, because a mention row records the actor, not the words used.

export interface AliasUse {
  count: number;
  /** Offset of the first occurrence, -1 when none. */
  firstOffset: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Counts occurrences of two groups of surface forms in `text`, case-insensitively
 * and on word boundaries. Longer forms are matched first and consume their
 * span, so "Vladimir Putin" is not also counted as "Putin".
 */
export function countAliasUses(text: string, groups: { moved: string[]; kept: string[] }): { moved: AliasUse; kept: AliasUse } {
  const forms = [
    ...groups.moved.map((surface) => ({ surface, group: "moved" as const })),
    ...groups.kept.map((surface) => ({ surface, group: "kept" as const })),
  ]
    .filter((form) => form.surface.trim())
    .sort((a, b) => b.surface.length - a.surface.length);
  const taken: boolean[] = new Array(text.length).fill(false);
  const result = { moved: { count: 0, firstOffset: -1 }, kept: { count: 0, firstOffset: -1 } };
  for (const form of forms) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form.surface)}(?![\\p{L}\\p{N}])`, "giu");
    for (const match of text.matchAll(pattern)) {
      const start = match.index!;
      const end = start + match[0].length;
      if (taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      const use = result[form.group];
      use.count += 1;
      if (use.firstOffset < 0 || start < use.firstOffset) use.firstOffset = start;
    }
  }
  return result;
}
