import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { renderHost } from './render-host.ts';
import type { SentenceAnalysis } from '../../../src/model/claim.ts';
import type { ClaimMatch, ReportSummary } from '../../../src/model/report.ts';
import type { PageSummary } from '../../../src/model/summary.ts';
import { SummaryView } from '../../../src/popup/SummaryView.tsx';
import { ClaimPopover, type ClaimPopoverProps } from '../../../src/ui/ClaimPopover.tsx';

const EVIL = '<img src=x onerror=alert(1)>';
const EVIL_SCRIPT = '<script>window.pwned=1</script>';

function sentence(text: string): SentenceAnalysis {
  return {
    start: 0,
    end: text.length,
    text,
    kind: 'sourced',
    hedged: false,
    hedges: [],
    reasons: [],
    attributions: [
      {
        cue: { start: 0, end: 4, text: 'said' },
        source: {
          start: 0,
          end: 2,
          text: 'he',
          type: 'person',
          named: true,
          resolved: `Putin ${EVIL}`,
        },
        content: null,
      },
    ],
  };
}

const report: ReportSummary = {
  id: 7,
  url: 'https://wire.example/story',
  canonicalUrl: null,
  site: `Wire ${EVIL}`,
  title: `Title ${EVIL_SCRIPT}`,
  byline: null,
  publishedTime: '2022-02-15T13:28:41Z',
  readAt: 1,
  sentenceCount: 10,
};

const match: ClaimMatch = {
  reportId: 7,
  sentenceIndex: 3,
  score: 0.9,
  sentence: `He emphasized the need ${EVIL} for talks.`,
  differences: [
    {
      type: 'attribution-dropped',
      ours: null,
      theirs: `Detail ${EVIL}`,
      naming: { theirs: 'named' },
    },
  ],
};

const host = renderHost();

function props(over: Partial<ClaimPopoverProps> = {}): ClaimPopoverProps {
  return {
    claim: {
      index: 2,
      ordinal: 3,
      total: 12,
      display: 'sourced',
      sentence: sentence(`He emphasised the need ${EVIL_SCRIPT} for talks.`),
    },
    matches: [match],
    reports: { 7: report },
    roles: { 7: 'original' },
    error: null,
    anchor: () => new DOMRect(10, 10, 200, 20),
    view: window,
    autoFocus: false,
    onClose: () => undefined,
    onStep: () => undefined,
    ...over,
  };
}

describe('ClaimPopover', () => {
  it('renders page and report text as text, never as markup', () => {
    act(() => render(<ClaimPopover {...props()} />, host()));
    expect(host().querySelector('img, script')).toBeNull();
    const text = host().textContent ?? '';
    expect(text).toContain(EVIL);
    expect(text).toContain(EVIL_SCRIPT);
    expect(text).toContain(`Putin ${EVIL}`);
    expect(text).toContain(`Detail ${EVIL}`);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('is a labelled dialog naming the kind, position, source and cue', () => {
    act(() => render(<ClaimPopover {...props()} />, host()));
    const dialog = host().querySelector('[role="dialog"]')!;
    const label = host().querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(label?.textContent).toBe('Claim 3 of 12');
    expect(dialog.querySelector('.cb-badge')?.textContent).toContain('Sourced');
    expect(dialog.querySelector('[data-cb="cue"]')?.textContent).toBe('“said”');
    expect(dialog.querySelector('[data-cb="source"]')?.textContent).toBe(`Putin ${EVIL}`);
  });

  it('lists the other report with its diff, badge and a text-fragment link', () => {
    act(() => render(<ClaimPopover {...props()} />, host()));
    const item = host().querySelector('[data-cb="match"]')!;
    expect(item.getAttribute('data-report-id')).toBe('7');
    expect(item.querySelector('.cb-variant')?.textContent?.trim()).toBe('emphasized');
    expect(item.querySelector('[data-type="attribution-dropped"]')?.textContent).toContain(
      'Attribution dropped',
    );
    const link = item.querySelector<HTMLAnchorElement>('[data-cb="open-report"]')!;
    expect(link.getAttribute('href')).toMatch(/^https:\/\/wire\.example\/story#:~:text=/);
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(item.textContent).toContain('Original');
    // No relation (a match stored before relations existed) reads as the same claim.
    expect(item.querySelector('[data-cb="relation"]')?.textContent).toBe('Same claim');
  });

  it('names an overlapping claim as such', () => {
    const overlap: ClaimMatch = { ...match, relation: 'overlap' };
    act(() => render(<ClaimPopover {...props({ matches: [overlap] })} />, host()));
    const relation = host().querySelector('[data-cb="relation"]')!;
    expect(relation.getAttribute('data-relation')).toBe('overlap');
    expect(relation.textContent).toBe('Overlapping claim');
  });

  it('shows the empty state and the loading state', () => {
    act(() => render(<ClaimPopover {...props({ matches: [] })} />, host()));
    expect(host().querySelector('[data-cb="empty"]')?.textContent).toBe(
      "Not seen in other reports you've read yet.",
    );
    act(() => render(<ClaimPopover {...props({ matches: null })} />, host()));
    expect(host().querySelector('[data-cb="loading"]')).not.toBeNull();
  });
});

describe('SummaryView', () => {
  it('renders hostile titles and sources as text', () => {
    const summary: PageSummary = {
      url: 'https://x.example/',
      title: `T ${EVIL}`,
      site: `S ${EVIL_SCRIPT}`,
      isArticle: true,
      counts: { sourced: 2, anonymous: 1, unattributed: 1, none: 0 },
      sources: [{ name: `N ${EVIL}`, type: 'person', count: 2 }],
      unverified: [{ index: 4, text: `U ${EVIL}`, kind: 'anonymous', hedged: true }],
      notFlagged: [{ index: 5, text: `NF ${EVIL}`, reasons: ['opinion'] }],
      matchedClaims: 1,
      outlets: { many: 1, one: 0, none: 3 },
      storyClaims: { 7: [{ index: 4, text: `U ${EVIL}` }] },
      story: [
        {
          reportId: 7,
          url: 'https://wire.example/story',
          site: `W ${EVIL}`,
          title: `WT ${EVIL_SCRIPT}`,
          publishedTime: null,
          readAt: 0,
          score: 0.8,
          sharedClaims: 0.4,
          role: 'original',
        },
      ],
      highlightsOn: true,
      ready: true,
      error: null,
    };
    act(() =>
      render(
        <SummaryView
          summary={summary}
          onJump={() => undefined}
          onToggleHighlights={() => undefined}
        />,
        host(),
      ),
    );
    expect(host().querySelector('img, script')).toBeNull();
    expect(host().textContent).toContain(`T ${EVIL}`);
    expect(host().textContent).toContain(`WT ${EVIL_SCRIPT}`);
    expect(host().textContent).toContain(`NF ${EVIL}`);
    expect(host().querySelector('[data-cb="count-unverified"]')?.textContent).toContain('2');
    expect(host().querySelector('[data-cb="story-member"]')?.getAttribute('data-role')).toBe(
      'original',
    );
  });
});
