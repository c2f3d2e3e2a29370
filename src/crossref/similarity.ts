import {
  CLAUSE_BREAK as IMPORTED_CLAUSE_BREAK,
  ID_SHIFT as IMPORTED_ID_SHIFT,
  NAME_BIT as IMPORTED_NAME_BIT,
  NAME_FACTOR as IMPORTED_NAME_FACTOR,
} from './dictionary.ts';

// Module-local copies: reading an imported binding can cost a call per access in some
// loaders (tsx), and these are read in the innermost loops.
const CLAUSE_BREAK = IMPORTED_CLAUSE_BREAK;
const ID_SHIFT = IMPORTED_ID_SHIFT;
const NAME_BIT = IMPORTED_NAME_BIT;
const NAME_FACTOR = IMPORTED_NAME_FACTOR;

/**
 * Same-claim similarity of two encoded sentences: the larger of
 * - the weighted Dice overlap of the whole sentences, and
 * - containment: the Dice overlap of one whole sentence with a run of consecutive clauses of
 *   the other ("But he emphasized the need…" inside "Putin said he is ready…, but emphasised
 *   the need…"), discounted when the contained part is too light to stand as a claim.
 */

/**
 * A sentence found inside a run of the other's clauses is the same claim, but less surely than
 * a whole-sentence rewrite (the rest of the other sentence may change its sense): its score is
 * scaled by this, so a perfect containment still clears the claim threshold.
 */
export const CONTAINMENT_FACTOR = 0.8;
/** Weight a contained sentence or clause run needs before containment counts fully. */
export const MIN_CONTAINED_WEIGHT = 4;
/** Clause runs scored per side at most; long lists of clauses add little. */
const MAX_CLAUSES = 12;

/** Reusable marks per token id, so scoring allocates nothing per pair. */
export class Scratch {
  marks = new Uint32Array(1024);
  epoch = 0;

  ensure(size: number): void {
    if (size > this.marks.length) {
      const grown = new Uint32Array(Math.max(size, this.marks.length * 2));
      this.marks = grown;
      this.epoch = 0;
    }
  }

  next(): number {
    this.epoch++;
    if (this.epoch === 0xffffffff) {
      this.marks.fill(0);
      this.epoch = 1;
    }
    return this.epoch;
  }
}

const clauseCommon = new Float64Array(MAX_CLAUSES);
const clauseWeight = new Float64Array(MAX_CLAUSES);
const otherCommon = new Float64Array(MAX_CLAUSES);
const otherWeight = new Float64Array(MAX_CLAUSES);

/** Per clause of `b`: weight of its tokens, and of those also in `a` (marked). */
function perClause(
  b: Uint32Array,
  bs: number,
  be: number,
  weights: Float32Array,
  marks: Uint32Array,
  epoch: number,
  common: Float64Array,
  total: Float64Array,
): number {
  let clause = 0;
  common[0] = 0;
  total[0] = 0;
  for (let i = bs; i < be; i++) {
    const id = b[i]!;
    if (id === CLAUSE_BREAK) {
      if (clause < MAX_CLAUSES - 1) {
        clause++;
        common[clause] = 0;
        total[clause] = 0;
      }
      continue;
    }
    const key = id >>> ID_SHIFT;
    const w = id & NAME_BIT ? weights[key]! * NAME_FACTOR : weights[key]!;
    total[clause]! += w;
    if (marks[key] === epoch) common[clause]! += w;
  }
  return clause + 1;
}

function mark(a: Uint32Array, as: number, ae: number, marks: Uint32Array, epoch: number): void {
  for (let i = as; i < ae; i++) marks[a[i]! >>> ID_SHIFT] = epoch;
}

/** Best Dice of the whole other side (weight `whole`) against runs of these clauses. */
function bestRun(n: number, common: Float64Array, total: Float64Array, whole: number): number {
  let best = 0;
  for (let s = 0; s < n; s++) {
    let c = 0;
    let w = 0;
    for (let e = s; e < n; e++) {
      c += common[e]!;
      w += total[e]!;
      if (c <= 0 || (s === 0 && e === n - 1)) continue;
      const light = Math.min(whole, w);
      const discount = light >= MIN_CONTAINED_WEIGHT ? 1 : light / MIN_CONTAINED_WEIGHT;
      const d = ((2 * c) / (whole + w)) * discount;
      if (d > best) best = d;
    }
  }
  return best;
}

export function encodedSimilarity(
  a: Uint32Array,
  as: number,
  ae: number,
  b: Uint32Array,
  bs: number,
  be: number,
  weights: Float32Array,
  scratch: Scratch,
): number {
  const ea = scratch.next();
  mark(a, as, ae, scratch.marks, ea);
  const nb = perClause(b, bs, be, weights, scratch.marks, ea, clauseCommon, clauseWeight);
  const eb = scratch.next();
  mark(b, bs, be, scratch.marks, eb);
  const na = perClause(a, as, ae, weights, scratch.marks, eb, otherCommon, otherWeight);
  return combine(na, nb);
}

/** The score from the per-clause sums of both sides (otherCommon/Weight: a's; clause…: b's). */
function combine(na: number, nb: number): number {
  let wa = 0;
  let wb = 0;
  let common = 0;
  // A word may be a name on one side only: the common weight is the mean of both sides'.
  for (let i = 0; i < na; i++) {
    wa += otherWeight[i]!;
    common += otherCommon[i]! / 2;
  }
  for (let j = 0; j < nb; j++) {
    wb += clauseWeight[j]!;
    common += clauseCommon[j]! / 2;
  }
  if (wa <= 0 || wb <= 0 || common <= 0) return 0;
  const whole = (2 * common) / (wa + wb);
  const lighter = Math.min(wa, wb);
  let best =
    whole * (lighter >= MIN_CONTAINED_WEIGHT ? 1 : Math.sqrt(lighter / MIN_CONTAINED_WEIGHT));
  if (nb > 1)
    best = Math.max(best, CONTAINMENT_FACTOR * bestRun(nb, clauseCommon, clauseWeight, wa));
  if (na > 1) best = Math.max(best, CONTAINMENT_FACTOR * bestRun(na, otherCommon, otherWeight, wb));
  return Math.min(1, best);
}

/**
 * encodedSimilarity of one sentence against many stored ones, each read straight from its
 * varint bytes (see TokenPool): the one side is marked once rather than once per pair, and no
 * pair decodes into a buffer first. Gives exactly encodedSimilarity's value (the same sums in
 * the same order): own marks for each side, so the one side's marks outlive every pair.
 */
export class OneToMany {
  private readonly own = new Scratch();
  private readonly other = new Scratch();
  private a: Uint32Array = new Uint32Array(0);
  private ownEpoch = 0;

  /** The sentence every later `score` compares with; `size`: the dictionary's. */
  setSentence(a: Uint32Array, size: number): void {
    this.own.ensure(size);
    this.other.ensure(size);
    this.a = a;
    this.ownEpoch = this.own.next();
    mark(a, 0, a.length, this.own.marks, this.ownEpoch);
  }

  /**
   * Similarity with the sentence whose varints fill `bytes[start..end)`, read as TokenPool's
   * `tokens` reads them: ids from `limit` up as clause breaks, at most 4 bytes a varint, and
   * nothing past `end`.
   */
  score(bytes: Uint8Array, start: number, end: number, limit: number, weights: Float32Array) {
    const ownMarks = this.own.marks;
    const ea = this.ownEpoch;
    const eb = this.other.next();
    const otherMarks = this.other.marks;
    const common = clauseCommon;
    const total = clauseWeight;
    // perClause of the stored side against the marked one, marking the stored side on the way.
    let clause = 0;
    common[0] = 0;
    total[0] = 0;
    for (let p = start; p < end;) {
      let b = bytes[p++]!;
      let id = b & 0x7f;
      for (let shift = 7; b & 0x80 && shift < 28; shift += 7) {
        b = p < end ? bytes[p]! : 0;
        p++;
        id |= (b & 0x7f) << shift;
      }
      if (id >>> 1 >= limit) id = 0;
      const key = id >>> ID_SHIFT;
      otherMarks[key] = eb;
      if (id === CLAUSE_BREAK) {
        if (clause < MAX_CLAUSES - 1) {
          clause++;
          common[clause] = 0;
          total[clause] = 0;
        }
        continue;
      }
      const w = id & NAME_BIT ? weights[key]! * NAME_FACTOR : weights[key]!;
      total[clause]! += w;
      if (ownMarks[key] === ea) common[clause]! += w;
    }
    const nb = clause + 1;
    const a = this.a;
    const na = perClause(a, 0, a.length, weights, otherMarks, eb, otherCommon, otherWeight);
    return combine(na, nb);
  }
}
