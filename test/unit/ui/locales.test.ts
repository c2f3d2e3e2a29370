// Every locale carries the English catalogue's keys and the same placeholders, so `t()` (typed
// from the English keys) finds its message and its substitutions in every language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/ui/t.ts';

const LOCALES = join(import.meta.dirname, '../../../src/public/_locales');
const read = (lang: string) =>
  JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Catalogue;

/** `$NAME$` references in a message, lower-cased as Chrome matches them. */
function references(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
}

/** `Intl.PluralRules` categories a plural form's key may end in (see tCount). */
const PLURAL_FORM = /_(zero|one|two|few|many)$/;

/** A message's placeholders as comparable text: names with what they stand for. */
function placeholderShape(entry: Catalogue[string]): string {
  const pairs = Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name, p.content]);
  return JSON.stringify(pairs.sort());
}

/**
 * What is wrong with one catalogue alone: undeclared placeholders, unused ones (a plural form
 * may leave the count out, "the one report", but declares what its base message declares),
 * plural forms without a base message, empty messages.
 */
function selfProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(catalogue)) {
    if (!entry.message.trim()) problems.push(`${key}: empty message`);
    const used = new Set(references(entry.message));
    const declared = Object.keys(entry.placeholders ?? {});
    for (const name of used) {
      if (!declared.includes(name)) problems.push(`${key}: $${name}$ undeclared`);
    }
    const base = PLURAL_FORM.test(key) ? catalogue[key.replace(PLURAL_FORM, '')] : undefined;
    if (PLURAL_FORM.test(key) && !base) problems.push(`${key}: plural form without a base`);
    if (base && placeholderShape(base) !== placeholderShape(entry)) {
      problems.push(`${key}: placeholders differ from its base`);
    }
    if (base) continue;
    for (const name of declared) if (!used.has(name)) problems.push(`${key}: ${name} unused`);
  }
  return problems;
}

/** How `other` differs from the English catalogue: keys, placeholder names and contents. */
function differences(english: Catalogue, other: Catalogue): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) if (!(key in other)) problems.push(`${key}: missing`);
  for (const key of Object.keys(other)) if (!(key in english)) problems.push(`${key}: not in en`);
  for (const [key, entry] of Object.entries(other)) {
    const en = english[key];
    if (!en) continue;
    if (placeholderShape(entry) !== placeholderShape(en))
      problems.push(`${key}: placeholders differ from en`);
  }
  return problems;
}

describe('locale catalogues', () => {
  const english = read('en');
  const langs = readdirSync(LOCALES);

  it('includes English, the catalogue MessageKey is typed from', () => {
    expect(langs).toContain('en');
  });

  it.each(langs)('%s: every placeholder used is declared and every declared one used', (lang) => {
    expect(selfProblems(read(lang))).toEqual([]);
  });

  it.each(langs)('%s: the same keys and placeholders as en', (lang) => {
    expect(differences(english, read(lang))).toEqual([]);
  });

  it('every __MSG_key__ of the manifest is a message', () => {
    const manifest = readFileSync(join(import.meta.dirname, '../../../manifest.json'), 'utf8');
    const keys = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !(k in english))).toEqual([]);
  });

  // The checks themselves, on catalogues that are wrong in the ways a translation goes wrong.
  const en: Catalogue = {
    a: {
      message: 'Claim $N$ of $TOTAL$',
      placeholders: { n: { content: '$1' }, total: { content: '$2' } },
    },
    b: { message: 'Options' },
  };
  it.each<[string, Catalogue, string[]]>([
    ['a missing key', { a: en.a! }, ['b: missing']],
    ['an extra key', { ...en, c: { message: 'x' } }, ['c: not in en']],
    [
      'swapped substitutions',
      {
        ...en,
        a: {
          message: 'Affirmation $N$ sur $TOTAL$',
          placeholders: { n: { content: '$2' }, total: { content: '$1' } },
        },
      },
      ['a: placeholders differ from en'],
    ],
    [
      'a renamed placeholder',
      {
        ...en,
        a: { message: '$N$/$ALL$', placeholders: { n: { content: '$1' }, all: { content: '$2' } } },
      },
      ['a: placeholders differ from en'],
    ],
  ])('finds %s', (_name, other, expected) => {
    expect(differences(en, other)).toEqual(expected);
  });

  it('finds an undeclared placeholder, an unused one and an empty message', () => {
    expect(
      selfProblems({
        a: {
          message: 'Claim $N$ of $TOTAL$',
          placeholders: { n: { content: '$1' }, x: { content: '$2' } },
        },
        b: { message: ' ' },
        c: { message: '$N$ reports', placeholders: { n: { content: '$1' } } },
        // A plural form may leave its count out, not change what $1 stands for.
        c_one: { message: 'one report', placeholders: { n: { content: '$1' } } },
        c_few: { message: '$N$ reports', placeholders: { n: { content: '$2' } } },
        d_one: { message: 'one' },
      }),
    ).toEqual([
      'a: $total$ undeclared',
      'a: x unused',
      'b: empty message',
      'c_few: placeholders differ from its base',
      'd_one: plural form without a base',
    ]);
  });
});
