import type { Cue, Token } from '../types.ts';
import { POSSESSIVES } from '../phrases/possessives.ts';
import { isSourceWord } from '../phrases/sources.ts';
import { FRAME_NOUNS, PLACES } from '../lexicon.ts';

// Longest possessor phrase before "'s" inside a frame ("in Professor Knittel's view").
const MAX_OWNER = 6;
// Longest holder phrase of an opening "To X," ("To Florida consultant Wilson,").
const MAX_HOLDER = 5;
// Object pronouns and quantifiers that can hold a view in "To them, …", "To many, …".
const HOLDER_WORDS = /^(him|her|them|me|us|many|most|some|others)$/;

/**
 * "in Bolton's view", "in his opinion", "in the eyes of voters": a preposition framing the rest
 * of the sentence as somebody's view, set apart at the start or after a comma. The cue is the
 * frame noun; the source is its owner, before it (a possessive) or after it ("of X").
 */
export function frameCueAt(tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  if (t.lower !== 'in') return null;
  const next = tokens[i + 1];
  if (!next?.word) return null;
  // The frame stands apart: it opens the sentence or follows a comma or dash.
  const prev = tokens[i - 1];
  if (prev && !/^[,—–(-]$/.test(prev.text) && !tokens.slice(0, i).every((x) => !x.word))
    return null;
  // "in the eyes of voters", "in the view of the court".
  if (next.lower === 'the') {
    const noun = tokens[i + 2];
    if (noun && FRAME_NOUNS.has(noun.lower) && tokens[i + 3]?.lower === 'of' && tokens[i + 4]?.word)
      return { first: i + 2, last: i + 3, lemma: noun.lower, cls: 'phrase', shape: 'frame' };
  }
  // "in his view", "in my opinion".
  if (POSSESSIVES.has(next.lower)) {
    const noun = tokens[i + 2];
    if (noun && FRAME_NOUNS.has(noun.lower))
      return { first: i + 2, last: i + 3, lemma: noun.lower, cls: 'phrase', shape: 'frame' };
    return null;
  }
  // "in Bolton's view", "in the senator's view", "in Mr. VandeHei's and Mr. Allen's view".
  if (!next.cap && next.lower !== 'the') return null;
  for (let j = i + 2; j < Math.min(tokens.length - 1, i + 2 + MAX_OWNER); j++) {
    const w = tokens[j]!;
    if (w.lower === "'s") {
      const noun = tokens[j + 1]!;
      if (FRAME_NOUNS.has(noun.lower))
        return { first: j + 1, last: j + 2, lemma: noun.lower, cls: 'phrase', shape: 'frame' };
      continue;
    }
    if (!w.cap && w.text !== '.' && w.lower !== 'and' && !(j === i + 2 && next.lower === 'the'))
      return null;
  }
  return null;
}

/**
 * "To Sexton, Tuesday marked a turning point", "To many, he is a provocateur": an opening "To"
 * with a person (a name, or a pronoun or quantifier standing for people) and a comma frames the
 * rest of the sentence as that person's view. "To win, …" (an infinitive) is lower case.
 */
export function viewpointCueAt(tokens: Token[], i: number): Cue | null {
  if (tokens[i]!.lower !== 'to' || tokens.slice(0, i).some((x) => x.word)) return null;
  const next = tokens[i + 1];
  if (!next?.word || !(next.cap || HOLDER_WORDS.test(next.lower))) return null;
  for (let j = i + 1; j < Math.min(tokens.length, i + 2 + MAX_HOLDER); j++) {
    const w = tokens[j]!;
    if (w.text === ',') {
      const last = tokens[j - 1]!;
      // The holder ends in a name or a word standing for people, not "To the extent".
      // A place is where something goes ("To Paris, the delegation flew"), not who holds a view.
      const holder = last.cap || HOLDER_WORDS.test(last.lower) || isSourceWord(last);
      if (j === i + 1 || !holder || PLACES.has(last.lower)) return null;
      return { first: i, last: i + 1, lemma: 'to', cls: 'phrase', shape: 'frame' };
    }
    if (!w.word && w.text !== '.') return null;
  }
  return null;
}
