import { afterEach, describe, expect, it } from 'vitest';
import messages from '../../../src/public/_locales/en/messages.json';
import { catalogueLookup, t, useCatalogue, type Catalogue } from '../../../src/ui/t.ts';

describe('t', () => {
  afterEach(() => useCatalogue(null));

  it('fills named placeholders from positional substitutions', () => {
    useCatalogue(messages as Catalogue);
    expect(t('claimOf', [3, 12])).toBe('Claim 3 of 12');
    expect(t('popupAlwaysAnalyse', 'apnews.com')).toBe('Always analyse apnews.com');
  });

  it('returns the key when no catalogue knows it', () => {
    useCatalogue(messages as Catalogue);
    // A key missing from messages.json is a type error (tsc fails if this line type-checks).
    // @ts-expect-error -- 'noSuchKey' is not a MessageKey
    expect(t('noSuchKey')).toBe('noSuchKey');
  });

  it('keeps substituted text literal ($ signs and markup included)', () => {
    const lookup = catalogueLookup({
      a: { message: 'Hi $NAME$', placeholders: { name: { content: '$1' } } },
    });
    expect(lookup('a', ['<b>$2</b>'])).toBe('Hi <b>$2</b>');
  });

  it('every English message with placeholders declares them', () => {
    for (const [key, entry] of Object.entries(messages as Catalogue)) {
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
        expect(entry.placeholders?.[name!.toLowerCase()], `${key}: $${name}$`).toBeDefined();
      }
    }
  });
});
