import { afterEach, describe, expect, it } from 'vitest';
import messages from '../../../src/public/_locales/en/messages.json' with { type: 'json' };
import {
  tCount,
  useCatalogue,
  usePluralLocale,
  type Catalogue,
  type MessageKey,
} from '../../../src/ui/t.ts';

/** A key of a test's own catalogue (not in messages.json, so not a MessageKey by type). */
const key = (name: string) => name as MessageKey;

describe('tCount', () => {
  afterEach(() => {
    useCatalogue(null);
    usePluralLocale(null);
  });

  it.each([
    [0, '0 claims'],
    [1, '1 claim'],
    [2, '2 claims'],
    [21, '21 claims'],
  ])('says %i as "%s"', (count, text) => {
    useCatalogue(messages as Catalogue);
    expect(tCount('popupTimes', count)).toBe(text);
  });

  it('falls back to the plain key when a message has no singular form', () => {
    useCatalogue({ only: { message: '$1 things' } });
    expect(tCount(key('only'), 1)).toBe('1 things');
  });

  it('has a singular form for every message that counts claims or reports', () => {
    const catalogue = messages as Catalogue;
    for (const [key, entry] of Object.entries(catalogue)) {
      if (key.endsWith('_one') || !/\$COUNT\$ (claims|reports|sentences)/.test(entry.message))
        continue;
      expect(catalogue[`${key}_one`], key).toBeDefined();
    }
  });

  it('chooses the form by the UI language’s rules: Polish few/many, French 0 as one', () => {
    useCatalogue({
      n: { message: '$1 twierdzeń' },
      n_one: { message: '$1 twierdzenie' },
      n_few: { message: '$1 twierdzenia' },
    });
    usePluralLocale('pl');
    expect([1, 2, 5, 22, 25].map((c) => tCount(key('n'), c))).toEqual([
      '1 twierdzenie',
      '2 twierdzenia',
      '5 twierdzeń',
      '22 twierdzenia',
      '25 twierdzeń',
    ]);
    useCatalogue({ r: { message: '$1 affirmations' }, r_one: { message: '$1 affirmation' } });
    usePluralLocale('fr');
    expect(tCount(key('r'), 0)).toBe('0 affirmation');
    usePluralLocale('en');
    expect(tCount(key('r'), 0)).toBe('0 affirmations');
  });
});
