import type { Cue, Phrase, Token } from '../types.ts';
import { OBJECT_VERBS, PERSON_HEADS, PRONOUNS, TIME_WORDS } from '../lexicon.ts';

// How far after a cue "that" may stand and still open its content ("said on Tuesday that").
const THAT_WINDOW = 10;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their']);

/** "a Des Moines Register/Bloomberg poll": from `from` through the poll noun. */
export function pollPhrase(tokens: Token[], from: number): Phrase | null {
  for (let j = from; j < tokens.length; j++)
    if (/^(poll|polls|survey|surveys|study|studies)$/.test(tokens[j]!.lower))
      return { first: from, last: j + 1 };
  return null;
}

/** Content to the right of a cue: skips the addressee and time phrases, opens at "that". */
export function rightContent(tokens: Token[], cue: Cue, limit: number): Phrase | null {
  let k = cue.last;
  if (OBJECT_VERBS.has(cue.lemma)) k = skipObject(tokens, k);
  for (let j = k; j < Math.min(limit, k + THAT_WINDOW); j++) {
    const t = tokens[j]!;
    if (t.lower === 'that') return span(tokens, j, limit);
    if (!(TIME_WORDS.has(t.lower) || t.cap || !t.word) || t.quote) break;
  }
  while (k < limit && (tokens[k]!.text === ':' || tokens[k]!.text === ',' || isDay(tokens[k]!)))
    k++;
  return span(tokens, k, limit);
}

function isDay(t: Token): boolean {
  return /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/.test(
    t.lower,
  );
}

/** The addressee after "told": a pronoun, "reporters", or a run of capitalised words. */
function skipObject(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t || !t.word) return k;
  if (
    PRONOUNS.has(t.lower) ||
    /^(reporters|journalists|lawmakers|supporters|voters|congress|me|us|them)$/.test(t.lower)
  )
    return k + 1;
  let j = k;
  if (DETERMINERS.has(tokens[j]!.lower) && tokens[j]!.lower !== 'that') j++;
  const runStart = j;
  while (
    j < tokens.length &&
    tokens[j]!.word &&
    (tokens[j]!.cap || PERSON_HEADS.has(tokens[j]!.lower))
  )
    j++;
  if (j === runStart) return k;
  const after = tokens[j];
  // "told Lavrov US needs …": the last capitalised word already starts the reported clause.
  if (j - runStart > 1 && after?.word && !after.cap && !DETERMINERS.has(after.lower)) j--;
  return j;
}

/** Content to the left of token `before`: from the sentence start, without the joining comma. */
export function leftContent(tokens: Token[], before: number): Phrase | null {
  let end = before;
  while (end > 0 && /^[,—–-]$/.test(tokens[end - 1]!.text)) end--;
  let start = 0;
  // A dateline ("MOSCOW (AP) —") or a leading "Meanwhile," is not part of what was said.
  const words = tokens.slice(0, end).filter((t) => t.word).length;
  if (words < 2) return null;
  while (start < end && tokens[start]!.text === '(') start++;
  return { first: start, last: end };
}

export function skipPunct(tokens: Token[], k: number): number {
  while (k < tokens.length && !tokens[k]!.word && !tokens[k]!.quote) k++;
  return k;
}

export function span(tokens: Token[], from: number, to: number): Phrase | null {
  let end = Math.min(to, tokens.length);
  while (end > from && /^[.,;:!?—–-]$/.test(tokens[end - 1]!.text)) end--;
  if (tokens.slice(from, end).filter((t) => t.word).length < 2) return null;
  return { first: from, last: end };
}

/** Where this cue's right content stops: before the next cue's own source or connector. */
export function contentLimit(tokens: Token[], cue: Cue, nextCue: Cue | undefined): number {
  // A poll share ("…, 50 percent chose …") is what the poll or speaker before it reports.
  if (!nextCue || nextCue.shape === 'group') return tokens.length;
  // A headline's credit ("…: State Department") ends every claim before it.
  if (nextCue.shape === 'credit') return nextCue.first;
  let k = nextCue.first;
  // Walk back over the next cue's subject to the comma that joins it.
  for (let j = nextCue.first - 1; j > cue.last; j--) {
    const t = tokens[j]!;
    if (t.text === ',' || t.text === ';' || t.text === '—' || t.quote === 'close') {
      k = j;
      break;
    }
    if (!t.word) break;
  }
  return k === nextCue.first && nextCue.shape !== 'according' ? tokens.length : k;
}
