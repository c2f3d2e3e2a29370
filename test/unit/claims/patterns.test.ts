import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/claims/index.ts';
import type { ClaimKind } from '../../../src/model/claim.ts';

/** The attribution of the last sentence of `text` whose cue reads `cue`. */
function find(text: string, cue: string) {
  const sentences = analyseText(text);
  const s = sentences[sentences.length - 1]!;
  return { s, a: s.attributions.find((x) => x.cue.text === cue) };
}

describe('attribution shapes', () => {
  it.each<[shape: string, text: string, cue: string, source: string | null]>([
    [
      'participle after a comma speaks for the subject',
      'Merkel rejected the offer, telling reporters that it came too late.',
      'telling',
      'Merkel',
    ],
    [
      'participle after an introductory phrase',
      'Speaking in Dayton on Monday, the governor attacked the plan, calling it a tax on farmers.',
      'calling',
      'the governor',
    ],
    [
      'participle right after an object',
      'The mayor emailed residents saying the water was safe.',
      'saying',
      'The mayor',
    ],
    [
      'apposition with a place holding its own comma',
      'Dana Whitfield, a 44-year-old nurse from Dayton, Ohio, said she would vote early.',
      'said',
      'Dana Whitfield, a 44-year-old nurse from Dayton, Ohio,',
    ],
    [
      'aside between subject and verb',
      'Mayor Ruth Ellison, in a statement on Friday, said the bridge would reopen.',
      'said',
      'Mayor Ruth Ellison',
    ],
    [
      'time word after the cue is no inverted source',
      'The senator, in Denver, said Tuesday that the talks had stalled.',
      'said',
      'The senator',
    ],
    [
      'words after the cue that go on as a clause are no inverted source',
      'Lena Ortiz, a teacher from Fresno, says Cruz will win the county.',
      'says',
      'Lena Ortiz, a teacher from Fresno,',
    ],
    [
      'passive with its agent',
      'The leak was first reported by the Financial Times.',
      'was first reported by',
      'the Financial Times',
    ],
    [
      'manner adverb before the verb',
      'The minister had flatly denied the report.',
      'denied',
      'The minister',
    ],
    [
      'an opening "Asked …," is answered by the subject after the comma',
      'Asked whether she would run again, Ellison said she had not decided.',
      'Asked',
      'Ellison',
    ],
    [
      'an opening poll names its source',
      'In a Gallup survey released Thursday, 41 percent of adults approved of the deal.',
      'In',
      'a Gallup survey',
    ],
    ['"went on to say"', 'She went on to say that the deal was dead.', 'went on to say', 'She'],
    [
      'a stance held by a named person',
      'Governor Ellison wants lawmakers to pass the bill this year.',
      'wants',
      'Governor Ellison',
    ],
    [
      'talk with its particle',
      'Ellison talked about the budget for an hour.',
      'talked about',
      'Ellison',
    ],
    [
      'a light verb with a noun of speech',
      'The minister took a swipe at his rivals on Monday.',
      'took',
      'The minister',
    ],
    [
      'a poll separated from its verb by a participle, which belongs to the source',
      'New polls released Sunday showed the mayor trailing by six points.',
      'showed',
      'New polls released Sunday',
    ],
    [
      '"and called" shares the subject of the clause before',
      'Ortiz took the stage in Dayton and called the budget a disgrace.',
      'called',
      'Ortiz',
    ],
    [
      'raising verb: a view with nobody named',
      'The governor seemed to soften his stance.',
      'seemed',
      null,
    ],
    [
      'raising passive: a view with nobody named',
      'Turnout is widely expected to break records.',
      'is widely expected',
      null,
    ],
  ])('%s', (_shape, text, cue, source) => {
    const { a } = find(text, cue);
    expect(a?.cue.text).toBe(cue);
    expect(a?.source?.text ?? null).toBe(source);
  });

  it.each([
    'He spoke on Tuesday during a news conference.',
    'The overtures from Russia offered hope that a war could be avoided.',
    'Ortiz has a wide lead in the polls ahead of the primary.',
  ])('no attribution in %s', (text) => {
    expect(find(text, '').s.attributions).toEqual([]);
  });

  it('a relative pronoun is the source, shown as the name it stands for', () => {
    const { a } = find('The plan was drafted by Lena Ortiz, who said it would save money.', 'said');
    expect(a?.source?.text).toBe('who');
    expect(a?.source?.resolved).toBe('Lena Ortiz');
    expect(a?.source?.named).toBe(true);
  });
});

describe('content split by the attribution', () => {
  it('"A, X said, B" gives both parts as content', () => {
    const s = analyseText('The decision, the agency said, was final and binding.')[0]!;
    expect(s.attributions.map((a) => a.content?.text)).toEqual([
      'The decision',
      'was final and binding',
    ]);
    expect(new Set(s.attributions.map((a) => a.source?.text))).toEqual(new Set(['the agency']));
  });

  it('a quote after "said," is the content, not the question before it', () => {
    const s = analyseText('Asked about the vote, Ortiz said, “We will win it.”')[0]!;
    const said = s.attributions.find((a) => a.cue.text === 'said');
    expect(said?.content?.text).toBe('“We will win it.”');
  });
});

describe('kinds with the new shapes', () => {
  it.each<[string, ClaimKind]>([
    // A view nobody is named for stays an unattributed claim.
    ['The governor seemed to soften his stance on the tax.', 'unattributed'],
    ['Turnout is widely expected to break records.', 'unattributed'],
    ['In a Gallup survey released Thursday, 41 percent of adults approved of the deal.', 'sourced'],
    ['Asked whether she would run again, Ellison said she had not decided.', 'sourced'],
    // A common noun is not a name because it opens the sentence.
    ['Officials familiar with the talks said no deal was near.', 'anonymous'],
    ['Critics argue the law goes too far.', 'anonymous'],
  ])('%s → %s', (text, kind) => {
    expect(analyseText(text)[0]!.kind).toBe(kind);
  });
});

describe('quotation marks typed in several ways', () => {
  it.each([
    [
      'straight quotes closing a quote that opened in an earlier sentence',
      '"The vote is over. We are done," Ellison said.',
    ],
    ['doubled single quotes', "''The vote is over. We are done,'' Ellison said."],
    [
      'a nested quote closed together with the outer one',
      "''They keep saying 'trust us,''' Ellison said.",
    ],
  ])('%s', (_name, text) => {
    const sentences = analyseText(text);
    const last = sentences[sentences.length - 1]!;
    expect(last.attributions[0]?.cue.text).toBe('said');
    expect(last.attributions[0]?.source?.text).toBe('Ellison');
    for (const s of sentences) expect(s.kind).toBe('sourced');
  });
});

describe('speakers carried over several sentences', () => {
  it('a quote in doubled single quotes goes on after the sentence naming its speaker', () => {
    const text =
      "''It is a patch,'' said Alan Ruiz, an economist. ''I would not call it reform. Nobody would.''";
    for (const s of analyseText(text)) {
      expect(s.attributions[0]?.source?.text).toBe('Alan Ruiz, an economist');
      expect(s.attributions[0]?.source?.resolved).toBe('Alan Ruiz');
    }
  });

  it('each transcript label owns its own lines, even inside an open quotation', () => {
    const text =
      '"HOST: Let us start with the news. The camp invited a guest.\n"GUEST: Well, look, it is a show. Nobody denies it.';
    const speakers = analyseText(text).map((s) => s.attributions[0]?.source?.text);
    expect(speakers).toEqual(['HOST', 'HOST', 'GUEST', 'GUEST']);
  });
});

describe('views inside reported speech', () => {
  it('"X says she wants …" is one attribution, the view being part of what X says', () => {
    const s = analyseText('Ellison says she wants to expand the program to every county.')[0]!;
    expect(s.attributions.map((a) => a.cue.text)).toEqual(['says']);
  });
});
