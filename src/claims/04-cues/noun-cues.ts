import type { Cue, Token } from '../types.ts';
import { DETERMINERS } from './verb-cues.ts';
import { CUE_NOUNS, CUE_VERBS, STANCE_NOUNS } from '../lexicon.ts';

/**
 * A noun cue at token `i`: a stance with its owner ("Trump's opposition to the deal") or a noun of
 * speech that introduces content ("Russia's claims that …", "the ministry's statement:").
 */
export function nounCueAt(tokens: Token[], i: number): Cue | null {
  const lower = tokens[i]!.lower;
  const next = tokens[i + 1];
  if (next && STANCE_NOUNS.get(lower) === next.lower && tokens[i - 1]?.lower === "'s")
    return { first: i, last: i + 2, lemma: lower, cls: 'speech', shape: 'noun' };
  if (CUE_NOUNS.has(lower) && isNounCue(tokens, i))
    return { first: i, last: i + 1, lemma: lower, cls: 'speech', shape: 'noun' };
  return null;
}

/** A cue noun introduces content: "claims that", "the ministry's statement:". */
function isNounCue(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.lower !== 'that' && next.text !== ':') return false;
  // "Russia claims that …" is a verb; "Russia's claims that …" and "the statement that …" nouns.
  const prev = tokens[i - 1];
  if (!CUE_VERBS.has(tokens[i]!.lower)) return true;
  return Boolean(prev && (DETERMINERS.has(prev.lower) || prev.lower === "'s"));
}

/** "quoted by the Interfax news agency as saying": the index of "saying", or -1. */
export function findAsSaying(tokens: Token[], from: number): number {
  for (let j = from; j < Math.min(tokens.length - 1, from + 12); j++) {
    if (tokens[j]!.lower === 'as' && tokens[j + 1]!.lower === 'saying') return j + 1;
  }
  return -1;
}
