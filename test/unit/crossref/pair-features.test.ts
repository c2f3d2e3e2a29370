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

describe('machine-translation-style and agreement features', () => {
  it('scores an identical pair as perfect on every n-gram, alignment and edit measure', () => {
    const s = 'The central bank raised its key rate to 4.5 percent on Thursday.';
    const f = features(s, s);
    expect(f).toMatchObject({
      p1min: 1,
      p4min: 1,
      editRate: 0,
      contentEditRate: 0,
      numbersOnlySum: 0,
      numbersAgree: 1,
      negationMismatch: 0,
    });
    expect(f.bleu).toBeCloseTo(1, 5);
    // One chunk for the whole sentence: METEOR's fragmentation penalty is almost nil.
    expect(f.meteor).toBeGreaterThan(0.99);
  });

  it('counts numbers only one side has: another figure is another fact', () => {
    const f = features(
      'The central bank raised its key rate to 4.5 percent on Thursday.',
      'The central bank raised its key rate to 4.75 percent on Thursday.',
    );
    expect(f.numbersOnlyMax).toBe(1);
    expect(f.numbersOnlySum).toBe(2);
    expect(f.numbersAgree).toBe(0);
    expect(f.p1min).toBeLessThan(1);
  });

  it('sees a negation only one side has, and a name only one side has', () => {
    const f = features(
      'Smith said the company would cut jobs this year.',
      'Jones said the company would not cut jobs this year.',
    );
    expect(f.negationMismatch).toBe(1);
    expect(f.namesOnlySum).toBe(0);
    const g = features(
      'The minister met Chancellor Scholz in Berlin on Monday.',
      'The minister met President Macron in Berlin on Monday.',
    );
    expect(g.namesOnlyMax).toBe(1);
    expect(g.namesOnlySum).toBe(2);
  });

  it('tells a reordered rewording (few chunks) from a reshuffle of the same words', () => {
    const a = 'Police arrested two men after the robbery in the city centre on Friday.';
    const moved = 'On Friday, police arrested two men after the robbery in the city centre.';
    const shuffled = 'The men in the centre robbery arrested police on two Friday city after.';
    const f = features(a, moved);
    const g = features(a, shuffled);
    expect(f.p1min).toBe(1);
    expect(g.p1min).toBe(1);
    expect(f.fragmentation).toBeLessThan(g.fragmentation!);
    expect(f.p3min).toBeGreaterThan(g.p3min!);
    expect(f.editRate).toBeLessThan(g.editRate!);
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

  // Independently written sentences of one fact: other words, other order, other length.
  it.each([
    [
      'Flooding forced about 3,000 residents to leave their homes on Tuesday, officials said.',
      'Officials said some 3,000 people were evacuated from their homes on Tuesday because of the floods.',
    ],
    [
      'The company said it would cut 1,200 jobs by the end of the year.',
      'By the end of the year, 1,200 jobs will go, the company said.',
    ],
    [
      'The minister resigned on Monday after weeks of pressure over the contracts.',
      'After weeks of pressure over the contracts, the minister stepped down on Monday.',
    ],
  ])('links one fact written twice: %s', (a, b) => {
    expect(claimScore(a, b)).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
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
