import { describe, expect, it } from 'vitest';
import { PAIR_FEATURES, pairFeatures } from '../../../src/crossref/pair-features.ts';
import { CLAIM_THRESHOLD, claimScore } from '../../../src/crossref/index.ts';
import { tokenize } from '../../../src/crossref/tokenize.ts';

function features(a: string, b: string): Record<string, number> {
  const x = pairFeatures(tokenize(a), tokenize(b));
  return Object.fromEntries(PAIR_FEATURES.map((name, i) => [name, x[i]!]));
}

describe('pairFeatures', () => {
  it('gives identical sentences full overlap and no unmatched weight', () => {
    const f = features('Russia massed troops near Ukraine.', 'Russia massed troops near Ukraine.');
    expect(f).toMatchObject({
      dice: 1,
      bigramDice: 1,
      lcsOfLonger: 1,
      lcsOfShorter: 1,
      lengthGap: 0,
      unmatchedMax: 0,
      unmatchedMinLog: 0,
      contentDice: 1,
      weightedDice: 1,
    });
  });

  it('sees word order: the same words swapped keep their Dice but lose bigrams and order', () => {
    const f = features(
      'Russia accused Ukraine of shelling.',
      'Ukraine accused Russia of shelling.',
    );
    expect(f.dice).toBe(1);
    expect(f.bigramDice).toBeLessThan(0.6);
    expect(f.lcsOfLonger).toBeLessThan(1);
  });

  it('weighs what only one side says', () => {
    const short = 'The factory will close in March.';
    const long = 'The factory will close in March, and 400 workers will lose their jobs at once.';
    const f = features(short, long);
    expect(f.unmatchedMax).toBeGreaterThan(3);
    expect(f.lengthGap).toBeGreaterThan(0.4);
    expect(f.lcsOfShorter).toBe(1);
  });
});

describe('the same-claim model', () => {
  it('links a rewording and not another claim by the same actors', () => {
    const a = 'Russia accused Ukraine of shelling a village near the border on Sunday.';
    const reworded = 'On Sunday, Russia accused Ukraine of shelling a village close to the border.';
    const other = 'Russia and Ukraine agreed on Sunday to reopen talks on grain exports.';
    expect(claimScore(a, reworded)).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
    expect(claimScore(a, other)).toBeLessThan(CLAIM_THRESHOLD);
  });

  // Known limits of lexical features, kept as tests so that a fix shows: who did what to whom,
  // and another event in the same setting, are mostly invisible to them.
  it.each([
    ['a swap of roles', 'Ukraine accused Russia of shelling a village near the border on Sunday.'],
    [
      'the same setting, another event',
      'Russia said a village near the border was calm on Sunday.',
    ],
  ])('cannot yet tell %s from a rewording', (_name, b) => {
    const a = 'Russia accused Ukraine of shelling a village near the border on Sunday.';
    expect(claimScore(a, b)).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
  });
});
