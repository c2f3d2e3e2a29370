import type { Cue, Token } from '../types.ts';

// Most words in the name that signs a quotation off ("― Edwin G. Monroy").
const MAX_SIGN_OFF_NAME = 6;

/**
 * "“… .” ― Sonya Herridge": a quotation closed, then a dash and a name ending the sentence. The
 * name stands behind the quotation, as in collected testimonials and epigraphs.
 */
export function signOffCue(tokens: Token[]): Cue | null {
  let end = tokens.length;
  while (end > 0 && /^[.,;]$/.test(tokens[end - 1]!.text)) end--;
  let k = end;
  while (
    k > 0 &&
    end - k < MAX_SIGN_OFF_NAME &&
    (tokens[k - 1]!.cap || tokens[k - 1]!.text === '.')
  )
    k--;
  if (k === end || !tokens[k]?.cap) return null;
  let dash = k - 1;
  if (!tokens[dash] || !/^[―—–-]$/.test(tokens[dash]!.text)) return null;
  const last = dash + 1;
  while (dash > 0 && tokens[dash - 1]!.text === '-') dash--;
  const close = tokens[dash - 1];
  if (!close || (close.quote !== 'close' && close.quote !== 'ambiguous')) return null;
  return { first: dash, last, lemma: 'sign-off', cls: 'speech', shape: 'signoff' };
}
