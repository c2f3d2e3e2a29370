import type { Phrase, Token } from '../types.ts';
import { DISCOURSE, isSourceWord, TRAILERS } from './sources.ts';
import { BOUNDARY, FINITE_VERBS, NP_INNER, PRONOUNS } from '../lexicon.ts';

// Longest source phrase kept; longer runs are clauses, not names.
const MAX_PHRASE = 12;
// Degree words that stand inside a noun phrase after a determiner ("the most recent figures").
const GRADED = new Set(['most', 'more', 'least', 'less', 'very']);
const DETERMINERS_BEFORE_GRADED = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

// Prepositions that open the when or the how of a statement after its speaker.
const SETTING_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'late', 'early', 'earlier']);
// Words that open that setting: a day or date, or an occasion of speech ("in a statement").
const SETTING_OPENERS = new Set([
  ...'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight'.split(' '),
  ...'january february march april may june july august september october november december'.split(
    ' ',
  ),
  ...'jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.'.split(' '),
  ...'a an his her their its this last next'.split(' '),
]);

function startsSetting(t: Token | undefined): boolean {
  return Boolean(t && (SETTING_OPENERS.has(t.lower) || /^\d/.test(t.text)));
}

/**
 * A full stop that belongs to the short capitalised word before it ("Gov.", "Jr."), not the
 * end of the sentence: the sentence's last mark always ends it ("… from the FBI.").
 */
export function abbreviationDot(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  return (
    t.text === '.' &&
    k > 0 &&
    k < tokens.length - 1 &&
    prev !== undefined &&
    prev.cap &&
    prev.text.length <= 4 &&
    prev.end === t.start
  );
}
/** A slash joining two names with no space ("New York Times/CBS News", "Reuters/Ipsos"). */
function joiningSlash(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return (
    t.text === '/' &&
    Boolean(prev?.word && next?.word && next.cap && prev.end === t.start && t.end === next.start)
  );
}
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
    if (abbreviationDot(tokens, k) || (joiningSlash(tokens, k) && start < end)) {
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
    if (t.lower === "'s" || abbreviationDot(tokens, k) || joiningSlash(tokens, k)) {
      end = ++k;
      continue;
    }
    // "the most recent data", "a more detailed report": a graded adjective inside the phrase.
    if (GRADED.has(t.lower) && k > from && DETERMINERS_BEFORE_GRADED.has(tokens[k - 1]!.lower)) {
      // The adjective after it is taken too, even in -ed ("a more detailed report").
      if (tokens[k + 1]?.word && !tokens[k + 1]!.cap && !BOUNDARY.has(tokens[k + 1]!.lower)) {
        k += 2;
        continue;
      }
    }
    if (!t.word) break;
    if (!t.cap && TRAILERS.has(t.lower) && tokens[k + 1]?.word) {
      k++;
      continue;
    }
    // "said Ted Cruz on Monday", "said Cruz in a statement": a when or how ends the phrase.
    if (!t.cap && k > from && SETTING_PREPOSITIONS.has(t.lower) && startsSetting(tokens[k + 1]))
      break;
    if (k > from && topicAfterName(tokens, k)) break;
    if (!t.cap && (NP_INNER.has(t.lower) || t.lower === 'with')) {
      const nextTok = tokens[k + 1];
      const graded = nextTok && GRADED.has(nextTok.lower) && DETERMINERS_BEFORE_GRADED.has(t.lower);
      if (nextTok && nextTok.word && (!BOUNDARY.has(nextTok.lower) || graded)) {
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

// Determiners of a common noun phrase: "of the film" is a topic, "of the State Department" a name.
const TOPIC_DETERMINERS = new Set('the a an this that his her their its'.split(' '));

/**
 * "joked Smith of the film", "said Jones about the ruling": after a name, "of"/"about" and a
 * common noun phrase is what was said about, not part of who said it ("Smith of the Treasury"
 * keeps its capitalised body).
 */
function topicAfterName(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.lower !== 'of' && t.lower !== 'about') return false;
  const det = tokens[k + 1];
  const noun = tokens[k + 2];
  return Boolean(
    tokens[k - 1]?.cap &&
    det &&
    TOPIC_DETERMINERS.has(det.lower) &&
    !det.cap &&
    noun?.word &&
    !noun.cap,
  );
}

// Lower-case words ending like finite verbs stop a phrase; nouns of the lexicons are exempt.
function looksLikeVerb(t: Token): boolean {
  return (/(ed|ing)$/.test(t.lower) && t.lower.length > 4) || FINITE_VERBS.has(t.lower);
}
