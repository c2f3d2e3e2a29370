/**
 * Overlap measures of two sentences given as 32-bit hashes of their word keys: multiset
 * overlap (n-gram precision, Dice), order (longest common subsequence, METEOR-style chunks)
 * and edit distance (TER without shifts). Each is a loop over typed arrays: a page's sentence
 * meets many candidates, so nothing here allocates more than one row.
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

/** Length of the longest common subsequence of two hash sequences (two rows of the table). */
export function lcsLength(a: Int32Array, b: Int32Array): number {
  const row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    const x = a[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Word edit distance (insertions, deletions, substitutions), one row of the table. */
export function editDistance(a: Int32Array, b: Int32Array): number {
  const row = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    const x = a[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (x === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export interface Alignment {
  /** Words of `a` matched to a word of `b`. */
  matched: number;
  /** Runs of matched words that sit side by side in both sentences. */
  chunks: number;
}

/**
 * METEOR-style one-to-one alignment of `a`'s words onto `b`'s: each word takes the unused
 * equal word of `b` nearest to where the previous match leaves off, so a reworded sentence
 * keeps its phrases in few chunks while a reshuffled one breaks into many.
 */
export function align(a: Int32Array, b: Int32Array): Alignment {
  const used = new Uint8Array(b.length);
  let matched = 0;
  let chunks = 0;
  let previous = -2;
  for (let i = 0; i < a.length; i++) {
    const expected = previous >= 0 ? previous + 1 : i;
    let best = -1;
    for (let j = 0; j < b.length; j++) {
      if (used[j] || b[j] !== a[i]) continue;
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
