import type { Token } from './02-tokens.ts';
import type { Cue } from './03-cues.ts';
import { FRAME_NOUNS } from './lexicon.ts';

// Possessive determiners that own a frame noun ("in his view"), with the pronoun they stand for.
export const POSSESSIVES = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['my', 'i'],
  ['our', 'we'],
  ['its', 'it'],
  ['your', 'you'],
]);
// Longest possessor phrase before "'s" inside a frame ("in Professor Knittel's view").
const MAX_OWNER = 6;

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
