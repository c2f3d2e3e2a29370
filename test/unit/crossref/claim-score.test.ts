import { describe, expect, it } from 'vitest';
import { CLAIM_THRESHOLD, claimScore, linkScore } from '../../../src/crossref/index.ts';

// Pairs a rewrite really produces: each must link, as the same claim ('same') or as
// overlapping ones (one carries the other and more).
const SAME_CLAIM: Array<[string, string, string, 'same' | 'overlap']> = [
  [
    'clause containment + British spelling',
    'Russian President Vladimir Putin has said he is “ready to work further” with the West on security issues to de-escalate tensions over Ukraine, but emphasised the need for the West to heed Russia’s main demands.',
    'But he emphasized the need for the West to heed Russia’s main demands.',
    'overlap',
  ],
  [
    'number formats: 130,000 / 130K',
    'Russia massed more than 130,000 troops near Ukraine.',
    'Russia has massed 130K troops near the Ukrainian border, near Ukraine.',
    'same',
  ],
  [
    'number formats: 130 thousand',
    'Russia has massed more than 130 thousand troops near Ukraine.',
    'Russia massed more than 130,000 troops near Ukraine in recent weeks and months.',
    'same',
  ],
  [
    'titles dropped',
    'Russian President Vladimir Putin said Moscow is ready for security talks with NATO.',
    'President Putin said Moscow is ready for security talks with NATO.',
    'same',
  ],
  [
    'defence / defense, curly quotes',
    'Russia’s defence ministry said some troops returned to their bases after completing drills.',
    "Russia's Defense Ministry said some troops have returned to their bases after completing drills.",
    'same',
  ],
  [
    '-our / -or and reordered clauses',
    'The minister praised the labour unions’ behaviour during the strike, officials said on Monday.',
    'On Monday, officials said the minister praised the behavior of the labor unions during the strike.',
    'same',
  ],
  [
    '-yse / -yze, -ise / -ize',
    'Analysts will analyse whether the sanctions can destabilise the rouble and paralyse trade.',
    'Analysts will analyze whether sanctions can destabilize the ruble and paralyze trade.',
    'same',
  ],
  [
    'direct quote vs paraphrase',
    'Putin said he doesn’t want war and called for “peaceful” discussions over Ukraine’s bid to join NATO.',
    'Putin said he did not want a war and called for peaceful discussions on Ukraine’s bid to join NATO.',
    'same',
  ],
  [
    'added clause at the end',
    'Scholz said there is still a chance to avert war over Ukraine.',
    'Scholz said there is still a chance to avert war over Ukraine and that “diplomatic options are far from exhausted”.',
    'overlap',
  ],
  [
    'dropped leading clause',
    'Speaking after talks with German Chancellor Olaf Scholz, Putin said Russia is ready to engage in talks on limiting the deployment of intermediate range missiles in Europe.',
    'Putin said Russia is ready to engage in talks on limiting the deployment of intermediate-range missiles in Europe.',
    'same',
  ],
];

// Same topic, same actors, different claims: must stay apart.
const DIFFERENT_CLAIM: Array<[string, string, string]> = [
  [
    'same speaker, other claim',
    'Putin said Russia does not want war.',
    'Putin said Russia is ready for security talks with the West.',
  ],
  [
    'same story, other fact',
    'Russia denies it has any such plans.',
    'Russia gave no details on where the troops were pulling back from, or how many.',
  ],
  [
    'same actors, opposite facts',
    'NATO and Western governments said they had seen no signs of de-escalation yet Tuesday.',
    'Some troops in Russia’s military districts adjacent to Ukraine returned to their bases after completing drills.',
  ],
  [
    'shared background only',
    'The invasion fears grew after Russia massed more than 130,000 troops near Ukraine in recent weeks and months.',
    'U.S. and other NATO allies have moved troops and military supplies toward Ukraine’s western flank.',
  ],
  [
    'unrelated',
    'L’île italienne de Lampedusa fait de nouveau face à un afflux de migrants.',
    'But he emphasized the need for the West to heed Russia’s main demands.',
  ],
  [
    'short sentence inside a long one by chance',
    'Russia denies it.',
    'Russia denies that it has massed troops near Ukraine, and NATO says it has seen no pullback.',
  ],
];

describe('claimScore', () => {
  it.each(SAME_CLAIM)('links %s as %s', (_name, a, b, relation) => {
    const link = linkScore(a, b);
    expect(link).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
    expect(linkScore(b, a)).toBeCloseTo(link, 6);
    const same = claimScore(a, b);
    expect(claimScore(b, a)).toBeCloseTo(same, 6);
    if (relation === 'same') expect(same).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
    else expect(same).toBeLessThan(CLAIM_THRESHOLD);
  });

  it.each(DIFFERENT_CLAIM)('keeps apart %s', (_name, a, b) => {
    expect(linkScore(a, b)).toBeLessThan(CLAIM_THRESHOLD);
    expect(claimScore(a, b)).toBeLessThan(CLAIM_THRESHOLD);
  });

  it('scores identical sentences 1 and empty ones 0', () => {
    expect(
      claimScore('Russia massed troops near Ukraine.', 'Russia massed troops near Ukraine.'),
    ).toBe(1);
    expect(claimScore('', 'Russia massed troops near Ukraine.')).toBe(0);
    expect(claimScore('the of and', 'a the')).toBe(0);
  });

  it('treats a changed number as a weaker match than the same number', () => {
    const same = claimScore(
      'Russia massed 130,000 troops near Ukraine.',
      'Russia massed 130K troops near Ukraine.',
    );
    const changed = claimScore(
      'Russia massed 130,000 troops near Ukraine.',
      'Russia massed 150,000 troops near Ukraine.',
    );
    expect(same).toBeGreaterThan(changed);
  });
});
