import { describe, expect, it } from 'vitest';
import { expectAttribution, last, type Row } from './attribution-rows.ts';

describe('an inverted source ends before the when and the how of the statement', () => {
  it.each<Row>([
    ['“We won,” said Ted Cruz on Monday.', 'said', 'Ted Cruz', null],
    ['“We won,” said Sen. Ted Cruz Jr. on Monday.', 'said', 'Sen. Ted Cruz Jr.', null],
    ['“We won,” said Ted Cruz in a statement.', 'said', 'Ted Cruz', null],
    [
      '“It is over,” said Mayor Dana Whitfield at a rally in Ohio.',
      'said',
      'Mayor Dana Whitfield',
      null,
    ],
    ['“It is over,” said Dana Whitfield late Tuesday.', 'said', 'Dana Whitfield', null],
    ['“It is over,” said Dana Whitfield on Sept. 3.', 'said', 'Dana Whitfield', null],
  ])('%s', (...row) => expectAttribution(row));

  // The prepositions of a name stay: only a day, date or occasion after them ends the phrase.
  it.each<Row>([
    [
      '“We won,” said a spokesman for the Department of Justice in Washington.',
      'said',
      'a spokesman for the Department of Justice in Washington',
      null,
    ],
    [
      '“We won,” said the head of the Bank of England.',
      'said',
      'the head of the Bank of England',
      null,
    ],
    ['“We won,” said Lord Smith of Finsbury.', 'said', 'Lord Smith of Finsbury', null],
  ])('%s', (...row) => expectAttribution(row));
});

describe('a full stop ends the sentence, not an abbreviation, at the sentence end', () => {
  it.each<Row>([
    [
      'Crime fell, according to data from the FBI.',
      'according to',
      'data from the FBI',
      'Crime fell',
    ],
    ['The talks stalled, according to the AP.', 'according to', 'the AP', 'The talks stalled'],
    ['The plan is dead, said Gov. Jerry Brown.', 'said', 'Gov. Jerry Brown', null],
  ])('%s', (...row) => expectAttribution(row));
});

describe('a graded adjective and a modifier after the head stay inside the source', () => {
  it.each<Row>([
    [
      'Crime fell by 3 percent last year, according to the most recent data available from the FBI.',
      'according to',
      'the most recent data available from the FBI',
      'Crime fell by 3 percent last year',
    ],
    [
      'Turnout rose, according to a more detailed report from the county clerk.',
      'according to',
      'a more detailed report from the county clerk',
      'Turnout rose',
    ],
  ])('%s', (...row) => expectAttribution(row));

  it('a document is the type of data and reports, whatever modifies them', () => {
    const a = last(
      'Crime fell by 3 percent last year, according to the most recent data available from the FBI.',
    ).attributions[0];
    expect(a?.source?.type).toBe('document');
    expect(a?.source?.named).toBe(true);
  });
});

describe('a person described by age stands for the person named before', () => {
  const text =
    'Maria Lopez has run the bakery in Queens for twenty years. ' +
    '“We are not going anywhere,” said the 46-year-old.';

  it('names the speaker', () => {
    const s = last(text);
    expect(s.kind).toBe('sourced');
    const source = s.attributions[0]?.source;
    expect(source?.text).toBe('the 46-year-old');
    expect(source?.type).toBe('person');
    expect(source?.resolved).toBe('Maria Lopez');
  });

  it('with nobody named before, the description stays unnamed', () => {
    const s = last('“We are not going anywhere,” said the 46-year-old.');
    expect(s.attributions[0]?.source?.text).toBe('the 46-year-old');
    expect(s.attributions[0]?.source?.resolved).toBeNull();
  });
});

describe('a city, county or town speaks as a government', () => {
  it.each<Row>([
    [
      'The city of Phoenix is demanding that the campaign stop using the image of its officers.',
      'is demanding',
      'The city of Phoenix',
      'that the campaign stop using the image of its officers',
    ],
    [
      'The county said the ballots would be recounted by hand.',
      'said',
      'The county',
      'the ballots would be recounted by hand',
    ],
  ])('%s', (...row) => {
    expectAttribution(row);
    const a = last(row[0]).attributions.find((x) => x.cue.text === row[1]);
    expect(a?.source?.type).toBe('government');
  });
});

describe('a headline credited after a colon', () => {
  it.each<Row>([
    [
      'Russia pulls back some troops from the border: Defense Ministry',
      ':',
      'Defense Ministry',
      'Russia pulls back some troops from the border',
    ],
    [
      'Economy grew 3 percent in the quarter: Commerce Department',
      ':',
      'Commerce Department',
      'Economy grew 3 percent in the quarter',
    ],
    [
      'Ceasefire talks to resume next week: officials',
      ':',
      'officials',
      'Ceasefire talks to resume next week',
    ],
  ])('%s', (...row) => expectAttribution(row));

  it.each([
    'Putin says ready for talks: Live Updates',
    'The score at halftime: Lakers 50, Celtics 48',
    'Here is the list of winners: Smith, Jones',
    'The plan was simple: Smith would drive.',
    'One word: Chaos',
  ])('no credit: %s', (text) => {
    expect(last(text).attributions.filter((a) => a.cue.text === ':')).toEqual([]);
  });
});

describe('"the statement" stands for whoever issued one', () => {
  it('a body credited before', () => {
    const s = last(
      'Troops will stay in the region: State Department\n\n' +
        '“We remain committed to the diplomatic path,” Blinken told Lavrov, according to the statement.',
    );
    const a = s.attributions.find((x) => x.cue.text === 'according to');
    expect(a?.source?.text).toBe('the statement');
    expect(a?.source?.resolved).toBe('State Department');
  });

  it('a person who said something in a statement', () => {
    const s = last(
      'Senator Jane Doe said in a written statement that the bill was flawed. ' +
        'The statement said the vote should wait.',
    );
    expect(s.attributions[0]?.source?.resolved).toBe('Senator Jane Doe');
  });

  it('with no issuer before, it stays as written', () => {
    const s = last('The statement said the vote should wait.');
    expect(s.attributions[0]?.source?.text).toBe('The statement');
    expect(s.attributions[0]?.source?.resolved).toBeNull();
  });

  it('a poll is no issuer of statements', () => {
    const s = last(
      'A new poll from Gallup shows the race tightening. The statement said the vote should wait.',
    );
    expect(s.attributions[0]?.source?.resolved).not.toBe('A new poll from Gallup');
  });
});
