import { Dictionary } from './dictionary.ts';
import { encodeTokens } from './encode.ts';
import { Scratch, encodedSimilarity } from './similarity.ts';
import { tokenize } from './tokenize.ts';

/**
 * Link two sentences as one claim when their score reaches this. Half of the weighted content
 * shared (Dice 0.5) is where a rewrite of one claim and two claims of one story separate;
 * see test/eval/eval-pairs.ts for how it fares on a news paraphrase corpus.
 */
export const CLAIM_THRESHOLD = 0.5;

// One small dictionary for ad-hoc scoring, cleared when it grows: ids only need to agree
// within one call.
const DICT_RESET_SIZE = 50_000;
let dict = new Dictionary();
const scratch = new Scratch();

/** Same-claim similarity of two sentences in [0, 1], exactly as the index scores candidates. */
export function claimScore(a: string, b: string): number {
  if (dict.size > DICT_RESET_SIZE) dict = new Dictionary();
  const ea = encodeTokens(tokenize(a), dict);
  const eb = encodeTokens(tokenize(b), dict);
  scratch.ensure(dict.size);
  return encodedSimilarity(ea, 0, ea.length, eb, 0, eb.length, dict.weights, scratch);
}
