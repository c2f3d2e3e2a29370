import type { Cue, Token } from '../types.ts';
import { isSourceWord } from '../phrases/sources.ts';
import { BOUNDARY, CUE_VERBS, NOT_THAT_VERBS, PRONOUNS } from '../lexicon.ts';

// Auxiliaries and modals that may stand between a subject and its verb ("has hinted that").
const AUX =
  /^(has|have|had|is|are|was|were|will|would|could|can|may|might|did|does|do|also|now|still|repeatedly|long|then)$/;
// Words that open the subject of a reported clause.
const CLAUSE_SUBJECT =
  /^(the|a|an|this|these|those|his|her|their|its|our|my|your|some|many|most|no|every|all|both|few|there|it|he|she|they|we|i|you|\d.*)$/;
// Fewest words of a quotation that a verb hands over to (a clause or phrase, not a title word).
const MIN_QUOTE_WORDS = 3;
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
  return agentVerb(tokens, i);
}

/**
 * A verb outside the lexicons that hands over to a direct quotation, with a comma or colon
 * between ("Kasich resisted: “…”", "he quipped, “…”"), after an agent subject. A verb right
 * before a quote mark takes it as an object or name ("the show called “…”") and is left out.
 */
export function quoteVerbAt(tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  if (!t.word || t.cap || !/(s|ed)$/.test(t.lower)) return null;
  const mark = tokens[i + 1];
  const quote = tokens[i + 2];
  if (
    !mark ||
    !/^[,:]$/.test(mark.text) ||
    (quote?.quote !== 'open' && quote?.quote !== 'ambiguous')
  )
    return null;
  // What is quoted must be a clause or phrase, not a word or two ("called it, “wow.”").
  if (tokens.slice(i + 3, i + 3 + MIN_QUOTE_WORDS).filter((x) => x.word).length < MIN_QUOTE_WORDS)
    return null;
  if (CUE_VERBS.has(t.lower) || BOUNDARY.has(t.lower) || NOT_THAT_VERBS.has(t.lower)) return null;
  return agentVerb(tokens, i);
}

/** The verb at `i` as a cue when an agent stands before it (across auxiliaries), else null. */
function agentVerb(tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  const lower = t.lower;
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
