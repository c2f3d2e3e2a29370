import { describe, expect, it } from 'vitest';
import { TokenPool } from '../../../src/crossref/token-pool.ts';

const sentences: number[][] = [
  [2, 0, 5, 127, 128],
  [16_383, 16_384, 2_097_151, 2_097_152],
  [],
  [1 << 1, (70_000 << 1) | 1],
];

function filled(pool: TokenPool, list: number[][]): number[] {
  return list.map((ids) => pool.append(Uint32Array.from(ids)));
}

describe('TokenPool', () => {
  it('gives back each sentence’s tokens, small values in fewer bytes', () => {
    const pool = new TokenPool(undefined, 4);
    const starts = filled(pool, sentences);
    const ends = [...starts.slice(1), pool.length];
    sentences.forEach((ids, i) => {
      expect([...pool.tokens(starts[i]!, ends[i]!)]).toEqual(ids);
    });
    // 1+1+1+1+2, 2+3+3+4, 0, 1+3 bytes.
    expect(pool.length).toBe(6 + 12 + 0 + 4);
  });

  it('appends after a read-only base without writing into it', () => {
    const first = new TokenPool();
    const starts = filled(first, sentences.slice(0, 2));
    const base = first.contiguous().slice();
    const before = base.slice();
    const pool = new TokenPool(base, 4);
    const added = filled(pool, [[9, 0, 11]]);
    expect(added[0]).toBe(base.length);
    expect([...pool.tokens(starts[1]!, base.length)]).toEqual(sentences[1]);
    expect([...pool.tokens(added[0]!, pool.length)]).toEqual([9, 0, 11]);
    expect(base).toEqual(before);
    expect(() => pool.contiguous()).toThrow(/two segments/);
    const copy = new TokenPool();
    copy.appendBytes(pool.bytes(added[0]!, pool.length));
    expect([...copy.tokens(0, copy.length)]).toEqual([9, 0, 11]);
  });

  it('reads ids past the dictionary, and cut-off bytes, as clause breaks', () => {
    const pool = new TokenPool();
    pool.append(Uint32Array.of(4 << 1, 900 << 1));
    expect([...pool.tokens(0, pool.length, 100)]).toEqual([4 << 1, 0]);
    const cut = new TokenPool(Uint8Array.of(0x85, 0x80));
    expect([...cut.tokens(0, 2, 100)]).toEqual([5]);
  });
});
