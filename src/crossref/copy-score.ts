import type { ReportSentence } from '../model/report.ts';

/**
 * Copies (original / copy / rewrite) are told apart from reports of one story by the claims
 * they share: two reports are copies of one text when a fifth of the shorter one's claims recur
 * in the other. A rewrite keeps more; independent reports of one event share a line at most.
 */
export const SHARED_CLAIMS_THRESHOLD = 0.2;
/**
 * …and when they share at least two claims (or all of the shorter one's, if it has fewer): one
 * shared sentence is often just the background paragraph a running story repeats.
 */
export const MIN_SHARED_CLAIMS = 2;

/** Plain texts as report sentences with no claim analysis (story scoring, benchmarks). */
export function asSentences(texts: readonly string[]): ReportSentence[] {
  return texts.map((text, index) => ({
    index,
    text,
    start: 0,
    end: text.length,
    kind: 'unattributed',
    hedged: false,
    source: null,
    sourceType: null,
    cue: null,
  }));
}

/**
 * Shared-claims score: the share of the shorter side's claims found in the other (each shared claim
 * already passed CLAIM_THRESHOLD, so it counts whole); 0 when fewer than MIN_SHARED_CLAIMS are
 * shared. With a one-claim side, that claim's own score.
 */
export function sharedClaimScore(
  bestScores: readonly number[],
  ourClaims: number,
  theirClaims: number,
): number {
  const shorter = Math.min(ourClaims, theirClaims);
  if (shorter <= 0 || bestScores.length < Math.min(MIN_SHARED_CLAIMS, shorter)) return 0;
  if (shorter === 1) return Math.max(0, ...bestScores);
  return Math.min(1, bestScores.length / shorter);
}
