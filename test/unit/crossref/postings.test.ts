import { describe, expect, it } from 'vitest';
import { checkPostings, packPostings } from '../../../src/crossref/postings.ts';
import { TokenPool } from '../../../src/crossref/token-pool.ts';

/** Slots of encoded tokens as a varint pool and the byte offset of each slot. */
function varintPool(slots: readonly Uint32Array[]): { pool: Uint8Array; starts: Uint32Array } {
  const tokens = new TokenPool();
  const starts = Uint32Array.from(slots, (ids) => tokens.append(ids));
  return { pool: tokens.contiguous(), starts };
}

/** Decodes token t's slots from packed postings. */
function slotsOf(start: Uint32Array, bytes: Uint8Array, t: number): number[] {
  const out: number[] = [];
  let slot = 0;
  for (let p = start[t]!; p < start[t + 1]!;) {
    let b = bytes[p++]!;
    let gap = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) {
      b = bytes[p++]!;
      gap |= (b & 0x7f) << shift;
    }
    slot += gap;
    out.push(slot);
  }
  return out;
}

describe('packed postings', () => {
  it('keeps each token’s slots in order as varint gaps, capped, and skips clause breaks', () => {
    // Slots: 0 = [1, 2], 1 = [2, break, 3], 2..199 = [1], 200000 far away = [2].
    const slots: number[][] = [
      [1, 2],
      [2, 0, 3],
    ];
    for (let s = 2; s < 200; s++) slots.push([1]);
    const { pool, starts } = varintPool(
      slots.map((ids) => Uint32Array.from(ids, (id) => (id === 0 ? 0 : id << 1))),
    );
    const packed = packPostings(pool, pool.length, starts, slots.length, 4, 150);
    expect(slotsOf(packed.start, packed.bytes, 1)).toEqual(
      [0, ...Array.from({ length: 149 }, (_, i) => i + 2)].slice(0, 150),
    );
    expect(slotsOf(packed.start, packed.bytes, 2)).toEqual([0, 1]);
    expect(slotsOf(packed.start, packed.bytes, 3)).toEqual([1]);
    expect(slotsOf(packed.start, packed.bytes, 0)).toEqual([]);
    expect([...packed.df.subarray(0, 4)]).toEqual([0, 150, 2, 1]);
    // One byte per small gap: far less than four bytes per posting.
    expect(packed.bytes.length).toBe(153);
    expect(checkPostings(packed.start, packed.bytes, packed.df, 4, slots.length)).toBeNull();
    const bad = packed.start.slice();
    bad[2] = 9999;
    expect(checkPostings(bad, packed.bytes, packed.df, 4, slots.length)).toMatch(/postings/);
  });

  it('writes gaps of large slot numbers in several bytes', () => {
    const n = 300_000;
    const slots = Array.from({ length: n }, () => Uint32Array.of(0));
    slots[5] = Uint32Array.of(1 << 1);
    slots[n - 1] = Uint32Array.of(1 << 1);
    const { pool, starts } = varintPool(slots);
    const packed = packPostings(pool, pool.length, starts, n, 2, 10);
    expect(slotsOf(packed.start, packed.bytes, 1)).toEqual([5, n - 1]);
    expect(packed.bytes.length).toBe(1 + 3);
  });
});
