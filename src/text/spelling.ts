import spelling from './data/spelling.json' with { type: 'json' };

/**
 * The one US/UK spelling fold: a British spelling to the American one ("emphasised" →
 * "emphasized", "centre" → "center", "travelled" → "traveled"). Explicit pairs first, then
 * suffix rules for words not listed as exceptions ("rise" keeps its s). Matching keys (crossref)
 * and the popover's word diff (ui) both fold through this, so they agree on what is a variant.
 */

const PAIRS: ReadonlyMap<string, string> = new Map(Object.entries(spelling.pairs));
const EXCEPTIONS: ReadonlySet<string> = new Set(spelling.exceptions);
// Longest suffix first so "isations" wins over "ise".
const RULES = [...spelling.rules].sort((a, b) => b.suffix.length - a.suffix.length);

/** The American spelling of a lower-case word (the word itself when no rule applies). */
export function americanSpelling(word: string): string {
  const pair = PAIRS.get(word);
  if (pair !== undefined) return pair;
  if (EXCEPTIONS.has(word)) return word;
  for (const rule of RULES) {
    if (word.endsWith(rule.suffix) && word.length - rule.suffix.length >= rule.minStem) {
      return word.slice(0, word.length - rule.suffix.length) + rule.replace;
    }
  }
  return word;
}
