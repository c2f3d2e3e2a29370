/**
 * L2-regularised logistic regression fitted by Newton's method: a handful of features and a
 * few thousand examples, so each step solves a small linear system exactly.
 */
import { solveLinear } from './solve-linear.ts';

export interface LogisticModel {
  /** Each feature's range in the training data: inputs are clamped to it, so that a pair
   * unlike any seen in training cannot push the score with an extrapolated feature. */
  min: number[];
  max: number[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/**
 * Default ridge penalty on the standardised weights (not the bias): keeps correlated features
 * tame. fit-pairs chooses it by cross-validation on the training split.
 */
export const DEFAULT_L2 = 1;
const STEPS = 25;

export function fitLogistic(
  xs: readonly number[][],
  ys: readonly boolean[],
  l2 = DEFAULT_L2,
): LogisticModel {
  const d = xs[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => xs.reduce((s, x) => s + x[j]!, 0) / xs.length);
  const scale = mean.map((mu, j) => {
    const v = xs.reduce((s, x) => s + (x[j]! - mu) ** 2, 0) / xs.length;
    return Math.sqrt(v) || 1;
  });
  const zs = xs.map((x) => [...x.map((v, j) => (v - mean[j]!) / scale[j]!), 1]);
  const w = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const grad = w.map((wj, j) => (j < d ? l2 * wj : 0));
    const hess = w.map((_, i) => w.map((__, j) => (i === j && i < d ? l2 : 0)));
    zs.forEach((z, n) => {
      const p = 1 / (1 + Math.exp(-z.reduce((s, v, j) => s + v * w[j]!, 0)));
      const r = p * (1 - p);
      for (let i = 0; i <= d; i++) {
        grad[i]! += (p - (ys[n] ? 1 : 0)) * z[i]!;
        // The Hessian is symmetric: fill the upper triangle, mirror it below.
        const row = hess[i]!;
        const rz = r * z[i]!;
        for (let j = i; j <= d; j++) row[j]! += rz * z[j]!;
      }
    });
    for (let i = 1; i <= d; i++) for (let j = 0; j < i; j++) hess[i]![j] = hess[j]![i]!;
    const delta = solveLinear(hess, grad);
    delta.forEach((dj, j) => (w[j]! -= dj));
    if (Math.max(...delta.map(Math.abs)) < 1e-9) break;
  }
  const min = mean.map((_, j) => xs.reduce((m, x) => Math.min(m, x[j]!), Infinity));
  const max = mean.map((_, j) => xs.reduce((m, x) => Math.max(m, x[j]!), -Infinity));
  return { min, max, mean, scale, weights: w.slice(0, d), bias: w[d]! };
}

export function predictLogistic(model: LogisticModel, x: readonly number[]): number {
  let s = model.bias;
  x.forEach((v, j) => {
    const clamped = Math.min(model.max[j]!, Math.max(model.min[j]!, v));
    s += model.weights[j]! * ((clamped - model.mean[j]!) / model.scale[j]!);
  });
  return 1 / (1 + Math.exp(-s));
}
