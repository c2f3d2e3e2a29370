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

describe('recall patterns learned from news prose', () => {
  it.each<[shape: string, text: string, cue: string, source: string]>([
    [
      'Title Case headline with a capitalised speech verb',
      'Governor Ellison Says The Bridge Will Reopen In May',
      'Says',
      'Governor Ellison',
    ],
    [
      'Title Case headline with the speaker after the quote',
      'Tariffs Are A Tax On Farmers, Senator Dana Whitfield Tells Iowa Crowd',
      'Tells',
      'Senator Dana Whitfield',
    ],
    [
      'first-person view outside quotes',
      'I think the council will vote for the plan.',
      'think',
      'I',
    ],
    [
      'plain "want" with a named subject',
      'Whitfield wanted the vote delayed until May.',
      'wanted',
      'Whitfield',
    ],
    [
      'poll named at the end of a sentence',
      'Ellison led the race by nine points in a new Marist College poll.',
      'in',
      'a new Marist College poll',
    ],
    [
      'opening poll with a long name',
      'In an NBC News/Wall Street Journal/Marist poll released Monday, 50 percent chose the levy.',
      'In',
      'an NBC News/Wall Street Journal/Marist poll',
    ],
  ])('%s', (_shape, text, cue, source) => {
    const a = last(text).attributions.find((x) => x.cue.text === cue);
    expect(a?.source?.text).toBe(source);
    expect(a?.content).not.toBeNull();
  });

  it.each([
    'Ellison Bridge Reopens After Two Years Of Repairs',
    'Whitfield leads in polls across the state.',
  ])('no attribution: %s', (text) => {
    expect(last(text).attributions).toEqual([]);
  });
});
