/**
 * Links that open another report scrolled to a sentence, with a text fragment
 * (`#:~:text=start,end`, https://wicg.github.io/scroll-to-text-fragment/).
 */

// Sentences up to this many words go whole into textStart; longer ones become start,end.
const WHOLE_SENTENCE_WORDS = 8;
// Words taken from each end of a long sentence: enough to be unique on a page.
const EDGE_WORDS = 5;

/** A UTF-16 surrogate without its other half (page text can hold one; encodeURIComponent throws). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Percent-encodes a fragment term; `-`, `,` and `&` are syntax in the directive. A lone surrogate
 * becomes U+FFFD, as the browser itself shows it, instead of breaking the card.
 */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term.replace(LONE_SURROGATE, '\uFFFD')).replace(/-/g, '%2D');
}

/** `url` with its own fragment replaced by a text directive selecting `sentence`. */
export function textFragmentUrl(url: string, sentence: string): string {
  const base = url.split('#')[0] ?? url;
  const words = sentence
    .replace(/\s+/g, ' ')
    .trim()
    // A trailing full stop or quote often differs between the extracted text and the DOM.
    .replace(/[\s.。!?"”’']+$/u, '')
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return base;
  if (words.length <= WHOLE_SENTENCE_WORDS) {
    return `${base}#:~:text=${encodeFragmentTerm(words.join(' '))}`;
  }
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `${base}#:~:text=${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
}
