import { CLAUSE_BREAK, ID_SHIFT } from './dictionary.ts';
import { SLOTS_PER_STEP, finish, type Steps } from './steps.ts';

/**
 * A token found in more than this share of stored sentences is not walked by the query (and
 * keeps postingsKept of them only): it is too common to find candidates with ("said",
 * "Russia" in a year of Ukraine news) and would make every query walk a long list. It still
 * counts in the fine score of each candidate. (0.5 % until the query floor fell to
 * CANDIDATE_THRESHOLD: halving it kept every link of the synthetic 10k store and took about a
 * sixth off the query.)
 */
export const COMMON_SHARE = 0.0025;
/** …but a small store keeps postings of every token up to this many sentences, */
export const MIN_POSTINGS = 256;
/** …and no token keeps more than this many, however large the store. */
export const MAX_POSTINGS = 4096;

/**
 * Sentences from which a token counts as common in a store of `slots` sentences (see
 * COMMON_SHARE): the query walks the postings of rarer tokens only.
 */
export function postingsCap(slots: number): number {
  return Math.min(MAX_POSTINGS, Math.max(MIN_POSTINGS, Math.ceil(slots * COMMON_SHARE)));
}

/**
 * Postings a token keeps: twice the cap. The cap grows with the store, and a token whose list
 * was cut short must not become rare (walkable) again with a partial list; with this headroom
 * that takes the store doubling since the lists were packed, and then the index repacks (see
 * MatchIndex). Built and reloaded indexes thus walk the same complete lists.
 */
export function postingsKept(slots: number): number {
  return 2 * postingsCap(slots);
}

/**
 * Inverted index of a token pool, compressed: the slots of token t, ascending, as varint gaps
 * (first gap from 0) in `bytes[start[t]..start[t + 1])`. A slot number takes 4 bytes as a
 * Uint32; its gap takes 1–2 for common tokens, whose lists are the long ones, and 3 at most
 * below two million slots.
 */
export interface PackedPostings {
  start: Uint32Array;
  bytes: Uint8Array;
  /** Postings kept per token (at most `keep`), sized for at least `tokens` ids. */
  df: Uint32Array;
}

export function varintLength(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

/** Writes `v` at `at`; returns the next offset. */
export function writeVarint(bytes: Uint8Array, at: number, v: number): number {
  while (v >= 0x80) {
    bytes[at++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  bytes[at++] = v;
  return at;
}

/**
 * Packs the postings of `slotCount` slots (slot s holds the varint-encoded tokens
 * `pool[starts[s]..starts[s + 1])`, see TokenPool; the last one up to `poolLength`), keeping at
 * most `keep` slots per token (see postingsKept), lowest slots first. Linear passes: count and
 * size, then fill.
 * Shared by the index and the snapshot writer, so a loaded snapshot holds exactly the postings
 * a rebuild would.
 */
export function packPostings(...args: Parameters<typeof packPostingsSteps>): PackedPostings {
  return finish(packPostingsSteps(...args));
}

/** packPostings in steps (see steps.ts): a yield after every SLOTS_PER_STEP slots of a pass. */
export function* packPostingsSteps(
  pool: Uint8Array,
  poolLength: number,
  starts: Uint32Array,
  slotCount: number,
  tokens: number,
  keep: number,
): Steps<PackedPostings> {
  const df = new Uint32Array(Math.max(tokens, 1024));
  const size = new Uint32Array(tokens + 1);
  const last = new Uint32Array(tokens);
  const slots = { pool, poolLength, starts, slotCount, keep };
  for (let from = 0; from < slotCount; from += SLOTS_PER_STEP) {
    countSlots(slots, from, Math.min(slotCount, from + SLOTS_PER_STEP), df, size, last);
    yield;
  }
  const start = new Uint32Array(tokens + 1);
  for (let t = 0; t < tokens; t++) start[t + 1] = start[t]! + size[t]!;
  const bytes = new Uint8Array(start[tokens]!);
  const fill = start.slice(0, tokens);
  const kept = new Uint32Array(tokens);
  last.fill(0);
  for (let from = 0; from < slotCount; from += SLOTS_PER_STEP) {
    fillSlots(slots, from, Math.min(slotCount, from + SLOTS_PER_STEP), bytes, fill, kept, last);
    yield;
  }
  return { start, bytes, df };
}

interface PoolSlots {
  pool: Uint8Array;
  poolLength: number;
  starts: Uint32Array;
  slotCount: number;
  keep: number;
}

/** Counts slots [from, to)'s postings per token (at most `keep`) and their bytes as gaps. */
function countSlots(
  { pool, poolLength, starts, slotCount, keep }: PoolSlots,
  from: number,
  to: number,
  df: Uint32Array,
  size: Uint32Array,
  last: Uint32Array,
): void {
  for (let s = from; s < to; s++) {
    const end = s + 1 < slotCount ? starts[s + 1]! : poolLength;
    for (let i = starts[s]!; i < end;) {
      let b = pool[i++]!;
      let encoded = b & 0x7f;
      for (let shift = 7; b & 0x80; shift += 7) {
        b = pool[i++]!;
        encoded |= (b & 0x7f) << shift;
      }
      if (encoded === CLAUSE_BREAK) continue;
      const id = encoded >>> ID_SHIFT;
      if (df[id]! >= keep) continue;
      df[id]!++;
      size[id]! += varintLength(s - last[id]!);
      last[id] = s;
    }
  }
}

/** Writes slots [from, to)'s postings as gaps at each token's `fill` offset. */
function fillSlots(
  { pool, poolLength, starts, slotCount, keep }: PoolSlots,
  from: number,
  to: number,
  bytes: Uint8Array,
  fill: Uint32Array,
  kept: Uint32Array,
  last: Uint32Array,
): void {
  for (let s = from; s < to; s++) {
    const end = s + 1 < slotCount ? starts[s + 1]! : poolLength;
    for (let i = starts[s]!; i < end;) {
      let b = pool[i++]!;
      let encoded = b & 0x7f;
      for (let shift = 7; b & 0x80; shift += 7) {
        b = pool[i++]!;
        encoded |= (b & 0x7f) << shift;
      }
      if (encoded === CLAUSE_BREAK) continue;
      const id = encoded >>> ID_SHIFT;
      if (kept[id]! >= keep) continue;
      kept[id]!++;
      fill[id] = writeVarint(bytes, fill[id]!, s - last[id]!);
      last[id] = s;
    }
  }
}

/**
 * Checks the structure of packed postings read from a snapshot (the checksum catches damaged
 * bytes; this, a writer's bug): every list lies within the bytes and holds at least as many
 * bytes as its count of postings. Lists are not decoded here, to keep a cold start fast; a
 * gap that led past the last slot would only touch nothing (typed arrays ignore writes out of
 * range). Returns a reason, or null when sound.
 */
export function checkPostings(
  start: Uint32Array,
  bytes: Uint8Array,
  df: Uint32Array,
  tokens: number,
  slotCount: number,
): string | null {
  if (start[0] !== 0 || start[tokens] !== bytes.length) return 'postings bounds';
  for (let t = 0; t < tokens; t++) {
    const length = start[t + 1]! - start[t]!;
    if (length < 0 || length < df[t]! || df[t]! > slotCount) return `postings of token ${t}`;
  }
  return null;
}
