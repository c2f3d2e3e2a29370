import type { Token } from '../types.ts';

// Share of capitalised words (of four letters or more) that makes a line a Title Case headline.
const TITLE_CASE_SHARE = 0.8;

/** A headline in Title Case: nearly every longer word capitalised. */
export function isTitleCase(tokens: Token[]): boolean {
  let long = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.text.length < 4 || /^\p{N}/u.test(t.text)) continue;
    long++;
    if (t.cap) caps++;
  }
  return long >= 3 && caps >= TITLE_CASE_SHARE * long;
}
