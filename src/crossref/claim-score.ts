import type { ClaimRelation } from '../model/report.ts';
import { partScore } from './clause-runs.ts';
import { Dictionary } from './dictionary.ts';
import { encodeTokens } from './encode.ts';
import { sameClaimProbability } from './same-claim.ts';
import { Scratch, encodedSimilarity } from './similarity.ts';
import { tokenize, type Token } from './tokenize.ts';

/**
 * Two sentences are linked when their score reaches this: as the same claim when the
 * same-claim model's probability is over one half, else as overlapping claims when a clause
 * run of one carries a clause run of the other, or when their words overlap this much.
 * See test/eval/eval-pairs.ts for how both levels fare on a news paraphrase corpus.
 */
export const CLAIM_THRESHOLD = 0.5;
/**
 * The index hands on a stored sentence as a candidate when its overlap score reaches this.
 * Below it almost no pair of a paraphrase corpus is a paraphrase (28 of 2,753 on MSRP train),
 * and a lower floor would only cost time.
 */
export const CANDIDATE_THRESHOLD = 0.3;

/**
 * Weight of the words (not numbers) two sentences must share before they link at all, two
 * content words' worth: "Retrieved 1 May 2017." and "Retrieved 15 February 2017." share a
 * shape, not a claim.
 */
export const MIN_SHARED_WEIGHT = 2;
/** An overlap (a part of one in the other) needs more: "asked for the third time" is no claim. */
export const MIN_SHARED_WEIGHT_OVERLAP = 3;

export interface ClaimVerdict {
  /** The score the link (or its absence) rests on, in [0, 1]. */
  score: number;
  /** The same-claim model's score alone (0 below the candidate floor). */
  same: number;
  relation: ClaimRelation | null;
}

// One small dictionary for ad-hoc scoring, cleared when it grows: ids only need to agree
// within one call.
const DICT_RESET_SIZE = 50_000;
let dict = new Dictionary();
const scratch = new Scratch();

/** The index's overlap score of two sentences in [0, 1] (what selects candidates). */
export function overlapScore(a: readonly Token[], b: readonly Token[]): number {
  if (dict.size > DICT_RESET_SIZE) dict = new Dictionary();
  const ea = encodeTokens(a, dict);
  const eb = encodeTokens(b, dict);
  scratch.ensure(dict.size);
  return encodedSimilarity(ea, 0, ea.length, eb, 0, eb.length, dict.weights, scratch);
}

/** Weight of the distinct word keys (not numbers) both sentences hold. */
function sharedWeight(a: readonly Token[], b: readonly Token[]): number {
  const ours = new Set<string>();
  for (const t of a) if (t.weight > 0 && !t.key.startsWith('#')) ours.add(t.key);
  let w = 0;
  for (const t of b) if (ours.delete(t.key)) w += t.weight;
  return w;
}

function sameKeys(a: readonly Token[], b: readonly Token[]): boolean {
  return a.length === b.length && a.every((t, i) => t.key === b[i]!.key);
}

/** The pair's shared weight when it passes the gate before the same-claim check, else null. */
function gate(a: readonly Token[], b: readonly Token[], overlap: number): number | null {
  if (overlap < CANDIDATE_THRESHOLD) return null;
  const shared = sharedWeight(a, b);
  return shared >= MIN_SHARED_WEIGHT ? shared : null;
}

/** Whether a pair is worth the same-claim check at all (what the model was fitted behind). */
export function isCandidate(a: readonly Token[], b: readonly Token[], overlap: number): boolean {
  return gate(a, b, overlap) !== null;
}

/** A score printed for a pair that does not link stays under the threshold. */
const UNLINKED_MAX = CLAIM_THRESHOLD - 1e-4;

/**
 * Decides a candidate pair, given the overlap score the index found it with. `overlapBar` is
 * the score an overlap needs (lower between two reports of one story, see matchPage).
 */
export function claimVerdict(
  a: readonly Token[],
  b: readonly Token[],
  overlap: number,
  overlapBar = CLAIM_THRESHOLD,
): ClaimVerdict {
  const shared = gate(a, b, overlap);
  if (shared === null) {
    return { score: Math.min(overlap, CANDIDATE_THRESHOLD), same: 0, relation: null };
  }
  // The same words in the same order are the same claim, whatever the model makes of them.
  const same = sameKeys(a, b) ? 1 : sameClaimProbability(a, b);
  if (same >= CLAIM_THRESHOLD) return { score: same, same, relation: 'same' };
  const part = Math.max(overlap, partScore(a, b));
  if (part >= overlapBar && shared >= MIN_SHARED_WEIGHT_OVERLAP) {
    return { score: part, same, relation: 'overlap' };
  }
  return { score: Math.min(Math.max(same, part), UNLINKED_MAX), same, relation: null };
}

function verdictOf(a: string, b: string): ClaimVerdict {
  const ta = tokenize(a);
  const tb = tokenize(b);
  return claimVerdict(ta, tb, overlapScore(ta, tb));
}

/**
 * Same-claim score of two sentences in [0, 1] (`pairs --level claim`): over CLAIM_THRESHOLD
 * when the engine would call them one claim reworded.
 */
export function claimScore(a: string, b: string): number {
  return verdictOf(a, b).same;
}

/**
 * Link score of two sentences in [0, 1] (`pairs --level link`): over CLAIM_THRESHOLD when the
 * engine links them in the popover, as the same claim or as overlapping ones.
 */
export function linkScore(a: string, b: string): number {
  return verdictOf(a, b).score;
}
