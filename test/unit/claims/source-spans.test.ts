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
