import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../../src/crossref/index.ts';
import type { DifferenceType } from '../../../src/model/report.ts';
import { AGGREGATOR, AP } from './seed.ts';
import { sentence } from './helpers.ts';
import type { Difference } from '../../../src/model/report.ts';
import messages from '../../../src/public/_locales/en/messages.json';
import { differenceDetail } from '../../../src/ui/difference-detail.ts';
import { useCatalogue } from '../../../src/ui/t.ts';

// The core returns data; the popover words it through the catalogue. The details below are the
// English the reader sees, with "AP" as the other report's site.
useCatalogue(messages);
const detailOf = (d: Difference) => differenceDetail(d, 'AP');

const types = (ds: Array<{ type: DifferenceType }>) => ds.map((d) => d.type).sort();

describe('compareClaims on the seed pair', () => {
  const ours = AGGREGATOR.sentences[2]!;
  const theirs = AP.sentences[12]!;
  const diffs = compareClaims(ours, theirs);

  it('reports the spelling variant as wording', () => {
    const wording = diffs.find((d) => d.type === 'wording');
    expect(wording).toMatchObject({ ours: 'emphasised', theirs: 'emphasized' });
    expect(detailOf(wording!)).toBe('Spelling: "emphasised" on this page, "emphasized" in AP');
  });

  it('reports the clause only the aggregator has, without its attribution words', () => {
    const added = diffs.find((d) => d.type === 'detail-added');
    expect(added?.ours).toContain('ready to work further');
    expect(added?.ours).toContain('de-escalate tensions over Ukraine');
    expect(added?.ours).not.toMatch(/Vladimir|Putin/);
    expect(diffs.some((d) => d.type === 'detail-missing')).toBe(false);
  });

  it('sees the same source behind "he" (resolved) and "Russian President Vladimir Putin"', () => {
    expect(diffs.some((d) => d.type.startsWith('attribution'))).toBe(false);
  });
});

const CASES: Array<{
  name: string;
  ours: Parameters<typeof sentence>;
  theirs: Parameters<typeof sentence>;
  expected: DifferenceType[];
  detail?: RegExp;
}> = [
  {
    name: 'attribution dropped',
    ours: [0, 'Some troops returned to their bases after completing drills.'],
    theirs: [
      0,
      'Some troops returned to their bases after completing drills, the defence ministry said.',
      { kind: 'sourced', source: 'the defence ministry', cue: 'said' },
    ],
    expected: ['attribution-dropped'],
    detail: /^AP attributes this to the defence ministry; this page does not$/,
  },
  {
    name: 'attribution added (anonymous)',
    ours: [
      0,
      'Russia has massed more than 130,000 troops near Ukraine, officials said.',
      { kind: 'anonymous', cue: 'said' },
    ],
    theirs: [0, 'Russia massed more than 130,000 troops near Ukraine.'],
    expected: ['attribution-added'],
    detail: /^This page attributes this to an unnamed source; AP states it without a source$/,
  },
  {
    name: 'attribution changed',
    ours: [
      0,
      'The talks will resume next week, Lavrov said.',
      { kind: 'sourced', source: 'Sergei Lavrov', cue: 'said' },
    ],
    theirs: [
      0,
      'The talks will resume next week, Blinken said.',
      { kind: 'sourced', source: 'Antony Blinken', cue: 'said' },
    ],
    expected: ['attribution-changed'],
    detail: /^This page attributes this to Sergei Lavrov; AP to Antony Blinken$/,
  },
  {
    name: 'number changed, format ignored',
    ours: [0, 'Russia massed more than 150,000 troops near Ukraine.'],
    theirs: [0, 'Russia massed more than 130K troops near Ukraine.'],
    expected: ['number-changed'],
    detail: /^This page says 150,000; AP says 130K$/,
  },
  {
    name: 'same number in another format is no difference',
    ours: [0, 'Russia massed more than 130 thousand troops near Ukraine.'],
    theirs: [0, 'Russia massed more than 130,000 troops near Ukraine.'],
    expected: [],
  },
  {
    name: 'hedge added',
    ours: [0, 'The pullback may suggest an invasion is not imminent.', { hedged: true }],
    theirs: [0, 'The pullback shows an invasion is not imminent.'],
    expected: ['hedge-added'],
  },
  {
    name: 'hedge removed',
    ours: [0, 'Russia is pulling back forces from the border.'],
    theirs: [
      0,
      'Russia is reportedly pulling back forces from the border.',
      { hedged: true, hedge: 'reportedly' },
    ],
    expected: ['hedge-removed'],
  },
  {
    // The claims analysis reads this "may" as permission, not speculation: no hedge to add.
    name: 'a word the claims analysis did not count as a hedge is no hedge difference',
    ours: [0, 'Residents may return to their homes on Monday, officials said.'],
    theirs: [0, 'Residents can return to their homes on Monday, officials said.'],
    expected: [],
  },
  {
    // Stored before sentences kept their hedge: the flag says hedged, the finder names the word.
    name: 'a report stored with the flag only gets its hedge word from the claims finder',
    ours: [0, 'Russia is reportedly pulling back forces from the border.', { hedged: true }],
    theirs: [0, 'Russia is pulling back forces from the border.'],
    expected: ['hedge-added'],
    detail: /"reportedly"/,
  },
  {
    name: 'quote altered',
    ours: [
      0,
      'Blinken said the US needs to see “credible de-escalation.”',
      { kind: 'sourced', source: 'Antony Blinken', cue: 'said' },
    ],
    theirs: [
      0,
      'Blinken said the US needs to see “verifiable, credible, meaningful de-escalation.”',
      { kind: 'sourced', source: 'Antony Blinken', cue: 'said' },
    ],
    expected: ['quote-altered'],
  },
  {
    name: 'detail only the other report has',
    ours: [
      0,
      'NATO said it had seen no signs of de-escalation.',
      { kind: 'sourced', source: 'NATO', cue: 'said' },
    ],
    theirs: [
      0,
      'NATO said it had seen no signs of de-escalation, despite the Russian Defense Ministry’s announcement that it is pulling back forces.',
      { kind: 'sourced', source: 'NATO', cue: 'said' },
    ],
    expected: ['detail-missing'],
    detail:
      /^Only AP has: "despite the Russian Defense Ministry’s announcement that it is pulling back forces"$/,
  },
  {
    name: 'a word replaced',
    ours: [0, 'Russia announced a partial withdrawal of troops from the drills near Ukraine.'],
    theirs: [0, 'Russia announced a partial pullout of soldiers from the drills near Ukraine.'],
    expected: ['wording'],
    detail: /^Worded differently: "withdrawal, troops" on this page, "pullout, soldiers" in AP$/,
  },
  {
    name: 'a phrase replaced',
    ours: [0, 'Russia announced a partial withdrawal from the drills near Ukraine.'],
    theirs: [0, 'Russia announced that some units went home from the drills near Ukraine.'],
    expected: ['wording'],
    detail: /^Worded differently: "partial withdrawal" on this page, "units went home" in AP$/,
  },
  {
    name: 'curly vs straight quotes are the same quote',
    ours: [
      0,
      'Putin called for "peaceful" discussions.',
      { kind: 'sourced', source: 'Vladimir Putin', cue: 'called for' },
    ],
    theirs: [
      0,
      'Putin called for “peaceful” discussions.',
      { kind: 'sourced', source: 'Putin', cue: 'called for' },
    ],
    expected: [],
  },
  {
    name: 'title added is no detail',
    ours: [
      0,
      'Russian President Vladimir Putin said Moscow is ready for security talks.',
      { kind: 'sourced', source: 'Vladimir Putin', cue: 'said' },
    ],
    theirs: [
      0,
      'Putin said Moscow is ready for security talks.',
      { kind: 'sourced', source: 'Putin', cue: 'said' },
    ],
    expected: [],
  },
];

describe('compareClaims typed differences', () => {
  it.each(CASES)('$name', ({ ours, theirs, expected, detail }) => {
    const diffs = compareClaims(sentence(...ours), sentence(...theirs));
    expect(types(diffs)).toEqual([...expected].sort());
    if (detail) expect(detailOf(diffs[0]!)).toMatch(detail);
  });
});
