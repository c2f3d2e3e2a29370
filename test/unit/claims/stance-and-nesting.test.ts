import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/claims/index.ts';

const last = (text: string) => analyseText(text).at(-1)!;

describe('stance verbs need an agent', () => {
  it.each<[text: string, cue: string | null, source?: string]>([
    ['The talks offered a glimpse of hope for a lasting deal.', null],
    ['The bill plans to cut taxes for small farms by 2030.', null],
    ['The memo wants the agency to cut its budget next year.', null],
    ['Putin offered to keep talking with the West about missiles.', 'offered', 'Putin'],
    ['Moscow plans to withdraw its troops from the border.', 'plans', 'Moscow'],
  ])('%s', (text, cue, source) => {
    const s = last(text);
    const a = s.attributions[0];
    if (cue === null) return expect(s.attributions).toEqual([]);
    expect(a?.cue.text).toBe(cue);
    expect(a?.source?.text).toBe(source);
  });
});

describe('"possible" before a noun is speculation, a range is not', () => {
  it.each<[text: string, hedged: boolean]>([
    ['The visit offered possible new openings for the talks.', true],
    ['Officials weighed a possible delay of the vote.', true],
    ['The crews worked as fast as possible through the night.', false],
    ['The grant made possible two new clinics in the county.', false],
    ['The team scored the highest possible mark in the trials.', false],
  ])('%s', (text, hedged) => {
    expect(last(text).hedged).toBe(hedged);
  });
});

describe('single quotes nested in a double quotation', () => {
  it.each<[text: string, speaker: string]>([
    [
      '“I knew him before he became ‘The Boss.’ He is not cruel. He listens,” Walker said.',
      'Walker',
    ],
    [
      '“They call it ‘the plan.’ It is a gift to donors. Nobody wins,” Ellison said on Monday.',
      'Ellison',
    ],
  ])('%s', (text, speaker) => {
    const sentences = analyseText(text);
    expect(sentences.length).toBeGreaterThan(2);
    for (const s of sentences) {
      const a = s.attributions[0];
      expect(a?.source?.text ?? null, s.text).toBe(speaker);
    }
  });
});
