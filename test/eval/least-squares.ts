import { solveLinear } from './solve-linear.ts';

/** Pearson's correlation of two equally long series (0 when either is constant). */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** Small ridge penalty: keeps correlated features (terms and lead) from trading huge weights. */
const RIDGE = 0.01;

/**
 * Least-squares weights (no intercept in the result: a score's offset does not change r) of
 * the columns in `use`, refitted without any that come out negative, so the score stays a
 * weighted mean of its features; returned scaled to sum 1, zero for unused columns.
 */
export function fitWeights(xs: readonly number[][], ys: readonly number[]): number[] {
  const d = xs[0]?.length ?? 0;
  let use = Array.from({ length: d }, (_, j) => j);
  for (;;) {
    const k = use.length + 1;
    const a = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    const b = new Array<number>(k).fill(0);
    xs.forEach((x, n) => {
      const z = [...use.map((j) => x[j]!), 1];
      for (let i = 0; i < k; i++) {
        b[i]! += z[i]! * ys[n]!;
        for (let j = 0; j < k; j++) a[i]![j]! += z[i]! * z[j]!;
      }
    });
    for (let i = 0; i < k - 1; i++) a[i]![i]! += RIDGE * xs.length;
    const w = solveLinear(a, b).slice(0, -1);
    const negative = use.filter((_, i) => w[i]! < 0);
    if (negative.length === 0 || use.length === 1) {
      const out = new Array<number>(d).fill(0);
      const sum = w.reduce((s, v) => s + Math.max(0, v), 0) || 1;
      use.forEach((j, i) => (out[j] = Math.max(0, w[i]!) / sum));
      return out;
    }
    use = use.filter((j) => !negative.includes(j));
  }
}

export function weighted(x: readonly number[], w: readonly number[]): number {
  return x.reduce((s, v, j) => s + v * w[j]!, 0);
}
