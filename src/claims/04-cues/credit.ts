import type { Cue, Token } from '../types.ts';
import { isSourceWord } from '../phrases/sources.ts';
import { NOT_SPEAKER_LABELS, PRONOUNS } from '../lexicon.ts';

// Most words of the credit after the colon ("…: U.S. State Department").
const MAX_CREDIT_WORDS = 4;
// Fewest words of the headline before the colon: a claim, not a label.
const MIN_CLAIM_WORDS = 4;

/**
 * "Blinken told Lavrov US needs to see de-escalation: State Department", "Troops pull back:
 * ministry": a headline that ends in a colon and a short name credits the claim before it to that
 * name, as wire and aggregator headlines do. The name must end the sentence with no full stop
 * (a headline), and a label that opens the sentence ("Sanders: …") is the colon cue's instead.
 */
export function creditCue(tokens: Token[], cues: Cue[]): Cue | null {
  if (cues.some((c) => c.shape === 'colon' || c.shape === 'lead')) return null;
  const last = tokens[tokens.length - 1];
  if (!last?.word) return null;
  let colon = tokens.length - 1;
  while (colon > 0 && tokens[colon]!.text !== ':') colon--;
  if (colon <= 0) return null;
  const credit = tokens.slice(colon + 1);
  if (credit.length === 0 || credit.length > MAX_CREDIT_WORDS + 2) return null;
  const words = credit.filter((t) => t.word);
  if (words.length === 0 || words.length > MAX_CREDIT_WORDS) return null;
  // Names and source nouns only: "State Department", "ministry", "officials", "Reuters".
  if (!words.every((t) => t.cap || isSourceWord(t) || /^(of|the|for)$/.test(t.lower))) return null;
  if (words.some((t) => NOT_SPEAKER_LABELS.has(t.lower) || PRONOUNS.has(t.lower))) return null;
  if (credit.some((t) => !t.word && t.text !== '.' && t.text !== '&')) return null;
  const claim = tokens.slice(0, colon).filter((t) => t.word);
  if (claim.length < MIN_CLAIM_WORDS) return null;
  return { first: colon, last: colon + 1, lemma: 'credit', cls: 'speech', shape: 'credit' };
}
