import { APOSTROPHES, eachToken, isWordToken } from '../text/words.ts';
import type { Token } from './types.ts';

const OPEN_QUOTES = new Set(['‘', '«', '„']);
const CLOSE_QUOTES = new Set(['»']);
// Inside a word every apostrophe form reads as "'", so lexicons list one spelling ("don´t");
// alone, only "’" does: a lone "‘" or "´" is a quote mark or an accent, not an apostrophe.
const APOSTROPHE_RE = new RegExp(`[${APOSTROPHES.replace("'", '')}]`, 'g');

function lowerCase(t: string): string {
  const low = t.toLowerCase();
  if (t.length === 1) return low === '’' ? "'" : low;
  // Most words have no apostrophe at all: a plain scan is cheaper than a regex replace.
  for (let i = 0; i < low.length; i++) {
    if (low.charCodeAt(i) > 127) return low.replace(APOSTROPHE_RE, "'");
  }
  return low;
}

/** Splits one sentence of `text` into tokens (the text layer's rule), with claims' flags. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  eachToken(
    text,
    (s, e, t) => {
      const word = isWordToken(t);
      const c = t.charCodeAt(0);
      const cap = c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t);
      let quote: Token['quote'] = null;
      if (word) quote = null;
      else if (OPEN_QUOTES.has(t)) quote = 'open';
      else if (CLOSE_QUOTES.has(t)) quote = 'close';
      else if (t === '"' || t === "''" || t === '“' || t === '”')
        quote = straightQuote(text, s, t.length);
      else if (t === '’' || t === "'") quote = apostropheQuote(text, s);
      out.push({
        start: s,
        end: e,
        text: t,
        lower: lowerCase(t),
        cap,
        word,
        quote,
      });
    },
    start,
    end,
  );
  return out;
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
