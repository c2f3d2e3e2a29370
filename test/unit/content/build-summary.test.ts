import { describe, expect, it } from 'vitest';
import { buildSummary, mergeShortForms } from '../../../src/content/build-summary.ts';
import type { ClaimKind, SentenceAnalysis, SourceType } from '../../../src/model/claim.ts';
import type { PageMatches } from '../../../src/model/report.ts';

function sentence(
  text: string,
  kind: ClaimKind,
  sources: Array<{ text: string; resolved?: string; type?: SourceType; named?: boolean }> = [],
  hedged = false,
): SentenceAnalysis {
  return {
    start: 0,
    end: text.length,
    text,
    kind,
    hedged,
    hedges: [],
    reasons: [],
    attributions: sources.map((s) => ({
      cue: { start: 0, end: 4, text: 'said' },
      source: {
        start: 0,
        end: s.text.length,
        text: s.text,
        type: s.type ?? 'person',
        named: s.named ?? true,
        resolved: s.resolved ?? null,
      },
      content: null,
    })),
  };
}

const sentences = [
  sentence('Putin said Moscow is ready.', 'sourced', [
    { text: 'Russian President Vladimir Putin' },
  ]),
  sentence('Russia massed more than 130,000 troops.', 'unattributed'),
  sentence('He said talks would go on.', 'sourced', [{ text: 'He', resolved: 'Vladimir Putin' }]),
  sentence('Officials said units returned.', 'anonymous', [{ text: 'Officials', named: false }]),
  sentence('The ministry said drills ended.', 'sourced', [
    { text: "Russia's defence ministry", type: 'government' },
  ]),
  sentence('President Putin warned the West.', 'sourced', [{ text: 'President Putin' }]),
  sentence('Signs may suggest an invasion is not imminent.', 'unattributed', [], true),
  sentence('Read more:', 'none'),
];

describe('buildSummary', () => {
  const matches: PageMatches = {
    reportId: 2,
    matches: {
      0: [],
      1: [{ reportId: 1, sentenceIndex: 4, score: 0.9, sentence: 'x', differences: [] }],
      5: [],
    },
    story: [],
    reports: {},
  };
  const summary = buildSummary({
    url: 'https://example.com/a',
    title: 'Title',
    site: 'Example',
    isArticle: true,
    sentences,
    matches,
    highlightsOn: true,
    ready: true,
    error: null,
  });

  it('counts sentences per kind', () => {
    expect(summary.counts).toEqual({ sourced: 4, anonymous: 1, unattributed: 2, none: 1 });
  });

  it('ranks named sources, folding pronouns and short forms into the full name', () => {
    expect(summary.sources).toEqual([
      { name: 'Russian President Vladimir Putin', type: 'person', count: 3 },
      { name: "Russia's defence ministry", type: 'government', count: 1 },
    ]);
  });

  it('lists unverified claims in page order with their kind and hedge', () => {
    expect(summary.unverified.map((u) => [u.index, u.kind, u.hedged])).toEqual([
      [1, 'unattributed', false],
      [3, 'anonymous', false],
      [6, 'unattributed', true],
    ]);
  });

  it('counts claims with at least one match', () => {
    expect(summary.matchedClaims).toBe(1);
  });
});

describe('mergeShortForms', () => {
  it('leaves an ambiguous short form alone', () => {
    const merged = mergeShortForms([
      { name: 'Smith', type: 'person', count: 1, first: 0 },
      { name: 'John Smith', type: 'person', count: 1, first: 1 },
      { name: 'Anna Smith', type: 'person', count: 1, first: 2 },
    ]);
    expect(merged.map((m) => [m.name, m.count])).toEqual([
      ['Smith', 1],
      ['John Smith', 1],
      ['Anna Smith', 1],
    ]);
  });

  it('does not fold across types', () => {
    const merged = mergeShortForms([
      { name: 'Ukraine', type: 'government', count: 1, first: 0 },
      { name: 'Bank of Ukraine', type: 'organization', count: 1, first: 1 },
    ]);
    expect(merged).toHaveLength(2);
  });
});
