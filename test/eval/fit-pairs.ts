/**
 * `npm run fit:pairs -- PATH/msr_paraphrase_train.txt.gz` fits the same-claim model
 * (src/crossref/data/pair-model.json): logistic regression over the lexical features of
 * src/crossref/pair-features.ts, on the training split of a paraphrase corpus. It prints the
 * 10-fold cross-validated accuracy first — the honest estimate, since `eval:pairs` on the same
 * file then scores pairs the model has seen — and writes the model only with `--write`.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PAIR_FEATURES, pairFeatures } from '../../src/crossref/pair-features.ts';
import { isCandidate, overlapScore } from '../../src/crossref/claim-score.ts';
import { tokenize } from '../../src/crossref/tokenize.ts';
import { seededRandom } from '../fuzz/random.ts';
import { fitLogistic, predictLogistic } from './logistic.ts';
import { loadPairs } from './msrp.ts';

const FOLDS = 10;
const MODEL_FILE = fileURLToPath(
  new URL('../../src/crossref/data/pair-model.json', import.meta.url),
);

/** Cross-validated accuracy of the engine's decision: a candidate, and the model says yes. */
function crossValidate(xs: number[][], ys: boolean[], candidate: boolean[]): number {
  const random = seededRandom(1);
  const order = xs.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let correct = 0;
  for (let f = 0; f < FOLDS; f++) {
    const test = new Set(order.filter((_, k) => k % FOLDS === f));
    const train = order.filter((i) => !test.has(i));
    const model = fitLogistic(
      train.map((i) => xs[i]!),
      train.map((i) => ys[i]!),
    );
    for (const i of test) {
      const linked = candidate[i]! && predictLogistic(model, xs[i]!) >= 0.5;
      if (linked === ys[i]) correct++;
    }
  }
  return correct / xs.length;
}

export async function fitPairs(file: string, write: boolean): Promise<void> {
  const pairs = await loadPairs(file);
  const tokens = pairs.map((p) => [tokenize(p.a), tokenize(p.b)] as const);
  const xs = tokens.map(([a, b]) => pairFeatures(a, b));
  const ys = pairs.map((p) => p.label);
  const candidate = tokens.map(([a, b]) => isCandidate(a, b, overlapScore(a, b)));
  const cv = crossValidate(xs, ys, candidate);
  console.log(`pairs: ${pairs.length}; ${FOLDS}-fold cross-validated accuracy ${cv.toFixed(4)}`);
  const model = fitLogistic(xs, ys);
  const round = (v: number) => Number(v.toPrecision(6));
  PAIR_FEATURES.forEach((name, j) =>
    console.log(`  ${name.padEnd(16)} weight ${model.weights[j]!.toFixed(3)}`),
  );
  if (!write) return;
  const json = {
    about:
      'Same-claim logistic model over pair-features.ts, fitted by test/eval/fit-pairs.ts on the MSRP training split.',
    pairs: pairs.length,
    crossValidatedAccuracy: round(cv),
    features: [...PAIR_FEATURES],
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
    console.error('usage: npm run fit:pairs -- PATH/msr_paraphrase_train.txt.gz [--write]');
    process.exit(2);
  }
  fitPairs(file, process.argv.includes('--write')).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  });
}
