import type { Phrase, Token } from '../types.ts';
import { BOUNDARY, CUE_VERBS, PLACES } from '../lexicon.ts';

// Comma-set segments looked at leftwards from the verb ("X, through a spokeswoman, declined").
const MAX_SEGMENTS = 5;
// Longest name segment ("Donald J. Trump and Senator Ted Cruz").
const MAX_NAME_WORDS = 8;
// Lower-case words allowed inside a name segment.
const NAME_INNER = new Set(['and', 'of', 'de', 'van', 'von', 'al', 'bin']);
// Linking words that may open the sentence before a name ("But Sanders, …").
const LINKERS = /^(but|and|so|yet|still|now|meanwhile|however)$/;

/**
 * The speaker of a verb after a comma when the subject phrase before it could not be parsed: the
 * nearest comma-set segment that is a bare name ("…, the union's president, Mary Kay Henry,
 * expressed …", "Schilling, through a spokeswoman, declined …", "Clinton, without naming him,
 * accused …"). `comma` is the comma just before the verb.
 */
export function namedSegment(tokens: Token[], comma: number): Phrase | null {
  let end = comma;
  for (let round = 0; round < MAX_SEGMENTS && end > 0; round++) {
    let p = end - 1;
    while (p >= 0 && tokens[p]!.text !== ',') p--;
    let first = p + 1;
    // A name opening the sentence after a discourse word is fine ("But Sanders, …").
    if (p < 0 && LINKERS.test(tokens[first]?.lower ?? '')) first++;
    // "“…,” Anne Richards, a deputy secretary, said": the quote mark closes what went before.
    while (first < end && tokens[first]!.quote) first++;
    if (isName(tokens, first, end)) return { first, last: end };
    if (p < 0) return null;
    end = p;
  }
  return null;
}

function isName(tokens: Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last).filter((t) => t.word);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  if (!words[0]!.cap || !words[words.length - 1]!.cap) return false;
  // "On Social Security, …", "In Iowa, …": a capitalised preposition opens no name; a place
  // ("Washington, D.C., feel free …") is no speaker.
  if (BOUNDARY.has(words[0]!.lower) || words.some((t) => PLACES.has(t.lower))) return false;
  // "D.C.", "U.S.": an abbreviation alone names no one.
  if (words.every((t) => t.text.includes('.'))) return false;
  for (const t of tokens.slice(first, last)) {
    if (t.word) {
      if (!t.cap && !NAME_INNER.has(t.lower)) return false;
      if (CUE_VERBS.has(t.lower)) return false;
    } else if (t.text !== '.' && t.text !== '-') return false;
  }
  return true;
}
