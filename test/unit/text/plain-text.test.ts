import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/text/plain-text.ts';

describe('plainText: typographic quotes, hyphens and spaces folded, offsets kept', () => {
  const table: [string, string][] = [
    // Curly double and single quotes, an apostrophe inside a quote (AP style).
    [
      '\u201cWe\u2019re ready to work further,\u201d Putin said.',
      `"We're ready to work further," Putin said.`,
    ],
    // German low-9 quotes and French guillemets with no-break spaces inside.
    ['Er sagte: \u201eWir sind bereit.\u201c', 'Er sagte: "Wir sind bereit."'],
    [
      'Il a dit\u00a0: \u00ab\u00a0Nous sommes pr\u00eats\u00a0\u00bb.',
      'Il a dit : " Nous sommes pr\u00eats ".',
    ],
    // Reversed quotes and the low-9 single quote some sites emit.
    [
      '\u201fOdd\u201d and \u201bodder\u2019 and \u201aodder still\u2018',
      `"Odd" and 'odder' and 'odder still'`,
    ],
    // Primes and the acute accent typed as quote and apostrophe.
    ['A 6\u2032 2\u2033 player, the team\u00b4s captain', `A 6' 2" player, the team's captain`],
    // Hyphen and non-breaking hyphen; en and em dashes stay (they mark clauses).
    [
      'Covid\u201119 de\u2010escalate \u2013 then \u2014 more',
      'Covid-19 de-escalate \u2013 then \u2014 more',
    ],
    // Plain text and other marks pass untouched.
    [
      'No change: "straight" quotes, it\'s 5\u202f500 \u2026',
      'No change: "straight" quotes, it\'s 5\u202f500 \u2026',
    ],
    ['', ''],
  ];
  for (const [text, plain] of table) {
    it(JSON.stringify(text), () => {
      expect(plainText(text)).toBe(plain);
      // One code unit for one: an offset into the plain text is an offset into the original.
      expect(plainText(text)).toHaveLength(text.length);
    });
  }
});
