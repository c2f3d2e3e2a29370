import type { Token } from '../types.ts';
import type { Lexicon } from './lexicon.ts';
import { keyOf, sequenceAt } from './lexicon.ts';

/** A hedge as token indices [from, to). */
export interface HedgeHit {
  from: number;
  to: number;
}

/**
 * Hedges of a sentence: speculation words ("offenbar", "présumé", "supuestamente"), the French
 * and Spanish conditional of unconfirmed reports ("serait", "habría"), and German "soll ... haben".
 */
export function findHedges(lex: Lexicon, tokens: readonly Token[]): HedgeHit[] {
  const out: HedgeHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word) continue;
    const hedge = sequenceAt(lex.hedges, tokens, i);
    if (hedge > 0) out.push({ from: i, to: i + hedge });
    const k = keyOf(tokens[i]!.lower);
    for (const pair of lex.hedgePairs) {
      if (!pair.first.has(k)) continue;
      // "soll ... getötet haben": the perfect infinitive closes the clause.
      for (let j = i + 2; j < tokens.length && tokens[j]!.text !== ','; j++) {
        if (pair.then.has(tokens[j]!.lower) && !tokens[j + 1]?.word) {
          out.push({ from: i, to: i + 1 });
          break;
        }
      }
    }
  }
  return out;
}

/**
 * The first German Konjunktiv I verb of a sentence (reported speech: "Man habe den Vorfall
 * gemeldet"), or -1. "ich habe" and "wir werden" are indicative and do not count.
 */
export function subjunctiveAt(lex: Lexicon, tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.cap || !lex.subjunctive.has(t.lower)) continue;
    const before = tokens[i - 1]?.lower ?? '';
    const after = tokens[i + 1]?.lower ?? '';
    if (lex.subjunctiveBlockers.has(before) || lex.subjunctiveBlockers.has(after)) continue;
    return i;
  }
  return -1;
}
