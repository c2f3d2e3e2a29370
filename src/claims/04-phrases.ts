import type { Token } from './02-tokens.ts';
import type { Phrase } from './04-sources.ts';
import { DISCOURSE, isSourceWord, TRAILERS } from './04-sources.ts';
import { BOUNDARY, FINITE_VERBS, NP_INNER, PRONOUNS } from './lexicon.ts';

// Longest source phrase kept; longer runs are clauses, not names.
const MAX_PHRASE = 12;
// A share of a group named by a pronoun: "some of them said", "all of us believe".
const SHARE_WORDS =
  /^(all|some|many|most|few|several|none|neither|either|each|both|one|two|three|four|five|half|any)$/;
const GROUP_PRONOUNS = /^(them|us|you|those|these)$/;

/** The noun phrase ending just before token `end`, or null. */
export function phraseBefore(tokens: Token[], end: number): Phrase | null {
  let k = end - 1;
  const first = tokens[k];
  if (!first) return null;
  const share = tokens[k - 2];
  if (GROUP_PRONOUNS.test(first.lower) && tokens[k - 1]?.lower === 'of' && share)
    if (SHARE_WORDS.test(share.lower)) return { first: k - 2, last: end };
  if (first.word && PRONOUNS.has(first.lower)) return { first: k, last: end };
  let start = end;
  while (k >= 0 && end - k <= MAX_PHRASE) {
    const t = tokens[k]!;
    if (t.lower === "'s") {
      start = k;
      k--;
      continue;
    }
    // A party-and-state tag or aside in brackets: "Sen. Bernie Sanders (I-Vt.) said".
    if (t.text === ')' && start === end) {
      let j = k - 1;
      while (j >= 0 && tokens[j]!.text !== '(' && k - j < 8) j--;
      if (j > 0 && tokens[j]!.text === '(') {
        end = j;
        start = j;
        k = j - 1;
        continue;
      }
      break;
    }
    if (t.text === '.' && k > 0 && tokens[k - 1]!.cap && tokens[k - 1]!.text.length <= 4) {
      start = k;
      k--;
      continue;
    }
    if (!t.word) break;
    if (t.lower === 'and' || t.lower === '&') {
      const left = tokens[k - 1];
      if (left && (left.cap || isSourceWord(left)) && start < end) {
        start = k;
        k--;
        continue;
      }
      break;
    }
    if (NP_INNER.has(t.lower) && !t.cap && start < end) {
      const left = tokens[k - 1];
      if (
        left &&
        (left.cap || isSourceWord(left) || TRAILERS.has(left.lower) || left.lower === 'with')
      ) {
        start = k;
        k--;
        continue;
      }
      if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') {
        start = k;
        k--;
        // "A statement from the ministry": the preposition decides on its own left word.
        const prep = tokens[k];
        if (prep && NP_INNER.has(prep.lower) && !['the', 'a', 'an', 'and'].includes(prep.lower))
          continue;
      }
      break;
    }
    if (
      !t.cap &&
      BOUNDARY.has(t.lower) &&
      !(t.lower === 'with' && TRAILERS.has(tokens[k - 1]?.lower ?? ''))
    )
      break;
    if (!t.cap && looksLikeVerb(t) && !isSourceWord(t)) break;
    start = k;
    k--;
  }
  // Drop capitalised discourse words at the sentence start ("But", "Meanwhile").
  while (
    start < end &&
    DISCOURSE.has(tokens[start]!.lower) &&
    !PRONOUNS.has(tokens[start]!.lower) &&
    tokens[start]!.text !== tokens[start]!.text.toUpperCase()
  )
    start++;
  while (start < end && !tokens[start]!.word) start++;
  if (start >= end) return null;
  return { first: start, last: end };
}

/** The noun phrase starting at token `from` ("said Putin", "according to the statement"). */
export function phraseAfter(tokens: Token[], from: number): Phrase | null {
  let k = from;
  const first = tokens[k];
  if (!first || !first.word) return null;
  if (PRONOUNS.has(first.lower)) return { first: k, last: k + 1 };
  let end = from;
  while (k < tokens.length && k - from < MAX_PHRASE) {
    const t = tokens[k]!;
    if (
      t.lower === "'s" ||
      (t.text === '.' && tokens[k - 1]?.cap && tokens[k - 1]!.text.length <= 4)
    ) {
      end = ++k;
      continue;
    }
    if (!t.word) break;
    if (!t.cap && TRAILERS.has(t.lower) && tokens[k + 1]?.word) {
      k++;
      continue;
    }
    if (!t.cap && (NP_INNER.has(t.lower) || t.lower === 'with')) {
      const nextTok = tokens[k + 1];
      if (nextTok && nextTok.word && !BOUNDARY.has(nextTok.lower)) {
        k++;
        continue;
      }
      if (t.lower === 'with' && nextTok?.word) {
        k++;
        continue;
      }
      break;
    }
    if (!t.cap && BOUNDARY.has(t.lower)) break;
    if (!t.cap && looksLikeVerb(t) && !isSourceWord(t) && !TRAILERS.has(t.lower)) break;
    end = ++k;
  }
  if (end <= from) return null;
  return { first: from, last: end };
}

// Lower-case words ending like finite verbs stop a phrase; nouns of the lexicons are exempt.
function looksLikeVerb(t: Token): boolean {
  return (/(ed|ing)$/.test(t.lower) && t.lower.length > 4) || FINITE_VERBS.has(t.lower);
}
