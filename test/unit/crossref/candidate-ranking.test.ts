import { describe, expect, it } from 'vitest';
import { MatchIndex } from '../../../src/crossref/index.ts';
import { report } from './helpers.ts';

// The page sentence's rarest word also stands almost alone in 150 short stored sentences, and
// each of its other words is common in the store. The short ones cover all of their own (light)
// side, as the near-copy does, so by coverage alone they tie with it at the top; the ones
// stored first then take every scoring place and the near-copy is never scored.
const PAGE = 'Varnholt inspectors confirmed untreated discharge reached the estuary during March.';
const COPY = 'Varnholt inspectors confirmed that untreated discharge reached the estuary in March.';
const COMMON = ['inspectors', 'confirmed', 'untreated', 'discharge', 'reached', 'estuary', 'March'];

describe('candidate ranking in the index query', () => {
  it('scores a near-copy stored after more than a hundred short sentences sharing its rarest word', () => {
    const index = new MatchIndex();
    let id = 1;
    const add = (site: string, text: string): void => {
      const r = report(id++, site, [text]);
      index.add(r.id, r.sentences);
    };
    for (let i = 0; i < 150; i++) add(`short-${i}.example`, `Varnholt, ${i}.`);
    for (const word of COMMON)
      for (let i = 0; i < 160; i++)
        add(`other-${word}-${i}.example`, `A ${word} note about harbour number ${i} appeared.`);
    add('copy.example', COPY);
    const found = index.queryText(PAGE);
    expect(found[0]).toMatchObject({ reportId: id - 1, sentenceIndex: 0 });
    expect(found[0]!.score).toBeGreaterThan(0.9);
  });
});
