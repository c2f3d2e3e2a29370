import { describe, expect, it } from 'vitest';
import { expectAttribution, last, type Row } from './attribution-rows.ts';

describe('an opening "To X," frames the sentence as X\'s view', () => {
  it.each<Row>([
    [
      'To Ramirez, the vote was a betrayal of the town.',
      'To',
      'Ramirez',
      'the vote was a betrayal of the town',
    ],
    [
      'To Sexton, who has studied the rallies for years, Tuesday marked a turning point.',
      'To',
      'Sexton',
      'Tuesday marked a turning point',
    ],
    [
      'To many, the mayor is a reformer who never gave up.',
      'To',
      'many',
      'the mayor is a reformer who never gave up',
    ],
    [
      'To Mayor Dana Whitfield, the bridge is a relic.',
      'To',
      'Mayor Dana Whitfield',
      'the bridge is a relic',
    ],
  ])('%s', (...row) => expectAttribution(row));

  it.each([
    'To win the county, Ruiz needs the suburbs.',
    'To Paris, the delegation flew on Monday.',
    'To the extent possible, the roads will stay open.',
    'The letter went to Ramirez, who read it twice.',
    'To date, nobody has claimed the prize.',
  ])('no viewpoint: %s', (text) => {
    expect(last(text).attributions.filter((a) => a.cue.text === 'To')).toEqual([]);
  });
});

describe('a verb outside the lexicon handing over to a quotation', () => {
  it.each<Row>([
    [
      'Kasich resisted: “Governors do not have the power to suspend the law.”',
      'resisted',
      'Kasich',
      null,
    ],
    [
      'And Mr. Christie gloated: “I told you he would not be ready.”',
      'gloated',
      'Mr. Christie',
      null,
    ],
    ['Reyes cracked, “We have won uglier games than this one.”', 'cracked', 'Reyes', null],
  ])('%s', (...row) => expectAttribution(row));

  it.each([
    ['The committee is called, “Friends of the River Park.”', 'called'],
    ['He cracked, “wow.”', 'cracked'],
    ['The old ice cracked, “a sharp sound like a gunshot.”', 'cracked'],
    ['The mountains glowed, “bright as fire,” in the dusk.', 'glowed'],
    ['Traffic slowed: “a crawl,” one driver called it.', 'slowed'],
  ])('no cue: %s', (text, verb) => {
    expect(last(text).attributions.filter((a) => a.cue.text.includes(verb))).toEqual([]);
  });
});

describe('stances toward people and negated forms of "be"', () => {
  it.each<Row>([
    ['The two senators strongly supported him.', 'supported', 'The two senators', 'him'],
    ['The farmers aren’t sure that the rain will come.', 'aren’t sure', 'The farmers', null],
    [
      'The mayor wasn’t optimistic about the budget.',
      'wasn’t optimistic about',
      'The mayor',
      'the budget',
    ],
    ['Many teachers are leery of the new testing rules.', 'are leery of', 'Many teachers', null],
    ['The governor is open to a compromise on the budget.', 'is open to', 'The governor', null],
    [
      'Residents are unsure whether the plant will reopen.',
      'are unsure whether',
      'Residents',
      'the plant will reopen',
    ],
    ['The board isn’t expected to vote until June.', 'isn’t expected', null, 'to vote until June'],
  ])('%s', (...row) => expectAttribution(row));

  it.each([
    ['The commission supported it.', 'supported'],
    ['The park was open to the public on Sunday.', 'open'],
    ['The bridge isn’t open to trucks.', 'open'],
    ['The soil wasn’t sure to hold.', 'sure'],
  ])('no cue: %s', (text, word) => {
    expect(last(text).attributions.filter((a) => a.cue.text.includes(word))).toEqual([]);
  });
});

describe('subjects found across time words and shares of a group', () => {
  it.each<Row>([
    [
      'Employers now seek workers with college degrees.',
      'seek',
      'Employers',
      'workers with college degrees',
    ],
    ['Some of them said the race was over.', 'said', 'Some of them', 'the race was over'],
    ['Two of us believe that the count is wrong.', 'believe', 'Two of us', null],
    ['Sanders last week said the race was over.', 'said', 'Sanders', 'the race was over'],
    [
      'The mayor on Friday described the plan as reckless.',
      'described',
      'The mayor',
      'the plan as reckless',
    ],
    ['Ortiz on Tuesday morning said she would vote no.', 'said', 'Ortiz', 'she would vote no'],
  ])('%s', (...row) => expectAttribution(row));

  it('a participle keeps its time: the subject is not cut at "filed"', () => {
    const a = last('Court papers filed on Monday revealed new donors.').attributions[0];
    expect(a?.cue.text).toBe('revealed');
    expect(a?.source?.text).not.toBe('Court papers filed');
  });

  it('"some of them" after the verb is its object, not a source', () => {
    const a = last('He told some of them the race was over.').attributions[0];
    expect(a?.source?.text).toBe('He');
  });
});

describe('verbs of sparring and balking with their particle', () => {
  it.each<Row>([
    [
      'The two candidates sparred over taxes on Tuesday.',
      'sparred over',
      'The two candidates',
      null,
    ],
    [
      'Republican leaders balked at the price of the plan.',
      'balked at',
      'Republican leaders',
      null,
    ],
  ])('%s', (...row) => expectAttribution(row));

  it.each(['The horse balked and threw its rider.', 'The boxers sparred for three rounds.'])(
    'no cue without the particle: %s',
    (text) => {
      expect(last(text).attributions).toEqual([]);
    },
  );
});

describe('a name set off by commas speaks when the subject phrase cannot be parsed', () => {
  it.each<Row>([
    [
      'But in an interview, the union’s president, Mary Kay Henry, expressed concern about the deal.',
      'expressed',
      'Mary Kay Henry',
      null,
    ],
    ['Okafor, through a spokeswoman, declined to comment.', 'declined', 'Okafor', null],
    [
      'Speaking in Dayton, Alvarez, without naming him, accused the mayor of lying.',
      'accused',
      'Alvarez',
      null,
    ],
    [
      'The state’s longest-serving lawmaker, Sen. Ruth Okafor, also decries the new maps.',
      'decries',
      'Sen. Ruth Okafor',
      null,
    ],
  ])('%s', (...row) => expectAttribution(row));

  it.each([
    'On Social Security, both oppose the new formula.',
    'If you live in Ohio or Washington, D.C., feel free to vote early.',
    'In Iowa, Texas, Ohio, voted early.',
  ])('no name segment as speaker: %s', (text) => {
    const sources = last(text).attributions.map((a) => a.source?.text ?? null);
    expect(sources.filter((s) => s && /Social|D\.C\.|Iowa|Texas|Ohio/.test(s))).toEqual([]);
  });
});

describe('datelines and long titles around the speaker', () => {
  it.each<Row>([
    [
      'ORLANDO, Fla. (Reuters) - Governor Ana Ruiz met the families on Thursday and said the state must act.',
      'said',
      'Governor Ana Ruiz',
      'the state must act',
    ],
    [
      'DENVER (AP) — After the vote, the mayor’s top aide rallied staff, saying the count was fair.',
      'saying',
      'the mayor’s top aide',
      null,
    ],
    [
      '“The new rules will not fix this,” Ana Ruiz, assistant secretary for housing, transit, and parks, said.',
      'said',
      'Ana Ruiz, assistant secretary for housing, transit, and parks,',
      null,
    ],
    ['Okafor however said she would welcome the talks.', 'said', 'Okafor', null],
  ])('%s', (...row) => expectAttribution(row));

  it('a compound with a place is no dateline', () => {
    const a = last(
      'Raleigh, N.C.-based Salix and the Italian firm Cosmo ended the merger, citing the political climate.',
    ).attributions[0];
    expect(a?.cue.text).toBe('citing');
    expect(a?.source?.text).toMatch(/^Raleigh/);
  });
});
