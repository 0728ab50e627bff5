// Name keys: the same person or place spelled with or without diacritics,
// curly apostrophes, hyphens or Arabic particles gets one key. Used for alias
// lookup (actor_alias.normalized), cross-article resolution and scoring.

/** Particles and honorifics that do not distinguish one name from another. */
export const NAME_PARTICLES = new Set(["al", "el", "ash", "as", "ad", "mr", "dr"]);

/** Folds diacritics, case, quotes and dashes; keeps every word. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[-\u2010-\u2015\u2212]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** normalizeText, then drops particles: "Ahmad al-Sharaa" and "Ahmad Al Sharaa" share a key. */
export function normalizeName(name: string): string {
  return normalizeText(name)
    .split(" ")
    .filter((word) => word && !NAME_PARTICLES.has(word))
    .join(" ");
}
