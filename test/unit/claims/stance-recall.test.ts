import { describe, expect, it } from 'vitest';
import { expectAttribution, last, type Row } from './attribution-rows.ts';
import type { ClaimKind } from '../../../src/model/claim.ts';

describe('stance adjectives after "be" or a linking verb', () => {
  it.each<Row>([
    [
      'Critics have been sharply critical of the plan to close the clinic.',
      'have been sharply critical of',
      'Critics',
      'the plan to close the clinic',
    ],
    [
      'The mayor remains skeptical that the bridge can be rebuilt by May.',
      'remains skeptical',
      'The mayor',
      'that the bridge can be rebuilt by May',
    ],
    [
      'Farmers in the valley are deeply worried about the new water rules.',
      'are deeply worried about',
      'Farmers in the valley',
      'the new water rules',
    ],
    ['The union is confident that the strike will end soon.', 'is confident', 'The union', null],
    ['Whitfield was eager to debate the governor.', 'was eager to', 'Whitfield', null],
  ])('%s', (...row) => expectAttribution(row));

  it.each([
    'The roads were critical to the rescue effort.',
    'The soil is aware of nothing.',
    'It was open to the public on Sunday.',
    'The water was sure to rise after the storm.',
    'It is certain that the river will flood.',
  ])('no stance attribution: %s', (text) => {
    const s = last(text);
    expect(
      s.attributions.filter((a) => /critical|aware|open|sure|certain/.test(a.cue.text)),
    ).toEqual([]);
  });
});

describe('a view framed by a preposition: "in X\'s view"', () => {
  it.each<Row>([
    [
      "In the senator's view, the treaty is a mistake.",
      'view',
      "the senator's",
      'the treaty is a mistake',
    ],
    [
      'The levy is a tax on families, in Governor Ellison’s opinion.',
      'opinion',
      'Governor Ellison’s',
      'The levy is a tax on families',
    ],
    [
      'The election was stolen, in the eyes of many of his supporters.',
      'eyes',
      'many of his supporters',
      'The election was stolen',
    ],
  ])('%s', (...row) => expectAttribution(row));

  it('a possessive pronoun stands for the person named before', () => {
    const s = last('Mayor Ortiz said the council was late. In her view, the budget is a fraud.');
    const a = s.attributions[0];
    expect(a?.cue.text).toBe('view');
    expect(a?.source?.text).toBe('her');
    expect(a?.source?.resolved).toBe('Mayor Ortiz');
    expect(s.kind).toBe<ClaimKind>('sourced');
  });

  it('a parenthetical frame takes the clause on both sides', () => {
    const s = last('The budget, in his opinion, is a fraud.');
    expect(s.attributions.map((a) => a.content?.text)).toEqual(['The budget', 'is a fraud']);
  });

  it.each([
    'The hikers came in view of the summit at noon.',
    'He kept the goal in view all season.',
    'She has a line to his mind that nobody else has.',
  ])('no frame: %s', (text) => {
    expect(last(text).attributions).toEqual([]);
  });
});

describe('stance and judgement verbs with an agent', () => {
  it.each<Row>([
    ['Voters in the county support Whitfield.', 'support', 'Voters in the county', 'Whitfield'],
    ['The teachers union backed Whitfield.', 'backed', 'The teachers union', 'Whitfield'],
    ['He deems the deal a failure.', 'deems', 'He', 'the deal a failure'],
    [
      'The council assailed the proposal as reckless.',
      'assailed',
      'The council',
      'the proposal as reckless',
    ],
    [
      'Her chief aide, Tom Ruiz, calls the levy a blueprint for growth.',
      'calls',
      'Her chief aide, Tom Ruiz,',
      'the levy a blueprint for growth',
    ],
    ['She praised the crew and calls them heroes.', 'calls', 'She', 'them heroes'],
    ['The governor is seeking a third term.', 'is seeking', 'The governor', 'a third term'],
    ['He’s also praising the fire crews.', 'praising', 'He', 'the fire crews'],
    [
      'She has continued to portray the levy as a tax on families.',
      'has continued to portray',
      'She',
      'the levy as a tax on families',
    ],
    [
      'The senator later voiced support for the pipeline.',
      'voiced',
      'The senator',
      'support for the pipeline',
    ],
  ])('%s', (...row) => expectAttribution(row));

  it.each([
    'Families seeking asylum crossed the border at dawn.',
    'A super PAC backing the governor spent heavily in May.',
    'The economic stress is constant.',
    'Shares saw a rise.',
    'The bridge shows signs of wear.',
    'The report is understood to be ready.',
  ])('no stance attribution: %s', (text) => {
    expect(last(text).attributions.filter((a) => a.source !== null)).toEqual([]);
  });
});

describe('findings and long subjects', () => {
  it.each<Row>([
    [
      'Turnout records from 2012 show the county voted heavily for the incumbent.',
      'show',
      'Turnout records from 2012',
      'the county voted heavily for the incumbent',
    ],
    ['Polls show that the race is tied.', 'show', 'Polls', 'that the race is tied'],
    [
      'A lawyer familiar with the talks for the new contract says the deal is close.',
      'says',
      'A lawyer familiar with the talks for the new contract',
      'the deal is close',
    ],
    [
      'A news report published Wednesday said the mayor used a private phone.',
      'said',
      'A news report published Wednesday',
      'the mayor used a private phone',
    ],
  ])('%s', (...row) => expectAttribution(row));

  it('a verb with an object before the cue is no part of the subject', () => {
    const s = last('Mr. Ortiz revised his plans in May, saying the bridge would wait.');
    expect(s.attributions[0]?.source?.text).toBe('Mr. Ortiz');
  });

  it('"and" before the verb hands over the subject of the first clause', () => {
    const s = last('He added Trump said the wall would be built.');
    expect(s.attributions.map((a) => a.source?.text)).toEqual(['He', 'Trump']);
  });
});

describe('stances named by a noun phrase', () => {
  it.each<Row>([
    ['Senator Ruiz came out in support of the levy.', 'in support of', 'Senator Ruiz', 'the levy'],
    [
      'The mayor won strong backing from the teachers union.',
      'backing',
      'the teachers union',
      'The mayor',
    ],
    [
      'The plan drew sharp criticism from Democrats in the state senate.',
      'criticism',
      'Democrats in the state senate',
      'The plan',
    ],
    ['The governor launched a blistering attack on the council.', 'launched', 'The governor', null],
  ])('%s', (...row) => expectAttribution(row));

  it.each([
    'The bridge has support from steel cables.',
    'The roof was held in place by support beams.',
    'Donations came in support from many towns.',
  ])('no stance attribution: %s', (text) => {
    expect(last(text).attributions).toEqual([]);
  });
});

describe('verbs with their particle', () => {
  it.each<Row>([
    ['The auditor points out that the fund is short.', 'points out', 'The auditor', null],
    ['Whitfield talks about the mill closing in every speech.', 'talks about', 'Whitfield', null],
    [
      'Senator Ruiz voted against the pipeline bill.',
      'voted against',
      'Senator Ruiz',
      'the pipeline bill',
    ],
  ])('%s', (...row) => expectAttribution(row));

  it.each([
    'The compass points north.',
    'The county voted in May.',
    'The talks ended without a deal.',
  ])('no attribution: %s', (text) => {
    expect(last(text).attributions).toEqual([]);
  });
});

describe('any verb with a "that" clause and an agent subject', () => {
  it.each<Row>([
    [
      'Whitfield charges that the county hid the audit.',
      'charges',
      'Whitfield',
      'that the county hid the audit',
    ],
    [
      'She intimated that the vote would be delayed.',
      'intimated',
      'She',
      'that the vote would be delayed',
    ],
  ])('%s', (...row) => expectAttribution(row));

  it.each([
    'It means that the bridge stays closed.',
    'The rules require that every ballot be counted.',
    'Democratic officials that backed the plan lost their seats.',
    'Gun laws that passed in May take effect today.',
  ])('no attribution: %s', (text) => {
    expect(last(text).attributions).toEqual([]);
  });
});

describe('verbs of speech, judgement and deliberation from the wider lexicon', () => {
  it.each<Row>([
    ['The senator opined that the levy was doomed.', 'opined', 'The senator', null],
    ['Whitfield belittled the audit as a stunt.', 'belittled', 'Whitfield', null],
    ['The council is mulling a second vote on the bridge.', 'is mulling', 'The council', null],
    ['Ortiz repudiated the remarks of his former aide.', 'repudiated', 'Ortiz', null],
    ['The mayor knocked the council for the delay.', 'knocked', 'The mayor', null],
    ['As one aide put it, the campaign is over.', 'put it', 'one aide', 'the campaign is over'],
    ['Donors want a new nominee before the convention.', 'want', 'Donors', null],
    ['He has tried to explain that the plan would work.', 'has tried to explain', 'He', null],
  ])('%s', (...row) => expectAttribution(row));

  it.each([
    'The mill whispered and groaned in the wind.',
    'The storm pummeled the coast on Sunday.',
    'A blast ripped through the market.',
    'He put it on the table.',
    'A news report on the flood ran on Sunday.',
    'The insults flew across the room.',
  ])('no attribution: %s', (text) => {
    expect(last(text).attributions).toEqual([]);
  });
});

describe('who speaks in an -ing clause with no subject of its own', () => {
  it.each<Row>([
    [
      'When he returned he began by saying the jail term was unfair.',
      'saying',
      'he',
      'the jail term was unfair',
    ],
    [
      'After saying he was nervous, the man asked about the mill.',
      'saying',
      'the man',
      'he was nervous',
    ],
  ])('%s', (...row) => expectAttribution(row));

  it('an -ing clause after an object names nobody', () => {
    const a = last('Obama punctuated his list by saying “Too many.”').attributions[0];
    expect(a?.source?.text ?? null).not.toBe('his list');
  });
});
