/**
 * Curly quotes, primes, hyphens and the no-break space to their plain forms, one code unit for
 * one, so that offsets into the plain text are offsets into the original: a rule written once
 * for `"` and `'` then holds for every way an outlet types them.
 */
const PLAIN: ReadonlyMap<string, string> = new Map([
  // Single quotes and apostrophes: curly either way round, low-9, reversed, prime, acute accent.
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201a', "'"],
  ['\u201b', "'"],
  ['\u2032', "'"],
  ['\u00b4', "'"],
  // Double quotes: curly, low-9, reversed, guillemets (French, German), double prime.
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u201e', '"'],
  ['\u201f', '"'],
  ['\u00ab', '"'],
  ['\u00bb', '"'],
  ['\u2033', '"'],
  // Hyphen and non-breaking hyphen; dashes stay (they end a clause, a hyphen does not).
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u00a0', ' '],
]);
const PLAIN_RE = new RegExp(`[${[...PLAIN.keys()].join('')}]`, 'g');

/** `text` with its typographic quotes, hyphens and no-break spaces folded; same length. */
export function plainText(text: string): string {
  return text.replace(PLAIN_RE, (c) => PLAIN.get(c) ?? c);
}
