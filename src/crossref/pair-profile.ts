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

/** Sorted distinct values. */
function distinct(values: number[]): Int32Array {
  const s = sorted(values);
  let n = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) s[n++] = s[i]!;
  return s.slice(0, n);
}

/** Sorted hashes of the n-grams of a hash sequence (n ≥ 2). */
function ngramHashes(sequence: Int32Array, n: number): Int32Array {
  const out: number[] = [];
  for (let i = n - 1; i < sequence.length; i++) {
    let h = sequence[i - n + 1]!;
    for (let k = i - n + 2; k <= i; k++) h = Math.imul(h, 0x9e3779b1) ^ sequence[k]!;
    out.push(h);
  }
  return sorted(out);
}

function charGrams(tokens: readonly Token[]): Int32Array {
  const text = tokens.map((t) => t.word).join(' ');
  const chars: number[] = [];
  for (let i = 0; i + 4 <= text.length; i++) {
    let h = 0;
    for (let k = i; k < i + 4; k++) h = Math.imul(h, 65599) + text.charCodeAt(k);
    chars.push(h | 0);
  }
  return sorted(chars);
}

const isNumber = (t: Token) => t.key.startsWith('#');

export function profileOf(tokens: readonly Token[]): Profile {
  let p = profiles.get(tokens);
  if (p) return p;
  const sequence = Int32Array.from(tokens, (t) => hashString(t.key));
  const indexed = indexSequence(sequence);
  const content = tokens.flatMap((t, i) => (t.weight > 0 ? [sequence[i]!] : []));
  const contentSequence = Int32Array.from(content);
  const numbers = tokens.flatMap((t, i) => (isNumber(t) ? [sequence[i]!] : []));
  p = {
    sequence,
    contentSequence,
    indexed,
    contentIndexed: indexSequence(contentSequence),
    keys: indexed.sorted,
    keyWeights: Float64Array.from(indexed.positions, (i) => tokens[i]!.weight),
    content: sorted(content),
    ngrams: [ngramHashes(sequence, 2), ngramHashes(sequence, 3), ngramHashes(sequence, 4)],
    chars: charGrams(tokens),
    numbers: sorted(numbers),
    numberSet: distinct(numbers),
    contentSet: distinct(content),
    nameSet: distinct(tokens.flatMap((t, i) => (t.name ? [sequence[i]!] : []))),
    keySet: distinct([...sequence]),
    negated: tokens.some((t) => NEGATIONS.has(t.word)),
    quoted: tokens.some((t) => t.quoted),
  };
  profiles.set(tokens, p);
  return p;
}
