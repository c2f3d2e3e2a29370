import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../../src/text/bounded-memo.ts';

describe('boundedMemo', () => {
  it('computes each key once while it is kept, and starts again when full', () => {
    const computed: string[] = [];
    const upper = boundedMemo(2, (w: string) => {
      computed.push(w);
      return w.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a'), upper('b')]).toEqual(['A', 'B', 'A', 'B']);
    expect(computed).toEqual(['a', 'b']);
    // Full at two: the third key clears the memo, so "a" is computed again.
    expect([upper('c'), upper('c'), upper('a')]).toEqual(['C', 'C', 'A']);
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });
});
