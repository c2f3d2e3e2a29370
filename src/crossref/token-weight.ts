import stopwords from './data/stopwords.json' with { type: 'json' };
import light from './data/light-words.json' with { type: 'json' };
import { CUE_PREFIX, FUNCTION_PREFIX } from './local-words.ts';
import { wordKey } from './normalize-word.ts';

/**
 * How much a token says about which claim a sentence makes. No corpus statistics: the weight
 * depends on the key alone, so `claimScore` on two strings and the index on stored token ids
 * give the same score.
 */

/** Function words: no say in matching. */
export const STOP_WEIGHT = 0;
/** Reporting verbs, titles, days and very common words: present, but they must not decide. */
export const LIGHT_WEIGHT = 0.3;
/** An ordinary content word. */
export const CONTENT_WEIGHT = 1;
/** Numbers pin a claim down ("130,000 troops") more than any one word. */
export const NUMBER_WEIGHT = 1.5;
/**
 * …but a small whole number ("3 tackles", "(2)", "page 3") is in every other sentence of
 * scores, lists and dates: it counts like a short word.
 */
export const SMALL_NUMBER_LIMIT = 100;
/** Words of one or two letters left after stopwords are mostly initials and fragments. */
export const SHORT_WEIGHT = 0.5;

const STOP_KEYS: ReadonlySet<string> = new Set(stopwords.words.map(wordKey));
const LIGHT_KEYS: ReadonlySet<string> = new Set(
  [...light.reporting, ...light.titles, ...light.calendar, ...light.common].map(wordKey),
);

/** Keys that are stopwords even after stemming ("doe" from "does" is not a content word). */
export function isStopKey(key: string): boolean {
  return STOP_KEYS.has(key) || key.startsWith(FUNCTION_PREFIX);
}

export function keyWeight(key: string): number {
  if (key.startsWith('#')) {
    const value = Number(key.slice(1));
    return Number.isInteger(value) && Math.abs(value) < SMALL_NUMBER_LIMIT
      ? SHORT_WEIGHT
      : NUMBER_WEIGHT;
  }
  if (STOP_KEYS.has(key) || key.startsWith(FUNCTION_PREFIX)) return STOP_WEIGHT;
  // German, French and Spanish attribution verbs ("sagte", "a déclaré") weigh like English ones.
  if (key.startsWith(CUE_PREFIX)) return LIGHT_WEIGHT;
  if (LIGHT_KEYS.has(key)) return LIGHT_WEIGHT;
  if (key.length <= 2) return SHORT_WEIGHT;
  return CONTENT_WEIGHT;
}
