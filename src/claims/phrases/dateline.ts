import type { Token } from '../types.ts';

// Longest dateline before its dash ("PASADENA, Calif., Jan. 1 (UPI) —").
const MAX_DATELINE = 14;

/**
 * The index just after a dateline opening the sentence ("WASHINGTON, Dec. 8 (UPI) —", "ORLANDO,
 * Fla. (Reuters) -", "New York (AFP) –"), or 0. A dateline names where the story was filed,
 * not who speaks: a subject is looked for after it. It is capitalised words, abbreviations,
 * numbers and commas, with a word in capitals or an agency in brackets, then a dash.
 */
export function datelineEnd(tokens: Token[]): number {
  let capitals = false;
  let agency = false;
  for (let k = 0; k < Math.min(tokens.length, MAX_DATELINE); k++) {
    const t = tokens[k]!;
    // The dateline's dash stands apart ("N.C.-based" is a compound).
    if (/^[—–-]+$/.test(t.text)) {
      const spaced = k > 0 && tokens[k - 1]!.end < t.start;
      return spaced && (capitals || agency) ? k + 1 : 0;
    }
    if (t.text === '(') {
      const close = tokens[k + 2];
      if (!tokens[k + 1]?.cap || close?.text !== ')') return 0;
      agency = true;
      k += 2;
      continue;
    }
    if (t.word) {
      if (!t.cap && !/^\d/.test(t.text)) return 0;
      if (t.text.length > 2 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text))
        capitals = true;
    } else if (t.text !== ',' && t.text !== '.') return 0;
  }
  return 0;
}
