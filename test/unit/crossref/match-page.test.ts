import { describe, expect, it } from 'vitest';
import {
  CLAIM_THRESHOLD,
  MatchIndex,
  STORY_OVERLAP_BAR,
  STORY_THRESHOLD,
  matchPage,
  queryPage,
  storyRole,
  storyScore,
} from '../../../src/crossref/index.ts';
import type { Report } from '../../../src/model/report.ts';
import { AGGREGATOR, AP } from './seed.ts';
import { report } from './helpers.ts';

const UNRELATED = report(3, 'lemonde.example', [
  'L’île italienne de Lampedusa fait de nouveau face à un afflux de migrants.',
  'Entre mardi et mercredi, 1 609 personnes ont débarqué sur ce territoire italien.',
  'The European Central Bank kept interest rates unchanged on Thursday.',
]);
const SAME_TOPIC = report(4, 'other.example', [
  'Ukraine’s president urged citizens to fly the national flag on Wednesday.',
  'Kyiv residents queued at cash machines as banks extended hours.',
  'Russia massed more than 130,000 troops near Ukraine in recent weeks.',
  'Germany said it would send helmets to the Ukrainian army.',
]);

function store(...reports: Report[]) {
  const index = new MatchIndex();
  for (const r of reports) index.add(r.id, r.sentences);
  return { index, map: new Map(reports.map((r) => [r.id, r])) };
}

describe('matchPage on the seed pair', () => {
  it('links the aggregator’s claims back to the AP with typed differences', () => {
    const { index, map } = store(AP, UNRELATED, SAME_TOPIC);
    const result = matchPage(AGGREGATOR, null, queryPage(index, AGGREGATOR, null), map, {
      now: AGGREGATOR.readAt,
    });
    const emphasis = result.matches[2]!;
    expect(emphasis[0]).toMatchObject({ reportId: 1, sentenceIndex: 12 });
    expect(emphasis[0]!.sentence).toContain('emphasized the need');
    expect(emphasis[0]!.differences.map((d) => d.type)).toEqual(
      expect.arrayContaining(['wording', 'detail-added']),
    );
    // Data, not prose: the popover words it with the other report's site.
    expect(emphasis[0]!.differences.find((d) => d.type === 'wording')).toMatchObject({
      spelling: true,
      ours: 'emphasised',
      theirs: 'emphasized',
    });
    // Clutter and non-claims get nothing, and nothing links to the unrelated reports.
    expect(result.matches[9]).toBeUndefined();
    expect(result.matches[0]).toBeUndefined();
    for (const list of Object.values(result.matches)) {
      for (const m of list) expect(m.reportId).toBe(1);
    }
    expect(result.reports[1]).toMatchObject({ id: 1, site: 'apnews.com', sentenceCount: 16 });
  });

  it('links a clause of a sentence to a clause of another, as an overlap', () => {
    const { index, map } = store(AP, UNRELATED, SAME_TOPIC);
    const result = matchPage(AGGREGATOR, null, queryPage(index, AGGREGATOR, null), map, {
      now: AGGREGATOR.readAt,
    });
    // "President Putin says Russia is ready for talks on confidence-building measures, but the
    // West needs to heed its main demands." carries one clause of AP 11 and all of AP 12.
    const both = result.matches[1]!;
    // …and, inside the story only, the AP lead's "ready for security talks" (see below).
    expect(both.map((m) => m.sentenceIndex).sort((x, y) => x - y)).toEqual([0, 11, 12]);
    expect(both.find((m) => m.sentenceIndex === 11)!.relation).toBe('overlap');
    // The troops that "returned to their bases" are the lead's "partial troop withdrawal", and
    // "He spoke … following talks with … Scholz" is AP 11's opening clause.
    expect(result.matches[5]!.map((m) => [m.sentenceIndex, m.relation])).toContainEqual([
      0,
      'overlap',
    ]);
    expect(result.matches[3]!.map((m) => [m.sentenceIndex, m.relation])).toContainEqual([
      11,
      'overlap',
    ]);
    const ap11 = both.find((m) => m.sentenceIndex === 11)!;
    expect(ap11.differences.map((d) => d.type)).toEqual(
      expect.arrayContaining(['detail-missing', 'detail-added']),
    );
  });

  it('takes a weaker overlap from a report of the same story only', () => {
    // "Russian President Vladimir Putin has said he is “ready to work further” with the West on
    // security issues…" and the AP lead's "…is ready for security talks with the U.S. And
    // NATO…" overlap below the usual bar: linked from the AP report (one story with the
    // page), not from a report that merely carries the lead among other news.
    const apLink = (r: Report) => {
      const { index, map } = store(r);
      const result = matchPage(AGGREGATOR, null, queryPage(index, AGGREGATOR, null), map, {
        now: AGGREGATOR.readAt,
      });
      return (result.matches[2] ?? []).filter((m) => m.sentence === AP.sentences[0]!.text);
    };
    const inStory = apLink(AP);
    expect(inStory).toHaveLength(1);
    expect(inStory[0]!.relation).toBe('overlap');
    expect(inStory[0]!.score).toBeGreaterThanOrEqual(STORY_OVERLAP_BAR);
    expect(inStory[0]!.score).toBeLessThan(CLAIM_THRESHOLD);
    const digest = report(6, 'digest.example', [
      AP.sentences[0]!.text,
      ...UNRELATED.sentences.map((x) => x.text),
      ...SAME_TOPIC.sentences.map((x) => x.text),
    ]);
    expect(apLink(digest)).toEqual([]);
  });

  it('groups the AP report into the aggregator’s story as its original', () => {
    const { index, map } = store(AP, UNRELATED, SAME_TOPIC);
    const result = matchPage(AGGREGATOR, null, queryPage(index, AGGREGATOR, null), map, {
      now: AGGREGATOR.readAt,
    });
    expect(result.story.map((m) => [m.reportId, m.role])).toEqual([[1, 'original']]);
    expect(result.story[0]!.score).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(result.story[0]!.sharedClaims).toBeGreaterThan(0.2);
  });

  it('seen from the AP page, the aggregator read later is a copy', () => {
    const { index, map } = store(AP, AGGREGATOR);
    const result = matchPage(AP, 1, queryPage(index, AP, 1), map);
    expect(result.reportId).toBe(1);
    expect(result.story.map((m) => [m.reportId, m.role])).toEqual([[2, 'copy']]);
  });

  it('does not list the page itself stored under another id', () => {
    const { index, map } = store(AP, { ...AP, id: 7 });
    const result = matchPage(AP, 1, queryPage(index, AP, 1), map);
    expect(result.matches).toEqual({});
    expect(result.story).toEqual([]);
  });

  it('skips matches whose report the caller could not fetch', () => {
    const { index } = store(AP);
    const result = matchPage(AGGREGATOR, null, queryPage(index, AGGREGATOR, null), new Map());
    expect(result.matches).toEqual({});
  });
});

describe('storyScore', () => {
  const doc = (r: Report) => ({ title: r.title, sentences: r.sentences.map((s) => s.text) });
  it('puts the AP report and the aggregator page in one story, symmetrically', () => {
    const score = storyScore(doc(AGGREGATOR), doc(AP));
    expect(score).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(storyScore(doc(AP), doc(AGGREGATOR))).toBeCloseTo(score, 6);
  });
  it('ranks a report of another event on one topic below the rewrite, unrelated ones lowest', () => {
    const rewrite = storyScore(doc(AGGREGATOR), doc(AP));
    const topic = storyScore(doc(AP), doc(SAME_TOPIC));
    const unrelated = storyScore(doc(AP), doc(UNRELATED));
    expect(topic).toBeLessThan(rewrite);
    expect(unrelated).toBeLessThan(topic);
    expect(unrelated).toBeLessThan(STORY_THRESHOLD);
  });
});

describe('storyRole', () => {
  const at = (publishedTime: string | null, readAt: number) => ({
    publishedTime,
    readAt,
    text: 'x'.repeat(100),
  });
  it.each([
    [
      'earlier and shares claims',
      at('2022-02-15T12:00:00Z', 5),
      at('2022-02-15T10:00:00Z', 9),
      0.5,
      'original',
    ],
    [
      'later and shares claims',
      at('2022-02-15T10:00:00Z', 9),
      at('2022-02-15T12:00:00Z', 5),
      0.5,
      'copy',
    ],
    [
      'earlier, few shared claims',
      at('2022-02-15T12:00:00Z', 5),
      at('2022-02-15T10:00:00Z', 9),
      0.1,
      'earlier',
    ],
    [
      'later, few shared claims',
      at('2022-02-15T10:00:00Z', 5),
      at('2022-02-15T12:00:00Z', 9),
      0.1,
      'later',
    ],
    [
      'publication times within minutes',
      at('2022-02-15T10:00:00Z', 5),
      at('2022-02-15T10:02:00Z', 9),
      0.5,
      'related',
    ],
    [
      'no publication time: read order decides',
      at(null, 9),
      at('2022-02-15T10:00:00Z', 5),
      0.5,
      'original',
    ],
    [
      'unparseable time falls back to read order',
      at('yesterday', 5),
      at('2022-02-15T10:00:00Z', 9),
      0.1,
      'later',
    ],
  ] as const)('%s', (_name, page, other, containment, role) => {
    expect(storyRole(page, other, containment)).toBe(role);
  });
});
