import { splitSentences } from '../claims/01-sentences.ts';
import type { ReportSentence } from '../model/report.ts';
import { claimVerdict } from './claim-score.ts';
import { MatchIndex } from './match-index.ts';
import { tokenizeCached } from './tokenize.ts';

/** A report for story comparison: its title and either raw text or its sentences. */
export type StoryDoc =
  { title: string; text: string } | { title: string; sentences: readonly string[] };

/**
 * Two reports belong to one story when a fifth of the shorter one's claims recur in the other:
 * a rewrite keeps more, two stories on one topic share a background line at most.
 */
export const STORY_THRESHOLD = 0.2;
/**
 * …and when they share at least two claims (or all of the shorter one's, if it has fewer): one
 * shared sentence is often just the background paragraph a running story repeats.
 */
export const MIN_SHARED_CLAIMS = 2;
/** Index candidates checked per sentence for its best link (as crossReference does). */
const CANDIDATES = 8;

function units(doc: StoryDoc): string[] {
  // Raw text is split as the claims analysis splits an article (one splitter for both).
  const body =
    'sentences' in doc
      ? [...doc.sentences]
      : splitSentences(doc.text).map((r) => doc.text.slice(r.start, r.end));
  return doc.title.trim() ? [doc.title.trim(), ...body] : body;
}

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
 * Share of the shorter report's sentences (title included) that carry a claim of the other,
 * in [0, 1] (see sharedClaimScore). Uses the same index and claim score as the
 * extension.
 */
export function storyScore(a: StoryDoc, b: StoryDoc): number {
  const small = units(a);
  const large = units(b);
  if (small.length === 0 || large.length === 0) return 0;
  return Math.max(oneWay(small, large), oneWay(large, small));
}

/** Best match score of each sentence of `from` found in `to`, as a story score. */
function oneWay(from: string[], to: string[]): number {
  const index = new MatchIndex();
  index.add(1, asSentences(to));
  const results = index.query(asSentences(from), { limit: CANDIDATES });
  const best: number[] = [];
  results.forEach((found, i) => {
    let top = 0;
    for (const m of found) {
      const verdict = claimVerdict(
        tokenizeCached(from[i]!),
        tokenizeCached(to[m.sentenceIndex]!),
        m.score,
      );
      if (verdict.relation !== null) top = Math.max(top, verdict.score);
    }
    if (top > 0) best.push(top);
  });
  return sharedClaimScore(best, from.length, to.length);
}

/**
 * Story score: the share of the shorter side's claims found in the other (each shared claim
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
