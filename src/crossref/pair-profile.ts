import { indexSequence, type IndexedSequence } from './sequence-metrics.ts';
import type { Token } from './tokenize.ts';

/**
 * One sentence as the same-claim features read it, computed once per token list (a page's
 * sentence meets many candidates): 32-bit hashes of keys, key n-grams and character 4-grams,
 * sorted where a multiset overlap is wanted, so that each overlap is one merge of two typed
 * arrays.
 */
export interface Profile {
  /** Key hash per token, in sentence order. */
  sequence: Int32Array;
  /** Key hashes of tokens with weight > 0, in sentence order. */
  contentSequence: Int32Array;
  /** Both, with their hashes sorted for the word alignment. */
  indexed: IndexedSequence;
  contentIndexed: IndexedSequence;
  /** Key hashes sorted, with each token's weight alongside. */
  keys: Int32Array;
  keyWeights: Float64Array;
  /** Sorted hashes of keys with weight > 0. */
  content: Int32Array;
  /** Sorted hashes of key n-grams: index 0 holds bigrams, 1 trigrams, 2 four-grams. */
  ngrams: [Int32Array, Int32Array, Int32Array];
  chars: Int32Array;
  /** Sorted hashes of number keys (with repeats). */
  numbers: Int32Array;
  /**
   * Sorted hashes of the distinct number keys, content keys, keys written as names, and of
   * every distinct key (set differences are one merge each).
   */
  numberSet: Int32Array;
  contentSet: Int32Array;
  nameSet: Int32Array;
  keySet: Int32Array;
  negated: boolean;
  quoted: boolean;
}

/** Words that turn a claim into its opposite when only one side has them. */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nor', 'without']);

const profiles = new WeakMap<readonly Token[], Profile>();

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

function sorted(values: number[]): Int32Array {
  return Int32Array.from(values).sort();
}

/** The distinct values of a sorted array. */
function distinct(s: Int32Array): Int32Array {
  let n = 0;
  const out = new Int32Array(s.length);
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out[n++] = s[i]!;
  return out.subarray(0, n);
}

/** Sorted hashes of the n-grams of a hash sequence (n ≥ 2). */
function ngramHashes(sequence: Int32Array, n: number): Int32Array {
  const out = new Int32Array(Math.max(0, sequence.length - n + 1));
  for (let i = n - 1; i < sequence.length; i++) {
    let h = sequence[i - n + 1]!;
    for (let k = i - n + 2; k <= i; k++) h = Math.imul(h, 0x9e3779b1) ^ sequence[k]!;
    out[i - n + 1] = h;
  }
  return out.sort();
}

function charGrams(tokens: readonly Token[]): Int32Array {
  const text = tokens.map((t) => t.word).join(' ');
  const chars = new Int32Array(Math.max(0, text.length - 3));
  for (let i = 0; i + 4 <= text.length; i++) {
    let h = 0;
    for (let k = i; k < i + 4; k++) h = Math.imul(h, 65599) + text.charCodeAt(k);
    chars[i] = h | 0;
  }
  return chars.sort();
}

const isNumber = (t: Token) => t.key.startsWith('#');

export function profileOf(tokens: readonly Token[]): Profile {
  let p = profiles.get(tokens);
  if (p) return p;
  const sequence = new Int32Array(tokens.length);
  const content: number[] = [];
  const numbers: number[] = [];
  const names: number[] = [];
  tokens.forEach((t, i) => {
    const h = hashString(t.key);
    sequence[i] = h;
    if (t.weight > 0) content.push(h);
    if (isNumber(t)) numbers.push(h);
    if (t.name) names.push(h);
  });
  const indexed = indexSequence(sequence);
  const contentSequence = Int32Array.from(content);
  const contentIndexed = indexSequence(contentSequence);
  const numbersSorted = sorted(numbers);
  p = {
    sequence,
    contentSequence,
    indexed,
    contentIndexed,
    keys: indexed.sorted,
    keyWeights: Float64Array.from(indexed.positions, (i) => tokens[i]!.weight),
    content: contentIndexed.sorted,
    ngrams: [ngramHashes(sequence, 2), ngramHashes(sequence, 3), ngramHashes(sequence, 4)],
    chars: charGrams(tokens),
    numbers: numbersSorted,
    numberSet: distinct(numbersSorted),
    contentSet: distinct(contentIndexed.sorted),
    nameSet: distinct(sorted(names)),
    keySet: distinct(indexed.sorted),
    negated: tokens.some((t) => NEGATIONS.has(t.word)),
    quoted: tokens.some((t) => t.quoted),
  };
  profiles.set(tokens, p);
  return p;
}
