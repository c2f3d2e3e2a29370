import { CLAUSE_BREAK, ID_SHIFT } from './dictionary.ts';

/** Inverted index of a token pool: slots of token t in `slots[start[t]..start[t + 1])`. */
export interface PackedPostings {
  start: Uint32Array;
  slots: Uint32Array;
  /** Postings kept per token (at most `cap`), sized for at least `tokens` ids. */
  df: Uint32Array;
}

/**
 * Packs the postings of `slotCount` slots (slot s holds `pool[starts[s]..starts[s + 1])`, the
 * last one up to `poolLength`), keeping at most `cap` slots per token, lowest slots first. Two
 * linear passes: count, then fill. Shared by the index and the snapshot writer, so a loaded
 * snapshot holds exactly the postings a rebuild would.
 */
export function packPostings(
  pool: Uint32Array,
  poolLength: number,
  starts: Uint32Array,
  slotCount: number,
  tokens: number,
  cap: number,
): PackedPostings {
  const df = new Uint32Array(Math.max(tokens, 1024));
  for (let i = 0; i < poolLength; i++) {
    const id = pool[i]! >>> ID_SHIFT;
    if (id !== CLAUSE_BREAK && df[id]! < cap) df[id]!++;
  }
  const start = new Uint32Array(tokens + 1);
  for (let t = 0; t < tokens; t++) start[t + 1] = start[t]! + df[t]!;
  const fill = start.slice(0, tokens);
  const slots = new Uint32Array(start[tokens]!);
  for (let s = 0; s < slotCount; s++) {
    const end = s + 1 < slotCount ? starts[s + 1]! : poolLength;
    for (let i = starts[s]!; i < end; i++) {
      const id = pool[i]! >>> ID_SHIFT;
      if (id === CLAUSE_BREAK) continue;
      const at = fill[id]!;
      if (at < start[id + 1]!) {
        slots[at] = s;
        fill[id] = at + 1;
      }
    }
  }
  return { start, slots, df };
}

/** Postings kept per token, from packed starts (for a snapshot's postings). */
export function dfFromStarts(start: Uint32Array, tokens: number): Uint32Array {
  const df = new Uint32Array(Math.max(tokens, 1024));
  for (let t = 0; t < tokens; t++) df[t] = start[t + 1]! - start[t]!;
  return df;
}
