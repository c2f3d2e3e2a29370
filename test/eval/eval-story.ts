/**
 * `npm run eval:story -- FILE [--fit]` scores `corroborate pairs --level story` on SemEval-2022
 * Task 8 English pairs: Pearson's r between the score and the negated human "Overall" rating
 * (1 = same story … 4 = unrelated), beside a TF-IDF cosine baseline on the same pairs. The CLI is
 * spawned once with every pair on stdin, so the figure is the shipped engine's. Then, for
 * honesty about fitting: each feature's own r, and the model refitted in 10-fold
 * cross-validation and on one half scored on the other. `--fit` prints weights to put in
 * src/crossref/data/story-model.json.
 */
import { spawn } from 'node:child_process';
import {
  rarityOf,
  storyFeatures,
  storySide,
  type StoryFeatures,
} from '../../src/crossref/index.ts';
import model from '../../src/crossref/data/story-model.json' with { type: 'json' };
import { builtCli } from '../tools/built-cli.ts';
import { fitWeights, pearson, weighted } from './least-squares.ts';
import { loadStoryPairs, tfidfCosines } from './story-pairs.ts';

const FEATURES = Object.keys(model.weights) as Array<Exclude<keyof StoryFeatures, 'time'>>;
const FOLDS = 10;
/** Human "Overall" up to this is "the same story" for the 0|1 column. */
const SAME_STORY_RATING = 2.5;

function runCli(input: string): Promise<string> {
  const bin = builtCli();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, 'pairs', '--level', 'story'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise(Buffer.concat(chunks).toString('utf8'))
        : reject(new Error(`corroborate pairs exited with ${code}`)),
    );
    child.stdin.end(input);
  });
}

/** r of a model refitted on the other folds, each pair scored by the fit it was not part of. */
function heldOut(xs: number[][], ys: number[], fold: (i: number) => number, folds: number) {
  const predicted = new Array<number>(xs.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const train = xs.map((_, i) => i).filter((i) => fold(i) !== f);
    const w = fitWeights(
      train.map((i) => xs[i]!),
      train.map((i) => ys[i]!),
    );
    xs.forEach((x, i) => {
      if (fold(i) === f) predicted[i] = weighted(x, w);
    });
  }
  return pearson(predicted, ys);
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run eval:story -- story-pairs.csv[.gz] [--fit]');
  const pairs = loadStoryPairs(file);
  const ys = pairs.map((p) => -p.overall);
  const output = await runCli(pairs.map((p) => `${p.a}\t${p.b}`).join('\n') + '\n');
  const rows = output.trim().split('\n');
  if (rows.length !== pairs.length) throw new Error(`CLI gave ${rows.length} lines`);
  const scores = rows.map((line) => Number(line.split('\t')[0]));
  const linked = rows.map((line) => line.split('\t')[1] === '1');
  const same = pairs.map((p) => p.overall <= SAME_STORY_RATING);
  const accuracy = linked.filter((l, i) => l === same[i]).length / pairs.length;
  console.log(`story pairs: ${pairs.length} (${file})`);
  console.log(`corroborate pairs --level story   r = ${pearson(scores, ys).toFixed(3)}`);
  console.log(
    `TF-IDF cosine baseline            r = ${pearson(tfidfCosines(pairs), ys).toFixed(3)}`,
  );
  console.log(
    `same story (Overall <= ${SAME_STORY_RATING}) at threshold ${model.threshold}: accuracy ${accuracy.toFixed(3)}`,
  );
  // The features as the CLI computes them (rarity over the whole set), saturated as the model does.
  const sides = pairs.map((p) => [
    storySide({ title: '', text: p.a }),
    storySide({ title: '', text: p.b }),
  ]);
  const rarity = rarityOf(sides.flat().map((s) => s.bag));
  const features = sides.map(([a, b]) => storyFeatures(a!, b!, rarity));
  const xs = features.map((f) => FEATURES.map((k) => f[k] / (f[k] + model.saturation)));
  for (const [j, k] of FEATURES.entries()) {
    console.log(
      `  feature ${k.padEnd(10)} r = ${pearson(
        xs.map((x) => x[j]!),
        ys,
      ).toFixed(3)}`,
    );
  }
  const cv = heldOut(xs, ys, (i) => i % FOLDS, FOLDS);
  const halves = heldOut(xs, ys, (i) => i % 2, 2);
  console.log(
    `refitted: ${FOLDS}-fold cross-validated r = ${cv.toFixed(3)}, half→half r = ${halves.toFixed(3)}`,
  );
  const fitted = fitWeights(xs, ys);
  console.log(
    `refitted on all pairs: r = ${pearson(
      xs.map((x) => weighted(x, fitted)),
      ys,
    ).toFixed(3)}`,
  );
  if (process.argv.includes('--fit')) {
    const weights = Object.fromEntries(FEATURES.map((k, j) => [k, Number(fitted[j]!.toFixed(3))]));
    const byScore = scores.map((s, i) => [s, same[i]] as const).sort((p, q) => p[0] - q[0]);
    let best = { threshold: 0, correct: -1 };
    for (const [t] of byScore) {
      const correct = byScore.filter(([s, y]) => s >= t === y).length;
      if (correct > best.correct) best = { threshold: t, correct };
    }
    console.log(JSON.stringify({ weights, bestThreshold: Number(best.threshold.toFixed(3)) }));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
