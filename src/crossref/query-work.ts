/**
 * The index query's working arrays, kept between queries so that a query allocates nothing in
 * proportion to the postings it walks. Each grows (doubling) and never shrinks; contents are
 * meaningful only within one query.
 */
export class QueryWork {
  /** Per token of the query: its id, weight and postings count (rank), and the rarity order. */
  tokenId = new Uint32Array(64);
  tokenWeight = new Float64Array(64);
  tokenRank = new Uint32Array(64);
  order = new Uint32Array(64);
  /** Slots in the order the walk first touched them, and each one's quantized weight. */
  touchedSlot = new Uint32Array(4096);
  touchedWeight = new Uint8Array(4096);
  /** Candidates kept for ranking, their rank bucket, and those chosen to score. */
  keptSlot = new Uint32Array(4096);
  keptBucket = new Uint8Array(4096);
  selected = new Uint32Array(4096);
  /** Where read-ahead loops leave their sum, so that the reads are not optimized away. */
  sink = 0;

  ensureTokens(n: number): void {
    if (n <= this.tokenId.length) return;
    const size = grownSize(this.tokenId.length, n);
    this.tokenId = new Uint32Array(size);
    this.tokenWeight = new Float64Array(size);
    this.tokenRank = new Uint32Array(size);
    this.order = new Uint32Array(size);
  }

  /** Room for `n` touched slots, keeping those already there. */
  ensureTouched(n: number): void {
    if (n <= this.touchedSlot.length) return;
    const size = grownSize(this.touchedSlot.length, n);
    const slots = new Uint32Array(size);
    slots.set(this.touchedSlot);
    this.touchedSlot = slots;
    const weights = new Uint8Array(size);
    weights.set(this.touchedWeight);
    this.touchedWeight = weights;
  }

  ensureKept(n: number): void {
    if (n <= this.keptSlot.length) return;
    const size = grownSize(this.keptSlot.length, n);
    this.keptSlot = new Uint32Array(size);
    this.keptBucket = new Uint8Array(size);
    this.selected = new Uint32Array(size);
  }
}

function grownSize(now: number, needed: number): number {
  let size = now;
  while (size < needed) size *= 2;
  return size;
}
