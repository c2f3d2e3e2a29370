import type { Token } from './types.ts';

// Words keep inner apostrophes, hyphens, dots of acronyms ("U.S.", "J.D.") and "&" ("AT&T");
// possessive "'s" is its own token so a source phrase can end before it; "''" is a double quote
// as some wires type it.
const TOKEN =
  /''|(\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*\.(?=\s\p{N})|(?:[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*?)(?=['’][sS]\b)|['’][sS]\b|[\p{L}\p{M}\p{N}]+(?:[-'’&.,][\p{L}\p{M}\p{N}]+)*|\S/gu;

const OPEN_QUOTES = new Set(['‘', '«', '„']);
const CLOSE_QUOTES = new Set(['»']);

/** Splits one sentence of `text` into tokens. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    const s = start + m.index;
    const c = t.charCodeAt(0);
    // ASCII letters and digits decide without a Unicode regex (most tokens of English text).
    const ascii = c < 128;
    const word = ascii ? (c >= 48 && c <= 57) || isAsciiLetter(c) : /[\p{L}\p{N}]/u.test(t[0]!);
    const cap = ascii ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t);
    const low = t.toLowerCase();
    let quote: Token['quote'] = null;
    if (word) quote = null;
    else if (OPEN_QUOTES.has(t)) quote = 'open';
    else if (CLOSE_QUOTES.has(t)) quote = 'close';
    else if (t === '"' || t === "''" || t === '“' || t === '”')
      quote = straightQuote(text, s, t.length);
    else if (t === '’' || t === "'") quote = apostropheQuote(text, s);
    out.push({
      start: s,
      end: s + t.length,
      text: t,
      lower: low.includes('’') ? low.replace(/’/g, "'") : low,
      cap,
      word,
      quote,
    });
  }
  return out;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * A double quote's direction from its neighbours: after space and before a word it opens, after
 * a word or punctuation and before space it closes. Curly marks are typed the wrong way round
 * often enough ("said.“") that the same test decides for them; only when the neighbours say
 * nothing does the mark's own shape (or, for a straight quote, the open/closed state) decide.
 */
function straightQuote(text: string, at: number, len: number): Token['quote'] {
  const before = text[at - 1] ?? ' ';
  const after = text[at + len] ?? ' ';
  const spaceBefore = /[\s(\[—–-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]—–-]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  if (text[at] === '“') return 'open';
  if (text[at] === '”') return 'close';
  return 'ambiguous';
}

/** A lone single quote is a closing quote only after a word and before space or punctuation. */
function apostropheQuote(text: string, at: number): Token['quote'] {
  const before = text[at - 1] ?? ' ';
  const after = text[at + 1] ?? ' ';
  if (/\s/.test(before) && /\p{L}/u.test(after)) return 'open';
  if (/[\p{L}.,!?]/u.test(before) && /[\s.,;:!?]/u.test(after)) return 'close';
  return null;
}
