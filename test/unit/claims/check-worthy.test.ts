import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/claims/index.ts';
import type { ClaimKind } from '../../../src/model/claim.ts';

/** The last sentence of `text`, analysed in context. */
function last(text: string) {
  const sentences = analyseText(text);
  return sentences[sentences.length - 1]!;
}

// Check-worthiness classes (issue 15), one table each; the sentences are reworded shapes.

describe('the speaker quoting themself ("I\'ll say", "I\'ve said") is weighed, not a report', () => {
  it.each<[string, string]>([
    ["I'll say something about the plan, which he wants to repeal.", 'promise'],
    ["I've said it before and I'll say it again: this plan is a mistake.", 'evaluation'],
  ])('%s → none (%s)', (text, reason) => {
    const s = last(text);
    expect(s.kind).toBe<ClaimKind>('none');
    expect(s.reasons).toContain(reason);
  });
});

describe('a view of people with no share in it is the speaker’s view; a share is a finding', () => {
  it.each([
    'Parents feel like they have to compete with the culture.',
    'Soldiers know this isn’t being done right.',
  ])('%s → none', (text) => expect(last(text).kind).toBe<ClaimKind>('none'));

  it.each([
    'A slim majority of Democrats support the plan.',
    'Many of his supporters believe the tariffs will help.',
    'Sixty percent of voters oppose the deal.',
  ])('%s stays a claim', (text) => expect(last(text).kind).toBe<ClaimKind>('anonymous'));
});

describe('speech-register words mark a view: "we", modals, vague quantities, emphasis', () => {
  it.each<[string, string]>([
    ['We are going to make this country great again.', 'future'],
    ['It would be a wonderful thing for our country.', 'hypothetical'],
    ['There are a lot of things we can do.', 'vague'],
    ['You know, people are really hurting out there.', 'emphasis'],
  ])('%s → none (%s)', (text, reason) => {
    const s = last(text);
    expect(s.kind).toBe<ClaimKind>('none');
    expect(s.reasons).toContain(reason);
  });
});

describe('news statements keep their flag: dates, sums, events, forecasts', () => {
  it.each<[string, string]>([
    ['The mine closed in 2015 after the company lost $40 million.', 'time'],
    ['But the mine has struggled from low coal prices.', 'event'],
    ['Congress passed the bill in 2010.', 'law'],
    ['The talks will resume next week.', 'prediction'],
  ])('%s stays a claim (%s)', (text, reason) => {
    const s = last(text);
    expect(s.kind).toBe<ClaimKind>('unattributed');
    expect(s.reasons).toContain(reason);
  });
});
