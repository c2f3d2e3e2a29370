import { profileOf, type Profile } from './pair-profile.ts';
import {
  align,
  commonCount,
  dice,
  editDistance,
  lcsLength,
  meteorScore,
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

/** Keys of `a` that `b` lacks. */
function missing(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const k of a) if (!b.has(k)) n++;
  return n;
}

/** Clipped n-gram precision of each side for n = 1…4 (index n − 1). */
function precisions(pa: Profile, pb: Profile): { a: number[]; b: number[] } {
  const a: number[] = [];
  const b: number[] = [];
  for (let n = 1; n <= 4; n++) {
    const ga = n === 1 ? pa.keys : pa.ngrams[n - 2]!;
    const gb = n === 1 ? pb.keys : pb.ngrams[n - 2]!;
    const common = commonCount(ga, gb);
    a.push(ga.length > 0 ? common / ga.length : 0);
    b.push(gb.length > 0 ? common / gb.length : 0);
  }
  return { a, b };
}

/** Smoothed BLEU of `h` against `r` (add-one n-gram precisions, brevity penalty). */
function bleu(h: Profile, r: Profile): number {
  let log = 0;
  for (let n = 1; n <= 4; n++) {
    const gh = n === 1 ? h.keys : h.ngrams[n - 2]!;
    const gr = n === 1 ? r.keys : r.ngrams[n - 2]!;
    log += Math.log((commonCount(gh, gr) + 1) / (gh.length + 1));
  }
  const lh = Math.max(1, h.sequence.length);
  const brevity = lh < r.sequence.length ? Math.exp(1 - r.sequence.length / lh) : 1;
  return brevity * Math.exp(log / 4);
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
  const p = precisions(pa, pb);
  const bleuA = bleu(pa, pb);
  const bleuB = bleu(pb, pa);
  const alignA = align(pa.sequence, pb.sequence);
  const alignB = align(pb.sequence, pa.sequence);
  const meteorA = meteorScore(alignA, na, nb);
  const meteorB = meteorScore(alignB, nb, na);
  const ca = pa.contentSequence;
  const cb = pb.contentSequence;
  const contentMeteor =
    (meteorScore(align(ca, cb), ca.length, cb.length) +
      meteorScore(align(cb, ca), cb.length, ca.length)) /
    2;
  const numbersA = missing(pa.numberSet, pb.numberSet);
  const numbersB = missing(pb.numberSet, pa.numberSet);
  const namesA = missing(pa.nameSet, pb.keySet);
  const namesB = missing(pb.nameSet, pa.keySet);
  const contentA = missing(pa.contentSet, pb.contentSet);
  const contentB = missing(pb.contentSet, pa.contentSet);
  const recallA = pa.contentSet.size > 0 ? 1 - contentA / pa.contentSet.size : 0;
  const recallB = pb.contentSet.size > 0 ? 1 - contentB / pb.contentSet.size : 0;
  const fragment = (m: { matched: number; chunks: number }) =>
    m.matched > 0 ? m.chunks / m.matched : 1;
  return [
    dice(pa.keys, pb.keys),
    Math.max(w.onlyA, w.onlyB),
    dice(pa.ngrams[0], pb.ngrams[0]),
    lcs / longer,
    lcs / shorter,
    Math.abs(na - nb) / longer,
    Math.log1p(Math.min(w.onlyA, w.onlyB)),
    dice(pa.content, pb.content),
    w.dice,
    dice(pa.chars, pb.chars),
    pa.numbers.length + pb.numbers.length > 0 && dice(pa.numbers, pb.numbers) < 1 ? 1 : 0,
    dice(pa.ngrams[1], pb.ngrams[1]),
    ...[0, 1, 2, 3].flatMap((k) => [Math.min(p.a[k]!, p.b[k]!), Math.max(p.a[k]!, p.b[k]!)]),
    (bleuA + bleuB) / 2,
    Math.min(bleuA, bleuB),
    (meteorA + meteorB) / 2,
    Math.min(meteorA, meteorB),
    (fragment(alignA) + fragment(alignB)) / 2,
    contentMeteor,
    editDistance(pa.sequence, pb.sequence) / Math.max(1, (na + nb) / 2),
    editDistance(ca, cb) / Math.max(1, (ca.length + cb.length) / 2),
    Math.max(numbersA, numbersB),
    Math.min(numbersA, numbersB),
    numbersA + numbersB,
    pa.numberSet.size > 0 && numbersA + numbersB === 0 ? 1 : 0,
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
