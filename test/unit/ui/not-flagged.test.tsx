// Why a sentence is not flagged, as a reader sees it: the claim card (ClaimWhy), the popup's
// "Not flagged" section and the legend, from the claim analysis's own reasons.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { renderHost } from './render-host.ts';
import { analyseText } from '../../../src/claims/index.ts';
import type { PageSummary } from '../../../src/model/summary.ts';
import { NotFlagged } from '../../../src/popup/NotFlagged.tsx';
import { ClaimWhy, whyText } from '../../../src/ui/ClaimWhy.tsx';
import { explainClaim } from '../../../src/ui/explain-claim.ts';
import { Legend, type LegendProps } from '../../../src/ui/Legend.tsx';
import { notFlaggedCounts, notFlaggedKeys } from '../../../src/ui/not-flagged.ts';

const EVIL = '<img src=x onerror=alert(1)>';

const host = renderHost();

const text = (sel: string) => host().querySelector(sel)?.textContent ?? null;

describe('notFlaggedKeys: the analysis reasons as reader words, strongest first', () => {
  it.each<[string[], string[]]>([
    [
      ['opinion', 'first-person'],
      ['notFlaggedOpinion', 'notFlaggedPersonal'],
    ],
    [
      ['emphasis', 'pleasantry'],
      ['notFlaggedPleasantry', 'notFlaggedOpinion'],
    ],
    [['evaluation', 'emphasis'], ['notFlaggedOpinion']],
    [['attribution', 'named-source', 'promise', 'future'], ['notFlaggedPromise']],
    [['question'], ['notFlaggedQuestion']],
    [['exclamation'], ['notFlaggedRhetorical']],
    [['conditional', 'hypothetical'], ['notFlaggedHypothetical']],
    [['heading'], ['notFlaggedHeading']],
    [['fragment'], ['notFlaggedTrivial']],
    [['number', 'event'], []],
  ])('%j → %j', (reasons, keys) => expect(notFlaggedKeys(reasons)).toEqual(keys));

  it('counts each sentence once, by its first reason', () => {
    const counts = notFlaggedCounts([
      { reasons: ['opinion', 'first-person'] },
      { reasons: ['evaluation'] },
      { reasons: ['question'] },
      { reasons: ['attribution'] },
    ]);
    expect(counts).toEqual([
      { key: 'notFlaggedOpinion', count: 2 },
      { key: 'notFlaggedQuestion', count: 1 },
    ]);
  });
});

describe('ClaimWhy for a sentence that is not a claim', () => {
  it.each<[string, string]>([
    ['I think he is a good person.', 'an opinion'],
    ['We will bring Republicans and Democrats together.', 'a promise or plan'],
    ['Thank you very much, and good evening to all of you.', 'a courtesy'],
    ['Do you really think that is fair?', 'a question'],
  ])('%s → "%s"', (sentence, words) => {
    const s = analyseText(sentence).at(-1)!;
    expect(s.kind).toBe('none');
    act(() => render(<ClaimWhy kind={s.kind} why={explainClaim(s)} />, host()));
    expect(host().querySelector('dt')?.textContent).toBe('Not flagged');
    expect(text('[data-cb="not-flagged"]')).toContain(words);
    expect(whyText(s.kind, explainClaim(s))).toContain(`Not flagged: ${words}`);
  });

  it('a claim still shows its source, not a not-flagged line', () => {
    const s = analyseText('Smith said the company would cut 500 jobs.').at(-1)!;
    act(() => render(<ClaimWhy kind={s.kind} why={explainClaim(s)} />, host()));
    expect(host().querySelector('[data-cb="not-flagged"]')).toBeNull();
    expect(text('[data-cb="source"]')).toBe('Smith');
  });
});

describe('the popup lists unmarked sentences with why, as text', () => {
  const sentences: PageSummary['notFlagged'] = [
    { index: 0, text: 'World News', reasons: ['heading'] },
    { index: 3, text: `I think ${EVIL} is wrong.`, reasons: ['attribution', 'opinion'] },
    { index: 5, text: 'Will it last?', reasons: ['question'] },
  ];

  it('counts every reason, lists sentences but not page furniture', () => {
    act(() => render(<NotFlagged sentences={sentences} />, host()));
    expect(text('#cb-not-flagged-h')).toBe('Not flagged (3)');
    expect(text('[data-cb="not-flagged-counts"]')).toBe(
      'a heading 1 · an opinion 1 · a question 1',
    );
    const items = [...host().querySelectorAll('[data-cb="not-flagged-list"] li')];
    expect(items.map((li) => li.getAttribute('data-index'))).toEqual(['3', '5']);
    expect(items[0]?.querySelector('[data-cb="not-flagged-why"]')?.textContent).toBe('an opinion');
    expect(host().querySelector('img')).toBeNull();
    expect(host().textContent).toContain(`I think ${EVIL} is wrong.`);
  });

  it('has no section, not even its heading, when every sentence is a claim', () => {
    act(() => render(<NotFlagged sentences={[]} />, host()));
    expect(host().querySelector('[data-cb="not-flagged"]')).toBeNull();
    expect(host().querySelector('#cb-not-flagged-h')).toBeNull();
    expect(host().textContent).not.toContain('Not flagged');
  });

  it('shows the section from one sentence on, even with nothing to list', () => {
    act(() => render(<NotFlagged sentences={[sentences[0]!]} />, host()));
    expect(text('#cb-not-flagged-h')).toBe('Not flagged (1)');
    expect(text('[data-cb="not-flagged-counts"]')).toBe('a heading 1');
    expect(host().querySelector('[data-cb="not-flagged-list"]')).toBeNull();
  });
});

describe('the legend says how many sentences are unmarked and why', () => {
  const props = (notFlagged: LegendProps['notFlagged']): LegendProps => ({
    sourced: 2,
    unverified: 1,
    notFlagged,
    highlightsOn: true,
    collapsed: false,
    focused: null,
    onToggleHighlights: () => undefined,
    onCollapse: () => undefined,
    onStep: () => undefined,
    onOpen: () => undefined,
  });

  it('shows the total, with the reasons as tooltip and spoken text', () => {
    const counts = [
      { key: 'notFlaggedOpinion', count: 3 },
      { key: 'notFlaggedQuestion', count: 1 },
    ] as const;
    act(() => render(<Legend {...props([...counts])} />, host()));
    const item = host().querySelector('[data-cb="legend-none"]');
    expect(item?.getAttribute('title')).toBe('Not flagged: an opinion 3, a question 1');
    expect(item?.textContent).toContain('Not flagged 4');
    expect(text('[data-cb="legend-none-why"]')).toContain('an opinion 3, a question 1');
  });

  it('has no item when every sentence is a claim', () => {
    act(() => render(<Legend {...props([])} />, host()));
    expect(host().querySelector('[data-cb="legend-none"]')).toBeNull();
  });
});
