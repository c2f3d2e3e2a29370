import { describe, expect, it } from 'vitest';
import { Dictionary } from '../../../src/crossref/dictionary.ts';
import { encodeTokens } from '../../../src/crossref/encode.ts';
import { OneToMany, Scratch, encodedSimilarity } from '../../../src/crossref/similarity.ts';
import { TokenPool } from '../../../src/crossref/token-pool.ts';
import { tokenize } from '../../../src/crossref/tokenize.ts';

// Rewrites, containments, shared names and unrelated claims: each scored against each.
const texts = [
  'Putin said he is ready to end the war, but emphasised the need for security guarantees.',
  'But he emphasized the need for security guarantees.',
  'Russian President Vladimir Putin said on Friday that he was ready to end the war.',
  'The central bank raised interest rates by 0.5 percentage points to 4.25 per cent.',
  'Interest rates rose half a point, to 4.25%, the Bank said.',
  'Putin met Xi in Beijing.',
  'Officials said 130,000 people were evacuated; about 2,000 homes were destroyed.',
  'About two thousand homes were destroyed, officials said.',
  'Storms hit.',
];

/** Every text encoded, the first half in a pool's read-only base and the rest in its tail. */
function setUp() {
  const dict = new Dictionary();
  const encoded = texts.map((t) => encodeTokens(tokenize(t), dict));
  const first = new TokenPool();
  const half = Math.ceil(encoded.length / 2);
  const starts = encoded.slice(0, half).map((ids) => first.append(ids));
  const pool = new TokenPool(first.contiguous().slice());
  starts.push(...encoded.slice(half).map((ids) => pool.append(ids)));
  return { dict, encoded, pool, ends: [...starts.slice(1), pool.length], starts };
}

function scoreIn(scorer: OneToMany, pool: TokenPool, start: number, end: number, dict: Dictionary) {
  const at = pool.segmentOffset(start);
  return scorer.score(pool.segment(start), start - at, end - at, dict.size, dict.weights);
}

describe('OneToMany', () => {
  it('gives encodedSimilarity’s exact value for every pair, from either pool segment', () => {
    const { dict, encoded, pool, starts, ends } = setUp();
    const scorer = new OneToMany();
    const scratch = new Scratch();
    scratch.ensure(dict.size);
    let nonZero = 0;
    for (const a of encoded) {
      scorer.setSentence(a, dict.size);
      encoded.forEach((b, j) => {
        const expected = encodedSimilarity(a, 0, a.length, b, 0, b.length, dict.weights, scratch);
        expect(scoreIn(scorer, pool, starts[j]!, ends[j]!, dict)).toBe(expected);
        if (expected > 0) nonZero++;
      });
    }
    // Not a table of zeros: the rewrites and containments score.
    expect(nonZero).toBeGreaterThan(texts.length * 2);
  });

  it('reads damaged bytes as TokenPool.tokens does: ids past the dictionary and cut varints', () => {
    const { dict, encoded } = setUp();
    const a = encoded[0]!;
    const some = a[0]!;
    // A real token, an id past the dictionary, a 5-byte varint, and a varint cut at the end.
    const bytes = Uint8Array.of(
      (some & 0x7f) | 0x80,
      some >>> 7,
      0xfe,
      0x7f,
      0xff,
      0xff,
      0xff,
      0xff,
      0x01,
      0x83,
    );
    const pool = new TokenPool(bytes);
    const scorer = new OneToMany();
    scorer.setSentence(a, dict.size);
    const scratch = new Scratch();
    scratch.ensure(dict.size);
    for (let end = 1; end <= bytes.length; end++) {
      const b = pool.tokens(0, end, dict.size);
      const expected = encodedSimilarity(a, 0, a.length, b, 0, b.length, dict.weights, scratch);
      expect(scoreIn(scorer, pool, 0, end, dict)).toBe(expected);
    }
  });
});
