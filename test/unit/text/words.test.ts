import { describe, expect, it } from 'vitest';
import { tokenize as claimTokens } from '../../../src/claims/02-tokens.ts';
import { tokenize as crossrefTokens } from '../../../src/crossref/tokenize.ts';
import { textTokens } from '../../../src/text/words.ts';
import { wordDiff } from '../../../src/ui/word-diff.ts';

const split = (s: string) => textTokens(s).map((t) => t.text);

describe('textTokens: the one splitting rule', () => {
  const table: [string, string[]][] = [
    // Acronyms keep their dots, the last one included.
    ['the U.S. said', ['the', 'U.S.', 'said']],
    ['U.S.-led talks', ['U.S.', '-', 'led', 'talks']],
    // Contractions and elided articles are one word, whichever apostrophe was typed.
    ["don't go", ["don't", 'go']],
    ['don’t go', ['don’t', 'go']],
    ['l’eau', ['l’eau']],
    ["d'après lui", ["d'après", 'lui']],
    ['don´t', ['don´t']],
    // Numbers keep their inner separators, in any language's convention.
    ['3,5 Prozent', ['3,5', 'Prozent']],
    ['12.000 Menschen', ['12.000', 'Menschen']],
    ['2.7 millones', ['2.7', 'millones']],
    ['130,000 troops.', ['130,000', 'troops', '.']],
    // Hyphens join, the non-breaking one too; a dash between spaces is a token.
    ['Covid-19', ['Covid-19']],
    ['Covid\u201119', ['Covid\u201119']],
    ['war — again', ['war', '—', 'again']],
    ['war—again', ['war', '—', 'again']],
    // A possessive is its own token, after a name that has an apostrophe of its own.
    ["O'Neill's plan", ["O'Neill", "'s", 'plan']],
    ['Russia’s demands', ['Russia', '’s', 'demands']],
    ["it's", ['it', "'s"]],
    ['AT&T', ['AT&T']],
    // A word's dot before a number is an abbreviation's.
    ['No. 10 Downing', ['No.', '10', 'Downing']],
    ['in 2020. 5 more', ['in', '2020', '.', '5', 'more']],
    // Quotes are tokens; "''" typed for a double quote is one.
    ["''Yes,'' he said", ["''", 'Yes', ',', "''", 'he', 'said']],
    ['“peaceful”', ['“', 'peaceful', '”']],
    // A URL is its words and marks: no word spans a slash or a colon.
    ['see https://apnews.com/x-1', ['see', 'https', ':', '/', '/', 'apnews.com', '/', 'x-1']],
    // An emoji is one token per code point, never part of a word.
    ['great👍news', ['great', '👍', 'news']],
    // Accents typed apart (combining marks) stay in the word.
    ['Mu\u0308ller', ['Mu\u0308ller']],
    ['Zürich, Málaga', ['Zürich', ',', 'Málaga']],
  ];
  for (const [text, tokens] of table) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(tokens)}`, () =>
      expect(split(text)).toEqual(tokens));
  }

  it('keeps offsets into the text, and every non-space character in a token', () => {
    const text = ' “U.S.” troops’ 12.000 l’eau 👍 ';
    const tokens = textTokens(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text).join('')).toBe(text.replace(/\s/g, ''));
  });

  it('sees only the slice it is given', () => {
    // Without the following number, "No." is a word and an end mark.
    expect(textTokens('See No. 5', 0, 7).map((t) => t.text)).toEqual(['See', 'No', '.']);
    expect(textTokens('xx U.S. yy', 3, 7)).toEqual([{ text: 'U.S.', start: 3, end: 7 }]);
  });
});

describe('the three views of the rule agree on words', () => {
  const sentence = "O'Neill's U.S. firm said 12.000 l’eau Covid-19 AT&T don't";
  it('claims: every token, with offsets', () => {
    expect(claimTokens(sentence, 0, sentence.length).map((t) => t.text)).toEqual(split(sentence));
  });

  it('crossref: words as terms, possessives and final acronym dots left out', () => {
    const words = crossrefTokens(sentence).map((t) => sentence.slice(t.start, t.end));
    expect(words).toEqual([
      "O'Neill",
      'U.S',
      'firm',
      'said',
      '12.000',
      'l’eau',
      'Covid',
      '19',
      'AT&T',
      'do',
      "n't",
    ]);
  });

  it('word diff: a dropped possessive is its own change, not a changed name', () => {
    // Equal parts carry their sentence's text; the deleted one ours.
    const parts = wordDiff("O'Neill's U.S. firm", "O'Neill U.S. firm");
    expect(parts.map((p) => [p.op, p.text])).toEqual([
      ['equal', "O'Neill "],
      ['delete', "'s "],
      ['equal', 'U.S. firm'],
    ]);
  });
});
