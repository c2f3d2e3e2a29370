import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/claims/index.ts';

const last = (text: string) => analyseText(text).at(-1)!;

describe('stance verbs need an agent', () => {
  it.each<[text: string, cue: string | null, source?: string]>([
    ['The talks offered a glimpse of hope for a lasting deal.', null],
    ['The bill plans to cut taxes for small farms by 2030.', null],
    ['The memo wants the agency to cut its budget next year.', null],
    ['The new beams support the weight of the roof.', null],
    ['The economy wants a push from lower interest rates.', null],
    ['The treaty opposed any new tariffs on steel.', null],
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
    [
      '"would like to" as a wish',
      'The county board would like to delay the vote until May.',
      'would like',
      'The county board',
    ],
    [
      'name after a dash introduces a quotation',
      'Turnout was the story - Ruth Ellison and Dana Whitfield: “Nobody expected the lines.”',
      ':',
      'Ruth Ellison and Dana Whitfield',
    ],
    [
      '"More from the report:" introduces a quotation',
      'Samples differ - More from the report: “Online panels skew young and urban.”',
      ':',
      'the report',
    ],
    [
      'a poll "shows" across words between noun and verb',
      'A Marist College poll out this week shows Ellison with a nine-point lead.',
      'shows',
      'A Marist College poll',
    ],
    [
      'a person "found that"',
      'She found that wages in the county grew faster than rents.',
      'found',
      'She',
    ],
    [
      'a stance noun owned by a name',
      'Whitfield’s opposition to the levy cost her the endorsement.',
      'opposition to',
      'Whitfield’s',
    ],
  ])('%s', (_shape, text, cue, source) => {
    const a = last(text).attributions.find((x) => x.cue.text === cue);
    expect(a?.source?.text).toBe(source);
    expect(a?.content).not.toBeNull();
  });

  it('"seemed" plus a complement is the reporter\'s perception, with no source', () => {
    const a = last('The mayor seemed rattled by the attacks at the final debate.').attributions[0];
    expect(a?.cue.text).toBe('seemed');
    expect(a?.source).toBeNull();
  });

  it('"reportedly" is a cue with no one named, and the sentence anonymous', () => {
    const s = last('The mayor reportedly told aides to cancel the parade.');
    expect(s.attributions[0]?.cue.text).toBe('reportedly');
    expect(s.attributions[0]?.source).toBeNull();
    expect(s.kind).toBe('anonymous');
  });

  it.each([
    'The opposition to the levy grew over the summer.',
    'The team found its rhythm in the second half.',
    'The plan had three parts: “a wall, a tax and a fee.”',
    'Ellison Bridge Reopens After Two Years Of Repairs',
    'Whitfield leads in polls across the state.',
  ])('no attribution: %s', (text) => {
    expect(last(text).attributions).toEqual([]);
  });
});

describe('a quote paragraph after a paragraph naming the speaker', () => {
  it('carries the speaker over to a quote paragraph that has no cue of its own', () => {
    const text =
      'Ellison wrote on Facebook on Monday morning.\n\n“The bridge will reopen in May. Nobody will pay a toll.”';
    const sentences = analyseText(text);
    expect(sentences).toHaveLength(3);
    for (const s of sentences.slice(1))
      expect(s.attributions[0]?.source?.text, s.text).toBe('Ellison');
  });
});
