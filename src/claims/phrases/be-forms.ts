import type { Token } from '../types.ts';

// Forms of "be" before a participle ("is expected to", "was reported by"), negated ones one
// token each ("isn't expected to", "weren't sure that").
export const BE_FORMS = new Set(
  "is are was were be been being 's 're isn't aren't wasn't weren't".split(' '),
);

/** Adverbs that may stand between an auxiliary and its participle ("was widely expected"). */
function isAdverb(t: Token): boolean {
  return /^[a-z]{3,}ly$|^(also|still|now|not|never|first|long|generally)$/.test(t.lower);
}

/** The index of a form of "be" left of token `i`, across up to two adverbs, or -1. */
export function beBefore(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && isAdverb(tokens[k]!)) k--;
  return k >= 0 && BE_FORMS.has(tokens[k]!.lower) ? k : -1;
}
