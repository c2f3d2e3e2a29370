import type { Phrase, Token } from '../types.ts';
import { classifySource } from './classify.ts';
import { phraseAfter, phraseBefore } from './noun-phrases.ts';
import { BOUNDARY, NP_INNER, PERSON_HEADS, PRONOUNS, TIME_WORDS, TITLES } from '../lexicon.ts';
import { datelineEnd } from './dateline.ts';

// Sentence-initial words that join the sentence to the one before; the subject follows them.
const LINKERS = new Set(['and', 'but', 'so', 'yet', 'meanwhile', 'however', 'still', 'now']);
// Words that open an inserted segment between a subject and its verb ("X, in a statement, said").
const INSERT_OPENERS = new Set([
  'who',
  'whose',
  'which',
  'a',
  'an',
  'the',
  'himself',
  'herself',
  'in',
  'on',
  'at',
  'speaking',
  'writing',
  'also',
  'his',
  'her',
  'its',
  'their',
  'one',
  'along',
  'like',
  'however',
  'meanwhile',
  'too',
  'for',
  'by',
  'after',
  'then',
  'once',
  'now',
]);
// Most comma-separated segments skipped between a subject and its verb.
const MAX_INSERTS = 4;

function isDayOrTime(t: Token): boolean {
  return TIME_WORDS.has(t.lower);
}

/** A noun phrase that can stand as a speaker: a name, a pronoun, or a source noun. */
export function speakerLike(tokens: Token[], np: Phrase): boolean {
  const words = tokens.slice(np.first, np.last).filter((t) => t.word);
  if (words.length === 0 || words.every(isDayOrTime)) return false;
  const first = words[0]!;
  const opener = BOUNDARY.has(first.lower) || NP_INNER.has(first.lower);
  if (opener && !PRONOUNS.has(first.lower) && !['the', 'a', 'an'].includes(first.lower))
    return false;
  const info = classifySource(tokens, np, 0);
  return info.named || info.pronoun || info.type !== 'other';
}

/**
 * The subject of the sentence's main clause, left of token `before`: the first speaker-like noun
 * phrase at the sentence start or after an introductory phrase ("Speaking in Ohio, Trump …").
 */
export function mainSubject(tokens: Token[], before: number, from = 0): Phrase | null {
  from = Math.max(from, datelineEnd(tokens));
  const starts = [from];
  for (let k = from + 1; k < before; k++) if (/^[,—–]$/.test(tokens[k - 1]!.text)) starts.push(k);
  for (let n = 0; n < starts.length; n++) {
    let s = starts[n]!;
    while (s < before && LINKERS.has(tokens[s]!.lower)) s++;
    const t = tokens[s];
    if (!t || !t.word) continue;
    // Introductory phrases: "In Iowa,", "After the debate,", "Speaking to reporters,".
    if (!PRONOUNS.has(t.lower) && (BOUNDARY.has(t.lower) || /ing$/.test(t.lower))) continue;
    const np = phraseAfter(tokens, s);
    if (!np || np.last > before || !speakerLike(tokens, np)) continue;
    const next = tokens[np.last];
    // A subject is followed by its verb, or (at the very start) by an apposition.
    if (next && !next.word && next.text !== '(' && !(n === 0 && next.text === ',')) continue;
    return np;
  }
  return null;
}

/**
 * "X, a junior from Ohio, said", "X, in a statement, said": the subject before up to four
 * inserted segments; `comma` is the comma just before the verb.
 */
export function appositiveSubject(tokens: Token[], comma: number): Phrase | null {
  let end = comma;
  while (end > 0 && tokens[end]!.text === '-' && tokens[end - 1]!.text === '-') end--;
  // The leftmost candidate wins: "Dean Johnson, a salesman from Sumter, S.C., said".
  let found: Phrase | null = null;
  for (let round = 0; round < MAX_INSERTS; round++) {
    let p = end - 1;
    while (p >= 0 && !/^[,—–-]$/.test(tokens[p]!.text)) p--;
    const opener = tokens[p + 1];
    // "--" typed as two hyphens is one dash.
    while (p > 0 && tokens[p - 1]!.text === '-' && tokens[p]!.text === '-') p--;
    if (p <= 0) return found;
    if (!opener) return found;
    const ok =
      INSERT_OPENERS.has(opener.lower) ||
      PERSON_HEADS.has(opener.lower) ||
      TITLES.has(opener.lower) ||
      /^\d+$/.test(opener.text) ||
      /^[a-z]+(ing|ed)$/.test(opener.lower) ||
      opener.cap;
    if (!ok) return found;
    const before = tokens[p - 1]!;
    if (before.word || before.text === ')') {
      const np = phraseBefore(tokens, p);
      const prev = np ? tokens[np.first - 1] : undefined;
      const whole = np && (prev === undefined || !prev.word || LINKERS.has(prev.lower));
      if (np && whole && speakerLike(tokens, np) && hasNameOrPronoun(tokens, np)) {
        found = np;
        if (!prev || LINKERS.has(prev.lower)) return found;
      }
    }
    end = p;
  }
  return found;
}

function hasNameOrPronoun(tokens: Token[], np: Phrase): boolean {
  return tokens.slice(np.first, np.last).some((t) => t.cap || PRONOUNS.has(t.lower));
}
