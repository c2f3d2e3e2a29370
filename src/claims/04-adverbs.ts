import type { Token } from './02-tokens.ts';
import { ADVERBS, PRONOUNS } from './lexicon.ts';

/** Skips adverbs and auxiliaries leftwards from `at` (exclusive); returns the new end. */
export function skipLeftAdverbs(tokens: Token[], at: number): number {
  let k = at;
  while (
    k > 0 &&
    (isContractedIs(tokens, k - 1) ||
      (tokens[k - 1]!.word && isAdverb(tokens[k - 1]!) && !tokens[k - 1]!.cap))
  )
    k--;
  return k;
}

/** "he's predicting": "'s" after a pronoun is "is" or "has", not a possessive. */
export function isContractedIs(tokens: Token[], i: number): boolean {
  return tokens[i]!.lower === "'s" && PRONOUNS.has(tokens[i - 1]?.lower ?? '');
}

// Nouns and adjectives ending in -ly that are no manner adverbs ("the family said").
const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'supply', 'rally', 'daily', 'weekly']);

/** A listed adverb or auxiliary, or a manner adverb in -ly ("basically", "flatly"). */
export function isAdverb(t: Token): boolean {
  return ADVERBS.has(t.lower) || (/^[a-z]{3,}ly$/.test(t.lower) && !LY_NOUNS.has(t.lower));
}
