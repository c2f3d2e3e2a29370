import lexicon from './lexicon/text.json';
import type { Range } from './types.ts';

const ABBREVIATIONS = new Set(lexicon.abbreviations);
const END_ABBREVIATIONS = new Set(lexicon.endAbbreviations);
const OPENERS = new Set(lexicon.openers);
const NON_OPENERS_AFTER_DOTTED = new Set(lexicon.nonOpenersAfterDotted);

// Terminators of Latin, Arabic, Devanagari and CJK scripts; CJK ones need no space after them.
const TERMINATOR = /[.!?…؟।。！？]/;
const CJK_TERMINATOR = /[。！？]/;
// Closing quotes and brackets that belong to the sentence they end ("“" closes German „…“).
const CLOSERS = /["'”’“»)\]]/;
const SPACE = /\s/;

/**
 * Splits text into sentence ranges. Every line is its own unit (headlines, datelines and
 * paragraphs without full stops never merge), and a range never crosses a line break.
 * Leading and trailing white space is left out of each range.
 */
export function splitSentences(text: string): Range[] {
  const out: Range[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n' || text[i] === '\r') {
      splitLine(text, lineStart, i, out);
      lineStart = i + 1;
    }
  }
  return out;
}

function splitLine(text: string, from: number, to: number, out: Range[]): void {
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (!TERMINATOR.test(ch)) continue;
    // Take runs of terminators ("?!", "...") and closing quotes as one ending.
    let end = i + 1;
    while (end < to && (TERMINATOR.test(text[end]!) || CLOSERS.test(text[end]!))) end++;
    end = spacedCloser(text, start, i, end, to);
    if (CJK_TERMINATOR.test(ch)) {
      push(text, start, end, out);
      start = end;
      i = end - 1;
      continue;
    }
    if (end < to && !SPACE.test(text[end]!)) continue;
    let next = end;
    while (next < to && SPACE.test(text[next]!)) next++;
    if (next >= to) break;
    if (isBoundary(text, start, i, end, next, to)) {
      push(text, start, end, out);
      start = next;
    }
    i = next - 1;
  }
  push(text, start, to, out);
}

/**
 * "« Nous ne céderons pas ! », a-t-il lancé": French sets the closing guillemet apart with a
 * space. When the sentence holds an open «, the » after the space still ends the quotation, and
 * what follows it decides the boundary. Returns the end past that closer, or `end`.
 */
function spacedCloser(text: string, start: number, dot: number, end: number, to: number): number {
  let j = end;
  while (j < to && SPACE.test(text[j]!)) j++;
  if (j === end || text[j] !== '»') return end;
  let open = 0;
  for (let k = start; k < dot; k++) {
    if (text[k] === '«') open++;
    else if (text[k] === '»') open--;
  }
  if (open <= 0) return end;
  j++;
  while (j < to && CLOSERS.test(text[j]!)) j++;
  return j;
}

function isBoundary(
  text: string,
  sentenceStart: number,
  dot: number,
  afterEnd: number,
  next: number,
  lineEnd: number,
): boolean {
  const ch = text[dot]!;
  const following = text[next]!;
  const nextWord = wordAt(text, next, lineEnd);
  const lowerNext = nextWord.toLowerCase();
  // A sentence never starts with a lower-case letter or closing punctuation.
  if (/\p{Ll}/u.test(following)) return false;
  if (/[,;:)\]}]/.test(following)) return false;
  // "… .” ― Sonya Herridge": a dash after the full stop signs the quotation off.
  if (/[―—–]/.test(following)) return false;
  const ellipsis = ch === '…' || text.slice(dot, dot + 3) === '...';
  if (ch !== '.' || ellipsis) return true;
  // What stands before the full stop: a word, an initial, an abbreviation?
  const closedByQuote = afterEnd - dot > 1 && CLOSERS.test(text[dot + 1]!);
  if (closedByQuote) return true;
  let w = dot;
  // An opening mark typed the wrong way round ("”Mr. Trump") still starts the word.
  while (w > sentenceStart && !SPACE.test(text[w - 1]!) && !/["“”‘(\[]/.test(text[w - 1]!)) w--;
  const before = text.slice(w, dot);
  const bare = before.toLowerCase();
  if (/^\d+$/.test(before) && /^\d/.test(following)) return false;
  // "No. 10", "Art. 5": a number after an abbreviation continues the sentence.
  if (ABBREVIATIONS.has(bare) && /\d/.test(following)) return false;
  // Initials and dotted acronyms: "J.D. Vance", "U.S. And NATO", "F. Scott".
  if (/^(\p{L}\.)*\p{L}$/u.test(before) && before.length <= 1) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) {
    if (NON_OPENERS_AFTER_DOTTED.has(lowerNext)) return false;
    return OPENERS.has(lowerNext) || /^["“‘(]/.test(following);
  }
  if (ABBREVIATIONS.has(bare)) {
    if (END_ABBREVIATIONS.has(bare)) return OPENERS.has(lowerNext) || /^["“‘]/.test(following);
    return false;
  }
  return true;
}

function wordAt(text: string, at: number, end: number): string {
  let j = at;
  while (j < end && /[\p{L}\p{N}&]/u.test(text[j]!)) j++;
  return text.slice(at, j);
}

function push(text: string, start: number, end: number, out: Range[]): void {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
