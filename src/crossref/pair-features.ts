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
] as const;

export type PairFeatureName = (typeof PAIR_FEATURES)[number];

/** Dice overlap of two multisets of strings, each element weighted by `weight`. */
function multisetDice(a: readonly string[], b: readonly string[], weight?: (k: string) => number) {
  const left = new Map<string, number>();
  let wa = 0;
  let wb = 0;
  for (const k of b) {
    left.set(k, (left.get(k) ?? 0) + 1);
    wb += weight ? weight(k) : 1;
  }
  let common = 0;
  for (const k of a) {
    const w = weight ? weight(k) : 1;
    wa += w;
    const n = left.get(k) ?? 0;
    if (n > 0) {
      common += w;
      left.set(k, n - 1);
    }
  }
  return wa + wb > 0 ? (2 * common) / (wa + wb) : 0;
}

/** Length of the longest common subsequence of two key sequences (two rows of the table). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Character 4-grams of the words as written (lower case), across word boundaries. */
function charGrams(tokens: readonly Token[]): string[] {
  const text = tokens.map((t) => t.word).join(' ');
  const out: string[] = [];
  for (let i = 0; i + 4 <= text.length; i++) out.push(text.slice(i, i + 4));
  return out;
}

function bigrams(keys: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < keys.length; i++) out.push(`${keys[i - 1]} ${keys[i]}`);
  return out;
}

/** Weight of the tokens of `a` whose key `b` lacks. */
function unmatchedWeight(a: readonly Token[], bKeys: ReadonlySet<string>): number {
  let w = 0;
  for (const t of a) if (!bKeys.has(t.key)) w += t.weight;
  return w;
}

/** The features of PAIR_FEATURES for two tokenized sentences, in that order. */
export function pairFeatures(a: readonly Token[], b: readonly Token[]): number[] {
  const ka = a.map((t) => t.key);
  const kb = b.map((t) => t.key);
  const weights = new Map<string, number>();
  for (const t of a) weights.set(t.key, t.weight);
  for (const t of b) weights.set(t.key, t.weight);
  const ua = unmatchedWeight(a, new Set(kb));
  const ub = unmatchedWeight(b, new Set(ka));
  const lcs = lcsLength(ka, kb);
  const longer = Math.max(ka.length, kb.length, 1);
  const shorter = Math.max(1, Math.min(ka.length, kb.length));
  const content = (tokens: readonly Token[]) =>
    tokens.filter((t) => t.weight > 0).map((t) => t.key);
  return [
    multisetDice(ka, kb),
    Math.max(ua, ub),
    multisetDice(bigrams(ka), bigrams(kb)),
    lcs / longer,
    lcs / shorter,
    Math.abs(ka.length - kb.length) / longer,
    Math.log1p(Math.min(ua, ub)),
    multisetDice(content(a), content(b)),
    multisetDice(ka, kb, (k) => weights.get(k) ?? 0),
    multisetDice(charGrams(a), charGrams(b)),
  ];
}
