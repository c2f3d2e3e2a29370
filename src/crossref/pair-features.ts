import type { Token } from './tokenize.ts';

/**
 * Lexical features of a pair of sentences for the same-claim model (pair-model.json). Each is
 * cheap and symmetric; together they see what a single overlap score misses: word order
 * (bigrams, longest common subsequence) and how much content only one side carries.
 * The order here is the order of the model's weights.
 */
export const PAIR_FEATURES = [
  'dice',
  'unmatchedMax',
  'bigramDice',
  'lcsOfLonger',
  'lcsOfShorter',
  'lengthGap',
  'unmatchedMinLog',
  'contentDice',
  'weightedDice',
  'charDice',
  'numberMismatch',
  'trigramDice',
] as const;

export type PairFeatureName = (typeof PAIR_FEATURES)[number];

/**
 * One sentence as the features read it, computed once per token list (a page's sentence meets
 * many candidates): 32-bit hashes of keys, key bigrams and character 4-grams, sorted, so that
 * every multiset overlap is one merge of two typed arrays.
 */
interface Profile {
  /** Key hash per token, in sentence order (for the common subsequence). */
  sequence: Int32Array;
  /** The same, sorted, with each token's weight alongside. */
  keys: Int32Array;
  keyWeights: Float64Array;
  /** Hashes of keys with weight > 0, sorted. */
  content: Int32Array;
  bigrams: Int32Array;
  chars: Int32Array;
  numbers: Int32Array;
  trigrams: Int32Array;
}

const profiles = new WeakMap<readonly Token[], Profile>();

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

function sorted(values: number[]): Int32Array {
  return Int32Array.from(values).sort();
}

function profileOf(tokens: readonly Token[]): Profile {
  let p = profiles.get(tokens);
  if (p) return p;
  const sequence = Int32Array.from(tokens, (t) => hashString(t.key));
  const order = [...sequence.keys()].sort((x, y) => sequence[x]! - sequence[y]!);
  const bigrams: number[] = [];
  for (let i = 1; i < sequence.length; i++) {
    bigrams.push(Math.imul(sequence[i - 1]!, 0x9e3779b1) ^ sequence[i]!);
  }
  const trigrams: number[] = [];
  for (let i = 2; i < sequence.length; i++) {
    trigrams.push(
      Math.imul(Math.imul(sequence[i - 2]!, 0x9e3779b1) ^ sequence[i - 1]!, 0x85ebca6b) ^
        sequence[i]!,
    );
  }
  const text = tokens.map((t) => t.word).join(' ');
  const chars: number[] = [];
  for (let i = 0; i + 4 <= text.length; i++) {
    let h = 0;
    for (let k = i; k < i + 4; k++) h = Math.imul(h, 65599) + text.charCodeAt(k);
    chars.push(h | 0);
  }
  p = {
    sequence,
    keys: Int32Array.from(order, (i) => sequence[i]!),
    keyWeights: Float64Array.from(order, (i) => tokens[i]!.weight),
    content: sorted(tokens.flatMap((t, i) => (t.weight > 0 ? [sequence[i]!] : []))),
    bigrams: sorted(bigrams),
    chars: sorted(chars),
    numbers: sorted(tokens.flatMap((t, i) => (t.key.startsWith('#') ? [sequence[i]!] : []))),
    trigrams: sorted(trigrams),
  };
  profiles.set(tokens, p);
  return p;
}

/** Dice overlap of two sorted multisets (each element counted as often as it occurs). */
function dice(a: Int32Array, b: Int32Array): number {
  if (a.length + b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      common++;
      i++;
      j++;
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** Weighted Dice of the sorted keys, and the weight of each side's keys the other lacks. */
function weighted(a: Profile, b: Profile): { dice: number; onlyA: number; onlyB: number } {
  const ka = a.keys;
  const kb = b.keys;
  let i = 0;
  let j = 0;
  let common = 0;
  let onlyA = 0;
  let onlyB = 0;
  let total = 0;
  while (i < ka.length || j < kb.length) {
    const va = i < ka.length ? ka[i]! : null;
    const vb = j < kb.length ? kb[j]! : null;
    if (vb === null || (va !== null && va < vb)) {
      // A run of one key only `a` has.
      const v = va!;
      for (; i < ka.length && ka[i] === v; i++) {
        onlyA += a.keyWeights[i]!;
        total += a.keyWeights[i]!;
      }
    } else if (va === null || vb < va) {
      const v = vb;
      for (; j < kb.length && kb[j] === v; j++) {
        onlyB += b.keyWeights[j]!;
        total += b.keyWeights[j]!;
      }
    } else {
      // Both have it: occurrences pair off; the surplus of either side is unmatched in count
      // but not in kind, so it adds to neither side's unmatched weight.
      let ea = i;
      let eb = j;
      while (ea < ka.length && ka[ea] === va) ea++;
      while (eb < kb.length && kb[eb] === vb) eb++;
      const w = a.keyWeights[i]!;
      common += w * Math.min(ea - i, eb - j);
      total += w * (ea - i) + b.keyWeights[j]! * (eb - j);
      i = ea;
      j = eb;
    }
  }
  return { dice: total > 0 ? (2 * common) / total : 0, onlyA, onlyB };
}

/** Length of the longest common subsequence of two hash sequences (two rows of the table). */
function lcsLength(a: Int32Array, b: Int32Array): number {
  const row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    const x = a[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The features of PAIR_FEATURES for two tokenized sentences, in that order. */
export function pairFeatures(a: readonly Token[], b: readonly Token[]): number[] {
  const pa = profileOf(a);
  const pb = profileOf(b);
  const na = pa.sequence.length;
  const nb = pb.sequence.length;
  const w = weighted(pa, pb);
  const lcs = lcsLength(pa.sequence, pb.sequence);
  const longer = Math.max(na, nb, 1);
  const shorter = Math.max(1, Math.min(na, nb));
  return [
    dice(pa.keys, pb.keys),
    Math.max(w.onlyA, w.onlyB),
    dice(pa.bigrams, pb.bigrams),
    lcs / longer,
    lcs / shorter,
    Math.abs(na - nb) / longer,
    Math.log1p(Math.min(w.onlyA, w.onlyB)),
    dice(pa.content, pb.content),
    w.dice,
    dice(pa.chars, pb.chars),
    pa.numbers.length + pb.numbers.length > 0 && dice(pa.numbers, pb.numbers) < 1 ? 1 : 0,
    dice(pa.trigrams, pb.trigrams),
  ];
}
