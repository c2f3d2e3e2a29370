/**
 * Overlap measures of two sentences given as 32-bit hashes of their word keys: multiset
 * overlap (n-gram precision, Dice), order (longest common subsequence, METEOR-style chunks)
 * and edit distance (TER without shifts). Each is a loop over typed arrays: a page's sentence
 * meets many candidates, so nothing here allocates more than a row or two.
 */

/** Elements two sorted multisets share, each counted as often as both hold it (clipped). */
export function commonCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      common++;
      i++;
      j++;
    }
  }
  return common;
}

/** Dice overlap of two sorted multisets. */
export function dice(a: Int32Array, b: Int32Array): number {
  const n = a.length + b.length;
  return n === 0 ? 0 : (2 * commonCount(a, b)) / n;
}

/** Elements two sorted arrays of distinct values share (the size of their intersection). */
export const sharedCount = commonCount;

export interface SequenceDistances {
  /** Length of the longest common subsequence. */
  lcs: number;
  /** Word edit distance: insertions, deletions, substitutions. */
  edits: number;
}

/**
 * Longest common subsequence and edit distance of two hash sequences, both from one pass over
 * the table (one row each).
 */
export function sequenceDistances(a: Int32Array, b: Int32Array): SequenceDistances {
  const common = new Uint16Array(b.length + 1);
  const edits = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) edits[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let commonDiagonal = 0;
    let editDiagonal = edits[0]!;
    edits[0] = i;
    const x = a[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const same = x === b[j - 1];
      const commonAbove = common[j]!;
      const editAbove = edits[j]!;
      common[j] = same ? commonDiagonal + 1 : Math.max(commonAbove, common[j - 1]!);
      edits[j] = Math.min(editAbove + 1, edits[j - 1]! + 1, editDiagonal + (same ? 0 : 1));
      commonDiagonal = commonAbove;
      editDiagonal = editAbove;
    }
  }
  return { lcs: common[b.length]!, edits: edits[b.length]! };
}

export interface Alignment {
  /** Words of `a` matched to a word of `b`. */
  matched: number;
  /** Runs of matched words that sit side by side in both sentences. */
  chunks: number;
}

/** A hash sequence with its hashes sorted and, beside each, its position (ties in order). */
export interface IndexedSequence {
  sequence: Int32Array;
  sorted: Int32Array;
  positions: Int32Array;
}

/** Positions fit in the low 16 bits of a packed (hash, position) sort key. */
const POSITION_SPAN = 65536;

export function indexSequence(sequence: Int32Array): IndexedSequence {
  const n = sequence.length;
  const sorted = new Int32Array(n);
  const positions = new Int32Array(n);
  if (n >= POSITION_SPAN) {
    const order = [...sequence.keys()].sort((x, y) => sequence[x]! - sequence[y]!);
    order.forEach((i, k) => ((sorted[k] = sequence[i]!), (positions[k] = i)));
    return { sequence, sorted, positions };
  }
  // Hash and position packed into one exact double: a native numeric sort orders by hash,
  // then position, without a comparator call per step.
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = sequence[i]! * POSITION_SPAN + i;
  packed.sort();
  for (let k = 0; k < n; k++) {
    const hash = Math.floor(packed[k]! / POSITION_SPAN);
    sorted[k] = hash;
    positions[k] = packed[k]! - hash * POSITION_SPAN;
  }
  return { sequence, sorted, positions };
}

/** First index of `value` in a sorted array, or of the first value above it. */
function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * METEOR-style one-to-one alignment of `a`'s words onto `b`'s: each word takes the unused
 * equal word of `b` nearest to where the previous match leaves off (the first on a tie), so a
 * reworded sentence keeps its phrases in few chunks while a reshuffled one breaks into many.
 * Equal words are found by binary search in `b`'s sorted hashes, not by a scan of `b`.
 */
export function align(a: Int32Array, b: IndexedSequence): Alignment {
  const used = new Uint8Array(b.sequence.length);
  let matched = 0;
  let chunks = 0;
  let previous = -2;
  for (let i = 0; i < a.length; i++) {
    const expected = previous >= 0 ? previous + 1 : i;
    const x = a[i]!;
    let best = -1;
    for (let k = lowerBound(b.sorted, x); k < b.sorted.length && b.sorted[k] === x; k++) {
      const j = b.positions[k]!;
      if (used[j]) continue;
      if (best < 0 || Math.abs(j - expected) < Math.abs(best - expected)) best = j;
    }
    if (best < 0) {
      previous = -2;
      continue;
    }
    used[best] = 1;
    matched++;
    if (best !== previous + 1) chunks++;
    previous = best;
  }
  return { matched, chunks };
}

/** METEOR's score from an alignment: recall-weighted F, less a penalty for fragmentation. */
export function meteorScore(m: Alignment, lengthA: number, lengthB: number): number {
  if (m.matched === 0) return 0;
  const precision = m.matched / lengthA;
  const recall = m.matched / lengthB;
  const f = (10 * precision * recall) / (recall + 9 * precision);
  return f * (1 - 0.5 * (m.chunks / m.matched) ** 3);
}
