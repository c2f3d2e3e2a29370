import type { Token } from '../types.ts';
import { FINDING_NOUNS } from '../lexicon.ts';

// How far back the finding noun may stand from its verb ("a poll out this week shows").
const FINDING_WINDOW = 8;
// Determiners and quantifiers that start a noun phrase: "Some states remained …" is no cue.
export const QUANTIFIERS = new Set(
  'some many all most these those such other both few several no the a an this that'.split(' '),
);

/** "A new poll of voters shows …": a poll, study or report heads the phrase before the verb. */
export function findingNounBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev?.word || QUANTIFIERS.has(prev.lower)) return false;
  for (let k = i - 1; k >= Math.max(0, i - FINDING_WINDOW); k--) {
    const t = tokens[k]!;
    if (FINDING_NOUNS.has(t.lower)) return true;
    if (!t.word && t.text !== '-' && t.text !== '/') return false;
  }
  return false;
}
