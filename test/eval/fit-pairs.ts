/**
 * `npm run fit:pairs -- PATH/msr_paraphrase_train.txt.gz [--write]` fits the same-claim model
 * (src/crossref/data/pair-model.json): logistic regression over the lexical features of
 * src/crossref/pair-features.ts, on the training split of a paraphrase corpus plus pairs of
 * unrelated sentences from it (test/eval/unrelated-pairs.ts). For each ridge penalty of a
 * small grid it prints the 10-fold cross-validated accuracy on the corpus's pairs — the honest
 * estimate, since `eval:pairs` on the same file then scores pairs the model has seen — and the
 * share of held-out unrelated pairs it would link; the best penalty by accuracy is fitted on
 * everything, and the model is written only with `--write`.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PAIR_FEATURES, pairFeatures } from '../../src/crossref/pair-features.ts';
import { isCandidate, overlapScore } from '../../src/crossref/claim-score.ts';
import { tokenize } from '../../src/crossref/tokenize.ts';
import { seededRandom } from '../fuzz/random.ts';
import { fitLogistic, predictLogistic } from './logistic.ts';
import { loadPairs } from './msrp.ts';
import { unrelatedPairs } from './unrelated-pairs.ts';

const FOLDS = 10;
/** Ridge penalties tried; the one with the best cross-validated accuracy is fitted. */
const L2_GRID = [0.1, 0.3, 1, 3];
/** Unrelated pairs added as negatives (the corpus has 1,323 negatives of its own). */
const DEFAULT_UNRELATED = 500;
const MODEL_FILE = fileURLToPath(
  new URL('../../src/crossref/data/pair-model.json', import.meta.url),
);

interface Data {
  xs: number[][];
  ys: boolean[];
  candidate: boolean[];
  /** Features of the unrelated pairs and the corpus pair of each of their two sentences. */
  unrelated: number[][];
  unrelatedFrom: Array<readonly [number, number]>;
}

interface Fold {
  accuracy: number;
  unrelatedLinked: number;
}

/**
 * Cross-validated accuracy of the engine's decision (a candidate, and the model says yes) on
 * the corpus's pairs, and the share of unrelated pairs linked, each scored by a model that saw
 * neither the pair nor any unrelated pair drawn from it.
 */
function crossValidate(data: Data, l2: number): Fold {
  const random = seededRandom(1);
  const order = data.xs.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const fold = new Int32Array(order.length);
  order.forEach((i, k) => (fold[i] = k % FOLDS));
  let correct = 0;
  let linked = 0;
  let scored = 0;
  for (let f = 0; f < FOLDS; f++) {
    const trainX: number[][] = [];
    const trainY: boolean[] = [];
    data.xs.forEach((x, i) => {
      if (fold[i] === f) return;
      trainX.push(x);
      trainY.push(data.ys[i]!);
    });
    const heldOut: number[][] = [];
    data.unrelated.forEach((x, k) => {
      const [p, q] = data.unrelatedFrom[k]!;
      if (fold[p] !== f && fold[q] !== f) {
        trainX.push(x);
        trainY.push(false);
      } else heldOut.push(x);
    });
    const model = fitLogistic(trainX, trainY, l2);
    data.xs.forEach((x, i) => {
      if (fold[i] !== f) return;
      const link = data.candidate[i]! && predictLogistic(model, x) >= 0.5;
      if (link === data.ys[i]) correct++;
    });
    for (const x of heldOut) if (predictLogistic(model, x) >= 0.5) linked++;
    scored += heldOut.length;
  }
  return { accuracy: correct / data.xs.length, unrelatedLinked: linked / Math.max(1, scored) };
}

export async function fitPairs(
  file: string,
  write: boolean,
  unrelatedCount = DEFAULT_UNRELATED,
): Promise<void> {
  const pairs = await loadPairs(file);
  const tokens = pairs.map((p) => [tokenize(p.a), tokenize(p.b)] as const);
  const sentences = tokens.flatMap(([a, b]) => [a, b]);
  const cross = unrelatedPairs(sentences, unrelatedCount);
  const data: Data = {
    xs: tokens.map(([a, b]) => pairFeatures(a, b)),
    ys: pairs.map((p) => p.label),
    candidate: tokens.map(([a, b]) => isCandidate(a, b, overlapScore(a, b))),
    unrelated: cross.map(([i, j]) => pairFeatures(sentences[i]!, sentences[j]!)),
    unrelatedFrom: cross.map(([i, j]) => [i >> 1, j >> 1] as const),
  };
  console.log(`pairs: ${pairs.length}, and ${cross.length} unrelated pairs as negatives`);
  let best: Fold & { l2: number } = { accuracy: 0, unrelatedLinked: 1, l2: L2_GRID[0]! };
  for (const l2 of L2_GRID) {
    const cv = crossValidate(data, l2);
    console.log(
      `  L2 ${l2}: ${FOLDS}-fold cross-validated accuracy ${cv.accuracy.toFixed(4)}, ` +
        `unrelated pairs linked ${(cv.unrelatedLinked * 100).toFixed(1)} %`,
    );
    if (cv.accuracy > best.accuracy) best = { ...cv, l2 };
  }
  console.log(`chosen: L2 ${best.l2}, cross-validated accuracy ${best.accuracy.toFixed(4)}`);
  const model = fitLogistic(
    [...data.xs, ...data.unrelated],
    [...data.ys, ...data.unrelated.map(() => false)],
    best.l2,
  );
  const round = (v: number) => Number(v.toPrecision(6));
  PAIR_FEATURES.forEach((name, j) =>
    console.log(`  ${name.padEnd(18)} weight ${model.weights[j]!.toFixed(3)}`),
  );
  if (!write) return;
  const json = {
    about:
      'Same-claim logistic model over pair-features.ts, fitted by test/eval/fit-pairs.ts on the MSRP training split and unrelated pairs drawn from it (inputs clamped to min/max).',
    pairs: pairs.length,
    unrelatedPairs: cross.length,
    l2: best.l2,
    crossValidatedAccuracy: round(best.accuracy),
    unrelatedLinked: round(best.unrelatedLinked),
    features: [...PAIR_FEATURES],
    min: model.min.map(round),
    max: model.max.map(round),
    mean: model.mean.map(round),
    scale: model.scale.map(round),
    weights: model.weights.map(round),
    bias: round(model.bias),
  };
  await writeFile(MODEL_FILE, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote ${MODEL_FILE}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    console.error(
      'usage: npm run fit:pairs -- PATH/msr_paraphrase_train.txt.gz [--unrelated N] [--write]',
    );
    process.exit(2);
  }
  const at = process.argv.indexOf('--unrelated');
  const count = at > 0 ? Number(process.argv[at + 1]) : DEFAULT_UNRELATED;
  if (!Number.isInteger(count) || count < 0) {
    console.error('--unrelated takes a whole number of pairs');
    process.exit(2);
  }
  fitPairs(file, process.argv.includes('--write'), count).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  });
}
