import { describe, expect, it } from 'vitest';
import { expectAttribution, last, type Row } from './attribution-rows.ts';

// A source ends where the speaker's name or description ends: the reader sees who is talking
// ("Rosa Imbert, the county's water manager"), while the name alone is what the source is
// shown and remembered as (`resolved`).
describe('a source runs on over the description of its speaker', () => {
  it.each<Row>([
    // A party-and-state tag in brackets belongs to the name.
    [
      'Rep. Dana Okafor (D-Ore.) said the vote would wait.',
      'said',
      'Rep. Dana Okafor (D-Ore.)',
      null,
    ],
    [
      '“It is a stunt,” Sen. Carl Ibsen (R) said on Friday.',
      'said',
      'Sen. Carl Ibsen (R)',
      '“It is a stunt,”',
    ],
    // An appositive between the name and its verb, closing comma included.
    [
      'Rosa Imbert, the county’s water manager, said the reservoir was half full.',
      'said',
      'Rosa Imbert, the county’s water manager,',
      'the reservoir was half full',
    ],
    [
      'Tom Varga, 61, who has farmed the valley since 1990, told reporters the rain came too late.',
      'told',
      'Tom Varga, 61, who has farmed the valley since 1990,',
      null,
    ],
    [
      'A second analyst, Mina Cho, called the forecast optimistic.',
      'called',
      'A second analyst, Mina Cho,',
      null,
    ],
    // After an inverted verb the description runs to the end of the sentence.
    [
      '“The numbers do not add up,” said Paul Reyes, an economist at the Budget Institute.',
      'said',
      'Paul Reyes, an economist at the Budget Institute',
      null,
    ],
    [
      '“We will rebuild,” said the Rev. Ada Moss, of Grace Baptist Church.',
      'said',
      'the Rev. Ada Moss, of Grace Baptist Church',
      null,
    ],
    [
      '“Nobody saw it coming,” said Gen. Lee Park, who led the review under President George W. Bush.',
      'said',
      'Gen. Lee Park, who led the review under President George W. Bush',
      null,
    ],
  ])('%s', (...row) => expectAttribution(row));

  it('keeps the bare name as the name a reader is shown', () => {
    const a = last('Rosa Imbert, the county’s water manager, said the reservoir was half full.')
      .attributions[0];
    expect(a?.source?.resolved).toBe('Rosa Imbert');
  });
});

describe('the owner of a claim keeps its possessive', () => {
  it.each<Row>([
    [
      'The fact-checkers looked at Mayor Ruth Diaz’s claim that crime had halved.',
      'claim',
      'Mayor Ruth Diaz’s',
      'that crime had halved',
    ],
    [
      "Analysts doubted the ministry's assertion that the ceasefire held.",
      'assertion',
      "the ministry's",
      'that the ceasefire held',
    ],
  ])('%s', (...row) => expectAttribution(row));
});

describe('a document keeps who made it and when', () => {
  it.each<Row>([
    [
      'According to a memo by the budget office, the fund ran dry in May.',
      'According to',
      'a memo by the budget office',
      'the fund ran dry in May',
    ],
    [
      'Support for the levy fell to 41 percent, according to a survey released Tuesday.',
      'according to',
      'a survey released Tuesday',
      'Support for the levy fell to 41 percent',
    ],
    // Two names joined by a slash are one pollster.
    [
      'Ortiz leads by six points, according to a Star Tribune/KARE 11 poll.',
      'according to',
      'a Star Tribune/KARE 11 poll',
      'Ortiz leads by six points',
    ],
  ])('%s', (...row) => expectAttribution(row));
});

describe('what follows a source that is not its description stays out of it', () => {
  it.each<Row>([
    // When and how the statement was made.
    [
      'Mayor Lisa Brandt, in a statement on Friday, said the bridge would reopen.',
      'said',
      'Mayor Lisa Brandt',
      null,
    ],
    ['Kim Osei, speaking to reporters, said the talks were over.', 'said', 'Kim Osei', null],
    ['Ben Adler, however, said the plan was sound.', 'said', 'Ben Adler', null],
    // After "according to", what follows the comma is the content, not a description.
    [
      'According to exit polls, the governor had a ten-point lead among older voters.',
      'According to',
      'exit polls',
      null,
    ],
    // A relative clause that says something is a second attribution, not a description.
    [
      '“The plan is a fraud,” said Ray Dunn, who said there were “far too many holes” in it.',
      'said',
      'Ray Dunn',
      null,
    ],
    // A description cut off by a quoted title is not whole.
    [
      "''Nobody reads the fine print,'' said Lena Holt, the author of ''Small Letters.''",
      'said',
      'Lena Holt',
      null,
    ],
    // An aside in brackets is no tag of the name.
    [
      'The tax is a misguided approach, said Mr. Hale (a view shared by most experts).',
      'said',
      'Mr. Hale',
      null,
    ],
  ])('%s', (...row) => expectAttribution(row));
});
