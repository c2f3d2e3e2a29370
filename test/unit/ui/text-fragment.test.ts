import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, textFragmentUrl } from '../../../src/ui/text-fragment.ts';

describe('encodeFragmentTerm', () => {
  it.each([
    ['de-escalate', 'de%2Descalate'],
    ['Smith & Jones', 'Smith%20%26%20Jones'],
    ['Moscow, Russia', 'Moscow%2C%20Russia'],
    ['“ready to work”', '%E2%80%9Cready%20to%20work%E2%80%9D'],
    ['50% off', '50%25%20off'],
    // Lone surrogates (high, low, high at the end) become U+FFFD instead of throwing.
    ['a\uD83Db', 'a%EF%BF%BDb'],
    ['a\uDE00b', 'a%EF%BF%BDb'],
    ['end\uD83D', 'end%EF%BF%BD'],
    // A well-formed pair stays one character.
    ['smile \uD83D\uDE00', 'smile%20%F0%9F%98%80'],
  ])('%s → %s', (input, expected) => {
    expect(encodeFragmentTerm(input)).toBe(expected);
  });
});

describe('textFragmentUrl', () => {
  it('selects a short sentence whole, without its final full stop', () => {
    expect(textFragmentUrl('https://apnews.com/a', 'Putin met Scholz in Moscow.')).toBe(
      'https://apnews.com/a#:~:text=Putin%20met%20Scholz%20in%20Moscow',
    );
  });

  it('uses start,end for a long sentence and encodes the syntax characters', () => {
    const url = textFragmentUrl(
      'https://example.com/story?id=1#comments',
      'But he emphasized the need for the West to heed Russia’s main demands, and de-escalate.',
    );
    expect(url).toBe(
      'https://example.com/story?id=1#:~:text=But%20he%20emphasized%20the%20need,Russia%E2%80%99s%20main%20demands%2C%20and%20de%2Descalate',
    );
    const directive = url.split('#:~:text=')[1]!;
    // Exactly one unencoded comma (the start,end separator), no raw dash or ampersand.
    expect(directive.split(',').length).toBe(2);
    expect(directive).not.toMatch(/[-&]/);
  });

  it('collapses whitespace and keeps the page url when the sentence is empty', () => {
    expect(textFragmentUrl('https://a.example/x#y', '   ')).toBe('https://a.example/x');
    expect(textFragmentUrl('https://a.example/x', 'A  b\n c')).toBe(
      'https://a.example/x#:~:text=A%20b%20c',
    );
  });
});
