/**
 * Negative examples the paraphrase corpus lacks. MSRP holds only pairs from one story, picked
 * because they looked alike; the extension's index also hands the same-claim model pairs from
 * unrelated reports that merely share a few words ("This is not common…" / "This is very
 * common in errors…"). Fitted on MSRP alone, the model extrapolates on them and links many.
 * So the fit adds such pairs as "not the same claim": a sentence of one MSRP pair against a
 * sentence of another that still passes the candidate gate, with a modest overlap (a high one
 * may be the same sentence reused by another pair of the corpus, or the same fact).
 */
import { isCandidate, overlapScore } from '../../src/crossref/claim-score.ts';
import type { Token } from '../../src/crossref/tokenize.ts';
import { seededRandom } from '../fuzz/random.ts';

/** Above this overlap a cross pair may well be the same fact: not taken as a negative. */
export const UNRELATED_MAX_OVERLAP = 0.5;
/** A word in more sentences than this is no evidence of a shared subject (skipped in the search). */
const COMMON_WORD_SENTENCES = 400;

/** Indices [i, j] into `sentences`, from different pairs (sentence k belongs to pair k >> 1). */
export type SentencePair = readonly [number, number];

function contentKeys(tokens: readonly Token[]): Set<string> {
  return new Set(tokens.filter((t) => t.weight >= 1 && !t.key.startsWith('#')).map((t) => t.key));
}

/**
 * Up to `count` cross pairs of `sentences` (the two sentences of pair k at 2k and 2k + 1) that
 * pass the candidate gate with an overlap under UNRELATED_MAX_OVERLAP, sampled with a fixed seed.
 */
export function unrelatedPairs(
  sentences: readonly (readonly Token[])[],
  count: number,
): SentencePair[] {
  const keys = sentences.map(contentKeys);
  const postings = new Map<string, number[]>();
  keys.forEach((set, i) => {
    for (const k of set) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const found: SentencePair[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const shared = new Map<number, number>();
    for (const k of keys[i]!) {
      const list = postings.get(k)!;
      if (list.length > COMMON_WORD_SENTENCES) continue;
      for (const j of list) if (j > i && j >> 1 !== i >> 1) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      if (n < 2) continue;
      const a = sentences[i]!;
      const b = sentences[j]!;
      const overlap = overlapScore(a, b);
      if (overlap < UNRELATED_MAX_OVERLAP && isCandidate(a, b, overlap)) found.push([i, j]);
    }
  }
  const random = seededRandom(11);
  for (let i = found.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [found[i], found[j]] = [found[j]!, found[i]!];
  }
  return found.slice(0, count);
}
