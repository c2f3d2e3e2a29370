import type { Token } from '../types.ts';
import {
  ANONYMOUS_HEADS,
  BOUNDARY,
  DOCUMENT_HEADS,
  GOVERNMENT_HEADS,
  MEDIA_HEADS,
  ORGANIZATION_HEADS,
  PERSON_HEADS,
} from '../lexicon.ts';

// Sentence-initial discourse words that are capitalised but never part of a source.
export const DISCOURSE = new Set([
  ...BOUNDARY,
  'and',
  'but',
  'meanwhile',
  'however',
  'still',
  'separately',
  'elsewhere',
  'instead',
  'indeed',
  'yesterday',
  'today',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
// Continuations of an anonymous source ("a source familiar with the talks").
export const TRAILERS = new Set(['familiar', 'close', 'briefed', 'knowledgeable', 'involved']);

export function isSourceWord(t: Token): boolean {
  return isSourceNoun(t.lower);
}

/** A lower-case noun of the source lexicons ("officials", "ministry", "statement"). */
export function isSourceNoun(lower: string): boolean {
  return (
    ANONYMOUS_HEADS.has(lower) ||
    PERSON_HEADS.has(lower) ||
    ORGANIZATION_HEADS.has(lower) ||
    GOVERNMENT_HEADS.has(lower) ||
    MEDIA_HEADS.has(lower) ||
    DOCUMENT_HEADS.has(lower)
  );
}
