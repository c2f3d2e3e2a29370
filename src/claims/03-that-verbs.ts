import type { Token } from './02-tokens.ts';
import type { Cue } from './03-cues.ts';
import { isSourceWord } from './04-sources.ts';
import { BOUNDARY, CUE_VERBS, NOT_THAT_VERBS, PRONOUNS } from './lexicon.ts';

// Auxiliaries and modals that may stand between a subject and its verb ("has hinted that").
const AUX =
  /^(has|have|had|is|are|was|were|will|would|could|can|may|might|did|does|do|also|now|still|repeatedly|long|then)$/;
// Words that open the subject of a reported clause.
const CLAUSE_SUBJECT =
  /^(the|a|an|this|these|those|his|her|their|its|our|my|your|some|many|most|no|every|all|both|few|there|it|he|she|they|we|i|you|\d.*)$/;
// Subject pronouns that stand for an agent ("it" and "this" rarely hold a view).
const AGENT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * A verb outside the lexicons that takes a "that" clause right after it, with an agent subject
 * before it: "Trump charges that …", "the city is demanding that …", "she intimated that …".
 * English verbs that do this mostly report speech, thought or will; the few that do not
 * ("means that", "requires that") are listed in the lexicon.
 */
export function thatVerbAt(tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  if (!t.word || t.cap || tokens[i + 1]?.lower !== 'that') return null;
  const lower = t.lower;
  if (CUE_VERBS.has(lower) || BOUNDARY.has(lower) || NOT_THAT_VERBS.has(lower)) return null;
  // A reported clause opens with its subject ("that the county hid …"); a relative "that" is
  // followed by its verb ("laws that passed …").
  const opener = tokens[i + 2];
  if (!opener || !(opener.cap || opener.quote === 'open' || CLAUSE_SUBJECT.test(opener.lower)))
    return null;
  if (!/(s|ed|ing)$/.test(lower) && !AUX.test(tokens[i - 1]?.lower ?? '')) return null;
  let k = i - 1;
  while (k >= 0 && AUX.test(tokens[k]!.lower)) k--;
  const subject = tokens[k];
  if (!subject?.word) return null;
  const agent =
    AGENT_PRONOUNS.has(subject.lower) ||
    (subject.cap && !PRONOUNS.has(subject.lower)) ||
    isSourceWord(subject);
  if (!agent || isSourceWord(t)) return null;
  // "Trump charges that" but "Democratic officials that …", "gun laws that …": an -s form after a
  // word is a verb only after a singular agent named right before it.
  if (/s$/.test(lower) && k === i - 1 && !/^(he|she)$/.test(subject.lower)) {
    const plural = /(ic|an|al|ish|ese)$/.test(subject.lower) || !subject.cap;
    if (plural) return null;
  }
  const first =
    k < i - 1 && /^(has|have|had|is|are|was|were)$/.test(tokens[i - 1]!.lower) ? i - 1 : i;
  return { first, last: i + 1, lemma: lower, cls: 'cognition', shape: 'verb' };
}
