// Stage 2: the article's language. English and Russian are extracted (Russian
// by the stages in ./russian); other articles are stored with their language
// and no facts.
import { detect } from "tinyld";

export const SUPPORTED_LANGUAGES = new Set(["en", "ru"]);

const ENGLISH_FUNCTION_WORDS = new Set([
  "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "it",
  "at", "from", "his", "has", "have", "be", "are", "its", "their", "which", "said", "this", "an",
]);

/** ISO 639-1 code of the text, "und" when it cannot tell. A caller's hint wins. */
export function detectLanguage(text: string, hint?: string | null): string {
  if (hint) return hint.toLowerCase().slice(0, 2);
  const sample = text.slice(0, 3000);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return "und";
  // Function words are a sure sign of English even where tinyld hesitates (short texts, many names).
  const englishShare = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length / words.length;
  if (englishShare >= 0.12) return "en";
  if (looksRussian(sample)) return "ru";
  return detect(sample) || "und";
}

/**
 * Cyrillic text with ы or э (Bulgarian, Serbian, Macedonian and Ukrainian have
 * neither) and none of the letters only other Cyrillic alphabets have is
 * Russian; tinyld takes short Russian sentences for Tatar or Kazakh.
 */
function looksRussian(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const cyrillic = letters.filter((letter) => /[\u0400-\u04ff]/.test(letter)).length;
  if (cyrillic < 0.5 * letters.length) return false;
  return /[ыэЫЭ]/.test(text) && !/[іїєґўәғқңөұүһҗјљњћђџѓќѕІЇЄҐЎӘҒҚҢӨҰҮҺҖЈЉЊЋЂЏЃЌЅ]/.test(text);
}
