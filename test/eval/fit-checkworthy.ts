/**
 * `npm run fit:checkworthy -- ../shared/data/checkworthy/dev.jsonl.gz [--write]` fits the
 * check-worthiness model (src/claims/09-kind/worth-model.json): logistic regression over the
 * features of src/claims/09-kind/worth.ts, one row per sentence the model weighs (no rule ruled it out, it reports no one else), with
 * its text's label. It prints the 10-fold cross-validated F1 first (the honest estimate: the
 * threshold is chosen on the held-out folds' scores, never on the fitted ones) and writes the
 * model only with `--write`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import {
  analyseText,
  sentenceWorthFeatures,
  WORTH_FEATURES,
  claimAsItStands,
} from '../../src/claims/index.ts';
import { seededRandom } from '../fuzz/random.ts';
import { fitLogistic, predictLogistic } from './logistic.ts';

const FOLDS = 10;
const MODEL_FILE = fileURLToPath(
  new URL('../../src/claims/09-kind/worth-model.json', import.meta.url),
);

interface Text {
  id: number;
  label: boolean;
  /** Feature rows of the sentences the model weighs (none when rules rule them all out). */
  rows: number[][];
  /** A sentence the model does not weigh is a claim anyway (it reports someone else). */
  fixed: boolean;
}

function load(file: string): Text[] {
  const raw = readFileSync(file);
  const lines = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n');
  return lines
    .filter((l) => l.trim())
    .map((l) => {
      const item = JSON.parse(l) as { id: number; label: number; text: string };
      const sentences = analyseText(item.text);
      const features = sentences.map((s) => sentenceWorthFeatures(item.text, s));
      const rows = features.filter((x) => x !== null);
      const fixed = sentences.some((s, i) => features[i] === null && s.kind !== 'none');
      return { id: item.id, label: item.label === 1, rows, fixed };
    });
}

function f1(scores: number[], labels: boolean[], t: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    if (s >= t && labels[i]) tp++;
    else if (s >= t) fp++;
    else if (labels[i]) fn++;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Each text's score from a model fitted without its fold (`fold[i]` in 0..folds-1). */
function crossFit(texts: Text[], fold: number[], folds: number): number[] {
  const held = new Array<number>(texts.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const model = fit(texts.filter((_, i) => fold[i] !== f));
    texts.forEach((t, i) => {
      if (fold[i] !== f) return;
      held[i] = t.fixed
        ? 1
        : Math.max(0, ...t.rows.map((x) => (claimAsItStands(x) ? 1 : predictLogistic(model, x))));
    });
  }
  return held;
}

function fit(texts: Text[]) {
  const xs = texts.flatMap((t) => t.rows);
  const ys = texts.flatMap((t) => t.rows.map(() => t.label));
  return fitLogistic(xs, ys);
}

function main(): void {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run fit:checkworthy -- <checkworthy .jsonl.gz> [--write]');
    process.exit(2);
  }
  const texts = load(file);
  const random = seededRandom(1);
  const order = texts.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // A text's score is its best sentence's: it is flagged when any sentence is. As in
  // weighWorth, a sentence `claimAsItStands` (no marker of a non-claim class, checkable
  // content) is a claim whatever its score, and so is a text with a sentence the model
  // does not weigh. (weighWorth's forecasts, outside the model, are left out here.)
  const foldOf = new Array<number>(texts.length);
  order.forEach((i, k) => (foldOf[i] = k % FOLDS));
  const held = crossFit(texts, foldOf, FOLDS);
  // Train on the even ids, score the odd, and back: a check that no half carries the fit.
  const halves = crossFit(
    texts,
    texts.map((t) => t.id % 2),
    2,
  );
  const labels = texts.map((t) => t.label);
  let best = { t: 0.5, f: 0 };
  for (let t = 0.1; t <= 0.9; t += 0.01) {
    const f = f1(held, labels, t);
    if (f > best.f) best = { t: Number(t.toFixed(2)), f };
  }
  console.log(
    `texts ${texts.length}; ${FOLDS}-fold cross-validated F1 ${best.f.toFixed(4)} at threshold ${best.t}`,
  );
  console.log(
    `id halves (fitted on one, scored on the other) F1 ${f1(halves, labels, best.t).toFixed(4)} at ${best.t}`,
  );
  const model = fit(texts);
  const round = (v: number) => Number(v.toPrecision(6));
  WORTH_FEATURES.forEach((name, j) =>
    console.log(`  ${name.padEnd(12)} weight ${model.weights[j]!.toFixed(3)}`),
  );
  if (!process.argv.includes('--write')) return;
  const json = {
    about:
      'Check-worthiness logistic model over 09-kind/worth.ts features, fitted by test/eval/fit-checkworthy.ts on ClaimBuster dev sentences; threshold = best cross-validated F1.',
    texts: texts.length,
    crossValidatedF1: round(best.f),
    features: [...WORTH_FEATURES],
    mean: model.mean.map(round),
    scale: model.scale.map(round),
    weights: model.weights.map(round),
    bias: round(model.bias),
    threshold: best.t,
  };
  writeFileSync(MODEL_FILE, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote ${MODEL_FILE}`);
}

main();
