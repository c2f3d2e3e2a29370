import type { Cue, Token } from '../types.ts';
import { RECEIVED_STANCE, RECEIVING_VERBS, STANCE_PHRASES } from '../lexicon.ts';

// Words allowed between a receiving verb and the stance noun ("won overwhelming early support").
const MAX_RECEIVE_GAP = 4;

/**
 * Stances named by a noun phrase rather than a verb: "came out in support of Cruz" (the clause's
 * subject holds the stance) and "won support from governors", "drew criticism from Democrats"
 * (the people after "from" hold it about the subject).
 */
export function stancePhraseAt(tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (t.lower === 'in' && next && after && STANCE_PHRASES.get(next.lower) === after.lower)
    return { first: i, last: i + 3, lemma: next.lower, cls: 'cognition', shape: 'stance' };
  if (!RECEIVED_STANCE.has(t.lower) || !/^(from|of)$/.test(next?.lower ?? '')) return null;
  if (!after?.word) return null;
  for (let k = i - 1; k >= Math.max(0, i - MAX_RECEIVE_GAP); k--) {
    const w = tokens[k]!;
    if (RECEIVING_VERBS.has(w.lower))
      return { first: i, last: i + 1, lemma: t.lower, cls: 'speech', shape: 'stance' };
    if (!w.word || w.cap) return null;
  }
  return null;
}
