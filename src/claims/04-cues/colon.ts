import type { Cue, Token } from '../types.ts';
import { CUE_VERBS, NOT_SPEAKER_LABELS, STRONG_LEMMAS } from '../lexicon.ts';

// Longest speaker label before a colon ("Former AG Mukasey at RNC:").
const MAX_LABEL = 7;

/**
 * "Sanders: Brexit's message …", "JAKE TAPPER: …": a short capitalised label opening the sentence,
 * then a colon, names the speaker of what follows — unless what follows has a cue of its own
 * (a dateline: "Moscow: Putin said …").
 */
export function colonCue(tokens: Token[], cues: Cue[]): Cue | null {
  const limit = Math.min(tokens.length, MAX_LABEL + 1);
  for (let i = 1; i < limit; i++) {
    const t = tokens[i]!;
    if (t.text !== ':') {
      if (!t.word && t.text !== '.' && t.lower !== "'s") return null;
      continue;
    }
    const label = tokens.slice(0, i).filter((x) => x.word);
    if (label.length === 0 || !label[0]!.cap || label.some((x) => CUE_VERBS.has(x.lower) && !x.cap))
      return null;
    // A speaker label is a name: capitalised words, no article in front, no label word of its own.
    if (/^(the|a|an)$/.test(label[0]!.lower)) return null;
    if (label.some((x) => NOT_SPEAKER_LABELS.has(x.lower))) return null;
    if (label.some((x) => !x.cap && !/^(at|of|on|in|and|to|for|de|von|van)$/.test(x.lower)))
      return null;
    if (tokens.slice(i + 1).filter((x) => x.word).length < 3) return null;
    // A dateline ("Moscow: Putin said …") has a speech verb of its own after the colon.
    if (cues.some((c) => c.first > i && STRONG_LEMMAS.has(c.lemma))) return null;
    return { first: i, last: i + 1, lemma: ':', cls: 'speech', shape: 'colon' };
  }
  return null;
}
