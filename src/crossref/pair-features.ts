import { profileOf, type Profile } from './pair-profile.ts';
import {
  align,
  commonCount,
  meteorScore,
  sequenceDistances,
  sharedCount,
} from './sequence-metrics.ts';
import type { Token } from './tokenize.ts';

/**
 * Lexical features of a pair of sentences for the same-claim model (pair-model.json). Each is
 * cheap and symmetric; together they see what a single overlap score misses: word order
 * (n-grams, longest common subsequence, METEOR-style chunks, edit rate), how much content
 * only one side carries, and the details that tell two facts apart when most words agree
 * (numbers, names, a negation only one side has).
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
  // BLEU-style clipped n-gram precision, of the less and the more covered side.
  'p1min',
  'p1max',
  'p2min',
  'p2max',
  'p3min',
  'p3max',
  'p4min',
  'p4max',
  'bleu',
  'bleuMin',
  // METEOR-style alignment of all words and of content words; TER-style edit rates.
  'meteor',
  'meteorMin',
  'fragmentation',
  'meteorContent',
  'editRate',
  'contentEditRate',
  // Numbers, names and content words only one side has (distinct keys).
  'numbersOnlyMax',
  'numbersOnlyMin',
  'numbersOnlySum',
  'numbersAgree',
  'namesOnlyMax',
  'namesOnlySum',
  'contentOnlyMax',
  'contentOnlyMin',
  'contentRecallMin',
  'contentRecallMax',
  'lengthRatio',
  'logLengthMin',
  'logLengthGap',
  'negationMismatch',
  'quoteMismatch',
] as const;

export type PairFeatureName = (typeof PAIR_FEATURES)[number];

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

/** Distinct keys of `a` (sorted hashes) that `b` lacks. */
function missing(a: Int32Array, b: Int32Array): number {
  return a.length - sharedCount(a, b);
}

/** Key n-grams of a profile for n = 1…4 (unigrams are the sorted keys). */
function grams(p: Profile, n: number): Int32Array {
  return n === 1 ? p.keys : p.ngrams[n - 2]!;
}

/**
 * Smoothed BLEU of a side with `lengths[n - 1]` n-grams against the other side's `length`
 * words, given the clipped n-gram matches (add-one precisions, brevity penalty).
 */
function bleu(common: number[], lengths: number[], length: number, other: number): number {
  let log = 0;
  for (let k = 0; k < 4; k++) log += Math.log((common[k]! + 1) / (lengths[k]! + 1));
  const own = Math.max(1, length);
  const brevity = own < other ? Math.exp(1 - other / own) : 1;
  return brevity * Math.exp(log / 4);
}

const ratio = (x: number, n: number) => (n > 0 ? x / n : 0);
const diceOf = (common: number, n: number) => (n > 0 ? (2 * common) / n : 0);

/** The features of PAIR_FEATURES for two tokenized sentences, in that order. */
export function pairFeatures(a: readonly Token[], b: readonly Token[]): number[] {
  const pa = profileOf(a);
  const pb = profileOf(b);
  const na = pa.sequence.length;
  const nb = pb.sequence.length;
  const w = weighted(pa, pb);
  const { lcs, edits } = sequenceDistances(pa.sequence, pb.sequence);
  const longer = Math.max(na, nb, 1);
  const shorter = Math.max(1, Math.min(na, nb));
  // Clipped n-gram matches and n-gram counts of each side, n = 1…4: precisions, BLEU and Dice.
  const common: number[] = [];
  const lengthsA: number[] = [];
  const lengthsB: number[] = [];
  const precision: number[] = [];
  for (let n = 1; n <= 4; n++) {
    const ga = grams(pa, n);
    const gb = grams(pb, n);
    const c = commonCount(ga, gb);
    common.push(c);
    lengthsA.push(ga.length);
    lengthsB.push(gb.length);
    const x = ratio(c, ga.length);
    const y = ratio(c, gb.length);
    precision.push(Math.min(x, y), Math.max(x, y));
  }
  const bleuA = bleu(common, lengthsA, na, nb);
  const bleuB = bleu(common, lengthsB, nb, na);
  const alignA = align(pa.sequence, pb.indexed);
  const alignB = align(pb.sequence, pa.indexed);
  const meteorA = meteorScore(alignA, na, nb);
  const meteorB = meteorScore(alignB, nb, na);
  const ca = pa.contentSequence;
  const cb = pb.contentSequence;
  const contentMeteor =
    (meteorScore(align(ca, pb.contentIndexed), ca.length, cb.length) +
      meteorScore(align(cb, pa.contentIndexed), cb.length, ca.length)) /
    2;
  const contentEdits = sequenceDistances(ca, cb).edits;
  const numbersA = missing(pa.numberSet, pb.numberSet);
  const numbersB = missing(pb.numberSet, pa.numberSet);
  const namesA = missing(pa.nameSet, pb.keySet);
  const namesB = missing(pb.nameSet, pa.keySet);
  const contentA = missing(pa.contentSet, pb.contentSet);
  const contentB = missing(pb.contentSet, pa.contentSet);
  const recallA = pa.contentSet.length > 0 ? 1 - contentA / pa.contentSet.length : 0;
  const recallB = pb.contentSet.length > 0 ? 1 - contentB / pb.contentSet.length : 0;
  const fragment = (m: { matched: number; chunks: number }) =>
    m.matched > 0 ? m.chunks / m.matched : 1;
  const numbersShared = commonCount(pa.numbers, pb.numbers);
  const numbersTotal = pa.numbers.length + pb.numbers.length;
  return [
    diceOf(common[0]!, na + nb),
    Math.max(w.onlyA, w.onlyB),
    diceOf(common[1]!, lengthsA[1]! + lengthsB[1]!),
    lcs / longer,
    lcs / shorter,
    Math.abs(na - nb) / longer,
    Math.log1p(Math.min(w.onlyA, w.onlyB)),
    diceOf(commonCount(pa.content, pb.content), pa.content.length + pb.content.length),
    w.dice,
    diceOf(commonCount(pa.chars, pb.chars), pa.chars.length + pb.chars.length),
    numbersTotal > 0 && diceOf(numbersShared, numbersTotal) < 1 ? 1 : 0,
    diceOf(common[2]!, lengthsA[2]! + lengthsB[2]!),
    ...precision,
    (bleuA + bleuB) / 2,
    Math.min(bleuA, bleuB),
    (meteorA + meteorB) / 2,
    Math.min(meteorA, meteorB),
    (fragment(alignA) + fragment(alignB)) / 2,
    contentMeteor,
    edits / Math.max(1, (na + nb) / 2),
    contentEdits / Math.max(1, (ca.length + cb.length) / 2),
    Math.max(numbersA, numbersB),
    Math.min(numbersA, numbersB),
    numbersA + numbersB,
    pa.numberSet.length > 0 && numbersA + numbersB === 0 ? 1 : 0,
    Math.max(namesA, namesB),
    namesA + namesB,
    Math.max(contentA, contentB),
    Math.min(contentA, contentB),
    Math.min(recallA, recallB),
    Math.max(recallA, recallB),
    shorter / longer,
    Math.log1p(Math.min(na, nb)),
    Math.abs(Math.log1p(na) - Math.log1p(nb)),
    pa.negated !== pb.negated ? 1 : 0,
    pa.quoted !== pb.quoted ? 1 : 0,
  ];
}
