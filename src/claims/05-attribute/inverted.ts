/** Sources that do not stand as the plain subject before their cue: inverted, or a document. */
import type { Phrase, Token } from '../types.ts';
import { phraseAfter, phraseBefore } from '../phrases/noun-phrases.ts';
import { speakerLike } from '../phrases/subjects.ts';
import { DOCUMENT_HEADS, TIME_WORDS } from '../lexicon.ts';

// Words that may follow an inverted source and still end its clause ("…, said Putin on Tuesday").
const AFTER_INVERTED = new Set([
  ...TIME_WORDS,
  'of',
  'about',
  'to',
  'from',
  'when',
  'while',
  'as',
  'who',
  'according',
  'via',
]);
/**
 * The source after an inverted cue ("…, said Putin.", "…,” said a spokesman for the ministry"),
 * or null when the words after the cue go on as a clause ("…, says Cruz will win").
 */
export function invertedSource(tokens: Token[], from: number): Phrase | null {
  const np = phraseAfter(tokens, from);
  if (!np || !speakerLike(tokens, np)) return null;
  const next = tokens[np.last];
  if (next && next.word && !AFTER_INVERTED.has(next.lower)) return null;
  // "…, said he's proud": a contraction goes on as a clause.
  if (next && /^['’](s|re|d|ll|ve)$/.test(next.lower)) return null;
  return np;
}

// How far left of "showed" a poll or report may head a noun phrase with a participle after it.
const MAX_REPORTER_REACH = 12;

/**
 * "New polls released Sunday showed …", "A poll conducted by Gallup showed …": the document whose
 * noun phrase a participle or prepositional phrase separates from its verb.
 */
export function reporterBefore(tokens: Token[], before: number): Phrase | null {
  for (let k = before - 1; k >= 0 && before - k <= MAX_REPORTER_REACH; k--) {
    const t = tokens[k]!;
    if (!t.word && t.lower !== "'s" && !/^[/&-]$/.test(t.text)) return null;
    if (!t.cap && /^(that|which|who|because|and|but|if|when|while)$/.test(t.lower)) return null;
    if (DOCUMENT_HEADS.has(t.lower)) return phraseBefore(tokens, k + 1);
  }
  return null;
}
