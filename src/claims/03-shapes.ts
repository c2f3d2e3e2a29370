import type { Token } from './02-tokens.ts';
import type { Cue } from './03-cues.ts';
import { LIGHT_NOUNS, LIGHT_VERBS, RAISING, RAISING_PASSIVE } from './lexicon.ts';

// Forms of "be" before a participle ("is expected to", "was reported by").
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
// What may follow a raising verb and still report a view ("seemed to", "appears that").
const RAISING_NEXT = new Set(['to', 'that', 'as', 'like', 'poised', 'likely', 'certain', 'set']);
// Nouns of opinion research: "in a CNN poll, …" names the poll as the source of what follows.
const POLL_HEADS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies']);
// Words allowed between a light verb and its noun ("made a similar point").
const MAX_LIGHT_GAP = 4;
// Words allowed between "in" and the poll noun: names, dates, slashes ("NBC News/WSJ").
const MAX_POLL_GAP = 8;

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

/**
 * Cue shapes beyond a verb with its subject: raising verbs ("seemed to", "is expected to"), an
 * opening "Asked …," whose answerer follows, "went on to say", and "in a … poll".
 */
export function shapeCue(tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const lower = t.lower;
  if (RAISING.has(lower) && !t.cap && next && RAISING_NEXT.has(next.lower))
    return { first: i, last: i + 1, lemma: lower, cls: 'phrase', shape: 'raising' };
  if (RAISING_PASSIVE.has(lower) && (next?.lower === 'to' || next?.lower === 'as')) {
    const be = beBefore(tokens, i);
    if (be >= 0) return { first: be, last: i + 1, lemma: lower, cls: 'phrase', shape: 'raising' };
  }
  if (LIGHT_VERBS.has(lower) && !t.cap && lightNoun(tokens, i + 1))
    return { first: i, last: i + 1, lemma: lower, cls: 'speech', shape: 'verb' };
  if (lower === 'asked' && (i === 0 || (i === 1 && tokens[0]!.lower === 'when'))) {
    const comma = tokens.findIndex((x, k) => k > i && x.text === ',');
    if (comma > i + 1)
      return { first: i, last: i + 1, lemma: 'ask', cls: 'speech', shape: 'asked' };
  }
  // Only an opening "In a … poll," is annotated consistently as attribution; "leads in the
  // polls" mid-sentence is a description.
  const opening = tokens.slice(0, i).every((x) => !x.word);
  if (lower === 'in' && opening && next?.word) {
    for (let j = i + 1; j < Math.min(tokens.length, i + MAX_POLL_GAP); j++) {
      const w = tokens[j]!;
      if (POLL_HEADS.has(w.lower))
        return { first: i, last: i + 1, lemma: 'in', cls: 'phrase', shape: 'poll' };
      if (!w.word && !/^[/&-]$/.test(w.text)) break;
      if (
        w.word &&
        !w.cap &&
        !/^(a|an|the|new|latest|recent|same|national|its|our|\d.*)$/.test(w.lower)
      )
        break;
    }
  }
  return null;
}

/** A noun of speech right after a light verb, across determiners and adjectives. */
function lightNoun(tokens: Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + MAX_LIGHT_GAP); j++) {
    const w = tokens[j]!;
    if (LIGHT_NOUNS.has(w.lower)) return true;
    if (!w.word || w.cap || /^(that|to|in|on|at|for|by|with|and|as)$/.test(w.lower)) return false;
  }
  return false;
}
