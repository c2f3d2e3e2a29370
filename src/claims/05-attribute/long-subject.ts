import type { Phrase, Token } from '../types.ts';
import { skipLeftAdverbs } from '../phrases/adverbs.ts';
import { phraseAfter, phraseBefore } from '../phrases/noun-phrases.ts';
import { mainSubject, speakerLike } from '../phrases/subjects.ts';
import { BOUNDARY, CUE_VERBS, FINITE_VERBS, NOUNISH_FORMS } from '../lexicon.ts';

// Longest subject taken with its post-modifiers ("A person familiar with the planning for …").
const MAX_SUBJECT = 16;
// Prepositions and trailers that may join a post-modifier to the subject's head.
const JOINERS = new Set(
  'of for at in on with from about over familiar close briefed knowledgeable involved'.split(' '),
);
// Subject pronouns open a clause of their own ("She praised the crew and …").
const SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
// Sentence-initial linkers left out of the subject ("But a person close to …").
const LINKERS = new Set(['and', 'but', 'so', 'yet', 'meanwhile', 'however', 'still', 'now']);

/**
 * The whole subject left of a verb at `end` when it carries post-modifiers that the plain noun
 * phrase stops at: "A person familiar with the planning for Thursday's meeting [says]", "A news
 * report published Wednesday [said]". It runs from the clause start (sentence start or a
 * punctuation mark); it holds no clause word, auxiliary or finite verb, and its head phrase can
 * speak.
 */
export function longSubject(tokens: Token[], end: number): Phrase | null {
  let start = end;
  while (start > 0 && (tokens[start - 1]!.word || /^('s|\.|&|-)$/.test(tokens[start - 1]!.lower)))
    start--;
  while (start < end && LINKERS.has(tokens[start]!.lower)) start++;
  if (end - start < 3 || end - start > MAX_SUBJECT) return null;
  let joined = false;
  for (let k = start + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.cap || !t.word) continue;
    if (JOINERS.has(t.lower)) {
      joined = true;
      continue;
    }
    if (BOUNDARY.has(t.lower) || FINITE_VERBS.has(t.lower) || SUBJECTS.has(t.lower)) return null;
    // A participle after a noun modifies it ("a report published Monday"); other verbs end it.
    // "the planning", "a news report": after a determiner, or a form as often a noun, no verb.
    const noun =
      /^(the|a|an|his|her|their|its|our)$/.test(tokens[k - 1]!.lower) || NOUNISH_FORMS.has(t.lower);
    if (CUE_VERBS.has(t.lower) && !/ed$/.test(t.lower) && !noun) return null;
    if (/ed$/.test(t.lower)) {
      // "Mr. Obama revised his plans": an -ed form with an object is the main verb.
      if (/^(the|a|an|his|her|their|its|our|my)$/.test(tokens[k + 1]?.lower ?? '')) return null;
      joined = true;
    }
  }
  if (SUBJECTS.has(tokens[start]!.lower)) return null;
  const head = phraseAfter(tokens, start);
  if (!joined || !head || head.last > end || !speakerLike(tokens, head)) return null;
  return { first: start, last: end };
}

// Openers of a participial clause whose doer is the main clause's subject ("After saying …, X").
const PARTICIPLE_OPENERS = /^(after|before|while|when|since|having|upon|on|by|without)$/;

/**
 * Who does an -ing cue with no subject of its own: "X began by saying …" (the subject of the
 * verb before "by"), "Having announced …, Judge Berman …" and "After saying …, the man …" (the
 * subject after the opening clause's comma). Null when neither shape holds.
 */
export function participleDoer(tokens: Token[], leftEnd: number): Phrase | null {
  const left = tokens[leftEnd - 1];
  // "began by saying": only right after the verb is the doer its subject.
  const verb = tokens[leftEnd - 2];
  if (
    left?.lower === 'by' &&
    verb &&
    !verb.cap &&
    /^(began|begun|started|opened|ended|responded)$/.test(verb.lower)
  )
    return phraseBefore(tokens, skipLeftAdverbs(tokens, leftEnd - 2));
  const opening = tokens.slice(0, leftEnd).filter((t) => t.word);
  if (opening.length > 1 || (opening[0] && !PARTICIPLE_OPENERS.test(opening[0].lower))) return null;
  const comma = tokens.findIndex((t, k) => k > leftEnd && t.text === ',');
  return comma > 0 ? mainSubject(tokens, tokens.length, comma + 1) : null;
}
