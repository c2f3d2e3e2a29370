/**
 * The one rule that splits text into tokens, shared by claims (tokens with offsets), crossref
 * (matching terms) and the popover's word diff (parts to render). Every non-space character
 * belongs to exactly one token, so the gaps between tokens are whitespace only.
 *
 * A word is a run of letters, combining marks and digits, joined by single inner hyphens,
 * apostrophes and "&" ("Covid-19", "l'eau", "don't", "AT&T"), and by dots and commas between
 * them ("12.000", "3,5", "2.7"). Besides words:
 * - "U.S.", "J.D.": letters each followed by a dot, the last dot included;
 * - "No. 5", "Nr. 3": a word's dot before a number stays with it (an abbreviation, not an end);
 * - a possessive "'s" is its own token, so "O'Neill's" is "O'Neill" + "'s" and a source phrase
 *   can end before it;
 * - "''" (two apostrophes, as some wires type a double quote) is one token;
 * - any other non-space character is a token of its own (quotes, dashes, emoji code points).
 */

/** Letters, combining marks (accents typed apart, Indic vowel signs) and digits. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
/** Apostrophe forms as typed: straight, curly (either way round), prime, acute accent. */
export const APOSTROPHES = "'\u2019\u2018\u201b\u2032\u00b4";
/** Hyphen-minus, hyphen and non-breaking hyphen (some outlets type "Covid‑19" with U+2011). */
const HYPHENS = '\\-\u2010\u2011';

const TOKEN = new RegExp(
  [
    "''",
    '(?:\\p{L}\\.){2,}',
    '\\p{L}[\\p{L}\\p{M}]*\\.(?=\\s\\p{N})',
    `${WORD_CHAR}+(?:[${HYPHENS}${APOSTROPHES}&]${WORD_CHAR}+)*?(?=[${APOSTROPHES}][sS]\\b)`,
    `[${APOSTROPHES}][sS]\\b`,
    `${WORD_CHAR}+(?:[${HYPHENS}${APOSTROPHES}&.,]${WORD_CHAR}+)*`,
    '\\S',
  ].join('|'),
  'gu',
);

/**
 * Calls `visit` with the start and end (offsets into `text`) and the text of each token of
 * `text.slice(start, end)`, in order. The slice is all the rule sees: a dot at its end is not
 * read as an abbreviation because of what follows outside it. `visit` must not call back into
 * this module (one shared pattern, reset on each call, keeps the hot path free of copies).
 */
export function eachToken(
  text: string,
  visit: (start: number, end: number, token: string) => void,
  start = 0,
  end = text.length,
): void {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const at = start + m.index;
    visit(at, at + m[0].length, m[0]);
  }
}

export interface TextToken {
  text: string;
  start: number;
  end: number;
}

/** The tokens of `text` with their offsets. */
export function textTokens(text: string, start = 0, end = text.length): TextToken[] {
  const out: TextToken[] = [];
  eachToken(text, (s, e, t) => out.push({ text: t, start: s, end: e }), start, end);
  return out;
}

/** A token that starts with a letter or digit: a word, number, acronym or abbreviation. */
export function isWordToken(token: string): boolean {
  const c = token.charCodeAt(0);
  // ASCII decides without a Unicode regex (most tokens of English text).
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^[\p{L}\p{N}]/u.test(token);
}
