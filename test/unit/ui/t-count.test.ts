import { afterEach, describe, expect, it } from 'vitest';
import messages from '../../../src/public/_locales/en/messages.json' with { type: 'json' };
import { tCount, useCatalogue, type Catalogue } from '../../../src/ui/t.ts';

describe('tCount', () => {
  afterEach(() => useCatalogue(null));

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
    expect(tCount('only', 1)).toBe('1 things');
  });

  it('has a singular form for every message that counts claims or reports', () => {
    const catalogue = messages as Catalogue;
    for (const [key, entry] of Object.entries(catalogue)) {
      if (key.endsWith('_one') || !/\$COUNT\$ (claims|reports|sentences)/.test(entry.message))
        continue;
      expect(catalogue[`${key}_one`], key).toBeDefined();
    }
  });
});
