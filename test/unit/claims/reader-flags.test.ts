import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/claims/index.ts';
import type { ClaimKind } from '../../../src/model/claim.ts';

/** The last sentence of `text`, analysed in context. */
function last(text: string) {
  const sentences = analyseText(text);
  return sentences[sentences.length - 1]!;
}

// One table per class of error a reader saw (issue 15); the sentences are reworded shapes.
describe('a lead-in "By <date>," is no byline', () => {
  it.each([
    'By March 31, according to new filings with the regulator, the fund had lost $4.1 million.',
    'By Friday, they said, the talks had stalled.',
    'By the end of June, the company said, sales had doubled.',
  ])('%s', (text) => {
    expect(last(text).reasons).not.toContain('byline');
    expect(last(text).kind).not.toBe<ClaimKind>('none');
  });

  it.each(['By Jane Doe', 'By JANE DOE and JOHN ROE', 'By Jane Doe, Associated Press'])(
    'still a byline: %s',
    (text) => expect(last(text).reasons).toEqual(['byline']),
  );
});

describe('a document does not say: "they" never stands for a filing or report', () => {
  it.each([
    'According to new filings with the Securities and Exchange Commission, the fund lost money. By Friday, they said, the talks had stalled.',
    'A report by the Commerce Department showed exports fell. They said the decline would not last.',
  ])('%s', (text) => {
    const a = last(text).attributions;
    expect(a.map((x) => x.source?.text.toLowerCase())).toEqual(['they']);
    expect(a[0]!.source!.resolved ?? '').not.toMatch(/filings|report/);
  });

  it('a split content with a bare lead-in is one attribution', () => {
    expect(last('By Friday, officials said, the talks had stalled.').attributions).toHaveLength(1);
  });
});

describe('after an inverted speaker, "of"/"about" a thing is the topic, not the name', () => {
  it.each<[string, string]>([
    ['“It was a long shoot,” joked Smith of the film.', 'Smith'],
    ['“It will pass,” said Jones about the ruling.', 'Jones'],
    ['“We are ready,” said Smith of the Treasury.', 'Smith of the Treasury'],
  ])('%s', (text, source) => {
    expect(last(text).attributions[0]?.source?.text).toBe(source);
  });
});

describe('a participle hedge word used as an active verb is a deed, not a hedge', () => {
  it.each([
    'On Sunday night the actress accepted the award for best drama.',
    'Police suspected the driver of fleeing the scene.',
    'The board considered the offer on Monday.',
  ])('%s', (text) => expect(last(text).hedged).toBe(false));

  it.each([
    'It is widely accepted that the climate is warming.',
    'The alleged killer fled the country.',
    'The plan was considered too costly.',
  ])('still hedged: %s', (text) => expect(last(text).hedged).toBe(true));
});

describe('"no-one", "nobody" name no one: never a source', () => {
  it.each([
    'The coach said after the game that no-one could predict what might happen.',
    'Nobody knows how long the strike will last.',
    'No one said the plan would be easy.',
  ])('%s', (text) => {
    const sources = last(text).attributions.map((a) => a.source?.text.toLowerCase());
    expect(sources.filter((s) => /^(no-one|no one|nobody)$/.test(s ?? ''))).toEqual([]);
  });
});

describe('check-worthiness: views, promises, courtesies and questions are not claims', () => {
  it.each<[string, string]>([
    ['I think he is a good person.', 'opinion'],
    ['We will bring Republicans and Democrats together.', 'promise'],
    ['Thank you very much, and good evening to all of you.', 'pleasantry'],
    ['Do you really think that is fair?', 'question'],
    ['We have to do better for our children.', 'obligation'],
    ['Let me tell you what I believe.', 'rhetorical'],
  ])('%s → none (%s)', (text, reason) => {
    const s = last(text);
    expect(s.kind).toBe<ClaimKind>('none');
    expect(s.reasons).toContain(reason);
  });

  it.each<[string, ClaimKind]>([
    ['Unemployment fell to 4.1 percent in March.', 'unattributed'],
    ['The bridge collapsed after the storm.', 'unattributed'],
    ['Prices rose because the harvest failed.', 'unattributed'],
    ['It was the largest deficit in the nation’s history.', 'unattributed'],
    ['Smith said the company would cut 500 jobs.', 'sourced'],
    ['They said the decline would not last.', 'unattributed'],
  ])('%s stays a claim (%s)', (text, kind) => expect(last(text).kind).toBe(kind));
});
