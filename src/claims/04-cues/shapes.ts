import { BE_FORMS, beBefore } from '../phrases/be-forms.ts';
import type { Cue, Token } from '../types.ts';
import { LIGHT_NOUNS, LIGHT_VERBS, RAISING, RAISING_PASSIVE } from '../lexicon.ts';

// What may follow a raising verb and still report a view ("seemed to", "appears that").
const RAISING_NEXT = new Set(['to', 'that', 'as', 'like', 'poised', 'likely', 'certain', 'set']);
// Nouns of opinion research: "in a CNN poll, …" names the poll as the source of what follows.
const POLL_HEADS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies']);
// Words allowed between a light verb and its noun ("made a similar point").
const MAX_LIGHT_GAP = 4;
// Words allowed between "in" and the poll noun: names, dates, slashes ("NBC News/WSJ").
const MAX_POLL_GAP = 12;

// Lower-case words allowed inside a poll's name ("the most recent national poll").
const POLL_WORDS =
  /^(a|an|the|new|latest|recent|most|same|national|statewide|early|late|last|previous|exit|online|its|our|their|\d.*|[a-z]+-[a-z]+)$/;
// Mid-sentence, the poll phrase starts with one of these ("in a new poll", "in the latest poll").
const POLL_DETERMINERS = new Set(['a', 'an', 'the', 'latest', 'recent', 'new', 'its', 'their']);

/** The index of the poll noun of "in [a CNN/ORC] poll" starting at `from`, or -1. */
function pollHeadAfter(tokens: Token[], from: number): number {
  for (let j = from; j < Math.min(tokens.length, from + MAX_POLL_GAP); j++) {
    const w = tokens[j]!;
    if (POLL_HEADS.has(w.lower)) return j;
    if (!w.word && !/^[/&-]$/.test(w.text) && w.text !== "'s" && w.text !== '’s') return -1;
    if (w.word && !w.cap && !POLL_WORDS.test(w.lower)) return -1;
  }
  return -1;
}

/**
 * Cue shapes beyond a verb with its subject: raising verbs ("seemed to", "is expected to"), an
 * opening "Asked …," whose answerer follows, "went on to say", and "in a … poll".
 */
export function shapeCue(tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const lower = t.lower;
  // "seemed rattled", "seems a reminder": a perception however it goes on, but "appeared" with
  // no "to"/"as" after it is mostly a physical appearance ("appeared on Fox").
  const perceived = /^seem/.test(lower) && next?.word === true;
  if (RAISING.has(lower) && !t.cap && next && (RAISING_NEXT.has(next.lower) || perceived))
    return { first: i, last: i + 1, lemma: lower, cls: 'phrase', shape: 'raising' };
  if (RAISING_PASSIVE.has(lower) && (next?.lower === 'to' || next?.lower === 'as')) {
    const be = beBefore(tokens, i);
    if (be >= 0) return { first: be, last: i + 1, lemma: lower, cls: 'phrase', shape: 'raising' };
  }
  // "Trump reportedly told aides …": the reporting is attributed to nobody named.
  if ((lower === 'reportedly' || lower === 'allegedly') && !t.cap && next?.word)
    return { first: i, last: i + 1, lemma: lower, cls: 'phrase', shape: 'raising' };
  // "would like to": a wish, like "wants to".
  if (lower === 'would' && next?.lower === 'like' && tokens[i + 2]?.lower === 'to')
    return { first: i, last: i + 2, lemma: 'want', cls: 'cognition', shape: 'verb' };
  if (LIGHT_VERBS.has(lower) && !t.cap && lightNoun(tokens, i + 1))
    return { first: i, last: i + 1, lemma: lower, cls: 'speech', shape: 'verb' };
  if (lower === 'asked' && (i === 0 || (i === 1 && tokens[0]!.lower === 'when'))) {
    const comma = tokens.findIndex((x, k) => k > i && x.text === ',');
    if (comma > i + 1)
      return { first: i, last: i + 1, lemma: 'ask', cls: 'speech', shape: 'asked' };
  }
  // "In a CNN poll released Monday, …" opens the sentence; mid-sentence "… in a new Fox News
  // poll" and "… in the latest polls" name a poll too, but bare "in the polls" is a standing.
  if (lower === 'in' && next?.word) {
    const opening = tokens.slice(0, i).every((x) => !x.word);
    const j = pollHeadAfter(tokens, i + 1);
    const named = (k: number) => tokens[k]!.cap || /^(new|latest|recent)$/.test(tokens[k]!.lower);
    const specific = j > 0 && tokens.slice(i + 1, j).some((_, k) => named(i + 1 + k));
    if (j > 0 && (opening || (POLL_DETERMINERS.has(next.lower) && specific)))
      return { first: i, last: i + 1, lemma: 'in', cls: 'phrase', shape: 'poll' };
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

/**
 * "was first reported by MSNBC", "were rejected by voters": a form of "be", up to two adverbs,
 * the participle, then "by" and its agent.
 */
export function passiveCue(
  tokens: Token[],
  verb: number,
): Pick<Cue, 'first' | 'last' | 'shape'> | null {
  const by = tokens[verb + 1];
  if (by?.lower !== 'by' || !tokens[verb + 2]?.word) return null;
  let k = verb - 1;
  while (k >= 0 && verb - k <= 3 && !BE_FORMS.has(tokens[k]!.lower)) {
    const t = tokens[k]!;
    if (!/ly$|^(first|also|never|not|later|often|widely|since)$/.test(t.lower)) return null;
    k--;
  }
  if (k < 0 || !BE_FORMS.has(tokens[k]!.lower)) return null;
  return { first: k, last: verb + 2, shape: 'passive' };
}

// Verbs of phase and attempt that hand their subject to an infinitive ("continued to push for").
const ASPECTUAL =
  /^(continued|continues|continue|continuing|began|begins|begin|beginning|begun|started|starts|tried|tries|try|trying|sought|seeks|seeking|attempted|attempts|moved|rushed|hastened)$/;

/**
 * "went on to say", "has continued to portray", "tried to explain": where the phrase whose
 * infinitive is the cue verb at `i` begins, or -1.
 */
export function goesOnTo(tokens: Token[], i: number): number {
  if (tokens[i - 1]?.lower !== 'to') return -1;
  if (
    tokens[i - 2]?.lower === 'on' &&
    /^(went|goes|go|going|gone)$/.test(tokens[i - 3]?.lower ?? '')
  )
    return i - 3;
  const verb = tokens[i - 2];
  if (!verb || verb.cap || !ASPECTUAL.test(verb.lower)) return -1;
  return /^(has|have|had|is|are|was|were|will|would)$/.test(tokens[i - 3]?.lower ?? '')
    ? i - 3
    : i - 2;
}
