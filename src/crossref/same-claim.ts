import model from './data/pair-model.json' with { type: 'json' };
import { PAIR_FEATURES, pairFeatures } from './pair-features.ts';
import type { Token } from './tokenize.ts';

let checked = false;

/**
 * The model file and the feature code must agree name by name: a stale file fails loudly on
 * first use instead of giving silently wrong scores (checked lazily, so the fitting script can
 * load the features while the file is being replaced).
 */
function checkModel(): void {
  if (model.features.join() !== PAIR_FEATURES.join()) {
    throw new Error('pair-model.json does not match pair-features.ts: run npm run fit:pairs');
  }
  checked = true;
}

/**
 * Probability that two sentences state the same claim, from their lexical features
 * (logistic model fitted by test/eval/fit-pairs.ts). Each feature is clamped to the range it
 * had in training: a pair unlike any seen there (twenty names on one side) must not get an
 * extrapolated push from one feature.
 */
export function sameClaimProbability(a: readonly Token[], b: readonly Token[]): number {
  if (!checked) checkModel();
  const x = pairFeatures(a, b);
  let s = model.bias;
  for (let j = 0; j < x.length; j++) {
    const v = Math.min(model.max[j]!, Math.max(model.min[j]!, x[j]!));
    s += model.weights[j]! * ((v - model.mean[j]!) / model.scale[j]!);
  }
  return 1 / (1 + Math.exp(-s));
}
