import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/claims/index.ts';
import type { ClaimKind } from '../../../src/model/claim.ts';

const one = (text: string) => analyseText(text)[0]!;

describe('claim kinds', () => {
  it.each<[string, ClaimKind, string]>([
    ['Russia massed more than 130,000 troops near Ukraine.', 'unattributed', 'number'],
    ['The bridge collapsed after the storm.', 'unattributed', 'event'],
    ['The talks will resume next week.', 'unattributed', 'prediction'],
    ['Prices rose because the harvest failed.', 'unattributed', 'cause'],
    ['The talks will resume next week, officials said.', 'anonymous', 'anonymous-source'],
    [
      'The army is understood to have pulled back, a source familiar with the plans said.',
      'anonymous',
      'anonymous-source',
    ],
    ['The minister has reportedly resigned.', 'anonymous', 'anonymous-source'],
    ['It is understood that the deal collapsed.', 'anonymous', 'anonymous-source'],
    ['Putin said the talks would go on.', 'sourced', 'named-source'],
    ['Will Russia invade Ukraine this winter?', 'none', 'question'],
    ['By Anna Kovalenko and Mark Bennett', 'none', 'byline'],
    ['Read more: the full story of the talks', 'none', 'boilerplate'],
    ['Your email address will not be published.', 'none', 'boilerplate'],
    ['But concerns remain.', 'none', 'fragment'],
    ['World Opinions + Agencies', 'none', 'fragment'],
    ['Latest Headlines From Europe And The World Today', 'none', 'heading'],
    ['Copyright 2022 The Associated Press. All rights reserved.', 'none', 'byline'],
    ['Votre adresse e-mail ne sera pas publiée.', 'none', 'boilerplate'],
    [
      'La polizia ha arrestato tre persone della banda che non sono state identificate.',
      'none',
      'other-language',
    ],
  ])('%s → %s (%s)', (text, kind, reason) => {
    const s = one(text);
    expect(s.kind).toBe(kind);
    expect(s.reasons).toContain(reason);
  });

  it('a sentence in a language with no lexicon keeps no English cue, nor its reasons', () => {
    const s = one('Il ministro ha detto che la polizia ha arrestato tre persone a Milano.');
    expect(s.kind).toBe('none');
    expect(s.attributions).toEqual([]);
    expect(s.reasons).toEqual(['other-language']);
  });

  it('a French sentence is read as French, not as English with no cue', () => {
    const s = one(
      'Lampedusa : plus de 1 600 migrants débarquent sur l’île italienne en à peine deux jours',
    );
    expect(s.kind).toBe('unattributed');
    expect(s.reasons).toContain('lang:fr');
  });

  it.each([
    ['new signs that may suggest an invasion is not imminent', 'may suggest'],
    ['The move could de-escalate friction between Moscow and the West.', 'could de-escalate'],
    ['The hackers are believed to be linked to the state.', 'are believed to'],
    ['The ruling will probably be appealed.', 'probably'],
  ])('hedged: %s', (text, cue) => {
    const s = one(text);
    expect(s.hedged).toBe(true);
    expect(s.reasons).toContain('hedge');
    expect(s.hedges.map((h) => h.text)).toContain(cue);
  });

  it.each(['Russia gave no details on how many troops left.', 'The ministry could not say when.'])(
    'not hedged: %s',
    (text) => {
      expect(one(text).hedged).toBe(false);
    },
  );

  it('gives every sentence of a language with no lexicon no claim, and keeps its text intact', () => {
    const text = 'L’isola di Lampedusa affronta di nuovo un afflusso di migranti.';
    const s = analyseText(text, { lang: 'it' })[0]!;
    expect(s.kind).toBe('none');
    expect(s.text).toBe(text);
  });

  it('returns nothing for empty text', () => {
    expect(analyseText('')).toEqual([]);
    expect(analyseText('\n\n  \n')).toEqual([]);
  });
});

describe('a run-on "sentence" past the length cap', () => {
  it('is left unanalysed as none, with its reason', () => {
    const text = `${'Officials said the talks would go on and '.repeat(80)}ended.`;
    const [only] = analyseText(text);
    expect(only?.kind).toBe('none');
    expect(only?.reasons).toContain('too-long');
    expect(only?.attributions).toEqual([]);
  });
});
