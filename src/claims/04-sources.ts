import type { SourceType } from '../model/claim.ts';
import type { Token } from './02-tokens.ts';
import {
  ADVERBS,
  ANONYMOUS_HEADS,
  ANONYMOUS_MODIFIERS,
  BOUNDARY,
  DOCUMENT_HEADS,
  FINITE_VERBS,
  GOVERNMENT_HEADS,
  MEDIA_HEADS,
  MEDIA_NAMES,
  NP_INNER,
  ORGANIZATION_HEADS,
  PERSON_HEADS,
  PLACES,
  PRONOUNS,
  TITLES,
} from './lexicon.ts';

/** A noun phrase as a token range [first, last). */
export interface Phrase {
  first: number;
  last: number;
}

export interface SourceInfo {
  type: SourceType;
  named: boolean;
  pronoun: boolean;
  /** A definite short reference ("the ministry", "the spokesman") worth resolving. */
  shortRef: boolean;
  head: string;
}

// Longest source phrase kept; longer runs are clauses, not names.
const MAX_PHRASE = 12;
// Sentence-initial discourse words that are capitalised but never part of a source.
const DISCOURSE = new Set([
  ...BOUNDARY,
  'and',
  'but',
  'meanwhile',
  'however',
  'still',
  'separately',
  'elsewhere',
  'instead',
  'indeed',
  'yesterday',
  'today',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
// Continuations of an anonymous source ("a source familiar with the talks").
const TRAILERS = new Set(['familiar', 'close', 'briefed', 'knowledgeable', 'involved']);

export function isSourceWord(t: Token): boolean {
  return (
    ANONYMOUS_HEADS.has(t.lower) ||
    PERSON_HEADS.has(t.lower) ||
    ORGANIZATION_HEADS.has(t.lower) ||
    GOVERNMENT_HEADS.has(t.lower) ||
    MEDIA_HEADS.has(t.lower) ||
    DOCUMENT_HEADS.has(t.lower)
  );
}

/** A lower-case source noun ("officials", "critics", "protesters") written with a capital. */
function isCommonSourceNoun(t: Token): boolean {
  return (
    t.text !== t.text.toUpperCase() && (ANONYMOUS_HEADS.has(t.lower) || PERSON_HEADS.has(t.lower))
  );
}

/** Skips adverbs and auxiliaries leftwards from `at` (exclusive); returns the new end. */
export function skipLeftAdverbs(tokens: Token[], at: number): number {
  let k = at;
  while (k > 0 && tokens[k - 1]!.word && isAdverb(tokens[k - 1]!) && !tokens[k - 1]!.cap) k--;
  return k;
}

// Nouns and adjectives ending in -ly that are no manner adverbs ("the family said").
const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'supply', 'rally', 'daily', 'weekly']);

/** A listed adverb or auxiliary, or a manner adverb in -ly ("basically", "flatly"). */
function isAdverb(t: Token): boolean {
  return ADVERBS.has(t.lower) || (/^[a-z]{3,}ly$/.test(t.lower) && !LY_NOUNS.has(t.lower));
}

/** The noun phrase ending just before token `end`, or null. */
export function phraseBefore(tokens: Token[], end: number): Phrase | null {
  let k = end - 1;
  const first = tokens[k];
  if (!first) return null;
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

/** Classifies a source phrase: type, named or anonymous, pronoun. */
export function classifySource(tokens: Token[], p: Phrase, sentenceFirst: number): SourceInfo {
  const words = tokens.slice(p.first, p.last).filter((t) => t.word);
  const first = words[0];
  if (words.length === 1 && first && PRONOUNS.has(first.lower)) {
    const t = PRONOUNS.get(first.lower) as SourceType;
    return { type: t, named: false, pronoun: true, shortRef: false, head: first.lower };
  }
  // The head: last word before a post-modifier ("spokesman for …", "source familiar with …").
  let headIdx = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!.lower;
    if (
      (w === 'of' || w === 'for' || w === 'at' || w === 'in' || w === 'from' || TRAILERS.has(w)) &&
      !words[i]!.cap
    ) {
      headIdx = i - 1;
      break;
    }
  }
  const head = words[headIdx]!;
  const lowers = words.map((w) => w.lower);
  // Proper names: capitalised words that are not the sentence's first word or a determiner.
  // The sentence's first word is capitalised whatever it is: "Officials said" names nobody.
  const opening = tokens.slice(sentenceFirst).find((t) => t.word);
  const commonOpener = (w: Token) =>
    w === opening && (DISCOURSE.has(w.lower) || w.lower === 'a' || isCommonSourceNoun(w));
  const proper = words.filter(
    (w, i) =>
      (w.cap || /^\p{Lu}/u.test(w.text)) &&
      !commonOpener(w) &&
      !(i === 0 && ['the', 'a', 'an'].includes(w.lower)),
  );
  const hasName = proper.length > 0;
  const hasTitle = lowers.some((w) => TITLES.has(w));
  let type: SourceType;
  if (
    lowers.some((w) => MEDIA_NAMES.has(w)) ||
    (MEDIA_HEADS.has(head.lower) && (hasName || !GOVERNMENT_HEADS.has(head.lower)))
  )
    type = 'media';
  else if (DOCUMENT_HEADS.has(head.lower)) type = 'document';
  else if (PERSON_HEADS.has(head.lower) || ANONYMOUS_HEADS.has(head.lower)) {
    type = ['authorities', 'police', 'intelligence'].includes(head.lower) ? 'government' : 'person';
    if (
      ['polls', 'studies', 'surveys', 'reports', 'rumours', 'rumors', 'speculation'].includes(
        head.lower,
      )
    )
      type = 'document';
  } else if (GOVERNMENT_HEADS.has(head.lower) || PLACES.has(head.lower)) type = 'government';
  else if (ORGANIZATION_HEADS.has(head.lower)) type = 'organization';
  else if (hasName && head.cap) type = hasTitle || proper.length <= 4 ? 'person' : 'organization';
  else type = 'other';

  // Anonymous: an unnamed group or person ("officials", "a source familiar with …").
  let named = hasName;
  if (ANONYMOUS_HEADS.has(head.lower) && (!head.cap || commonOpener(head))) {
    const namedModifier = words
      .slice(0, headIdx)
      .some((w) => w.cap && !ANONYMOUS_MODIFIERS.has(w.lower) && !DISCOURSE.has(w.lower));
    const spokesperson = /^spokes(man|woman|person)$/.test(head.lower);
    // "a Kremlin spokesman" speaks for a named body; "Western officials" are anonymous.
    const bodyNamed = words
      .slice(0, headIdx)
      .some((w) => w.cap && !['a', 'an', 'the'].includes(w.lower));
    named = spokesperson && (bodyNamed || namedModifier);
    const nameAfter = words.slice(headIdx + 1).some((w) => w.cap);
    if (spokesperson && nameAfter) named = true;
  }
  if (type === 'document' && !named) named = true;
  const definite = first?.lower === 'the';
  const shortRef = !hasName && definite && words.length <= 3;
  if (shortRef && (type === 'government' || type === 'organization' || type === 'media'))
    named = true;
  return { type, named, pronoun: false, shortRef, head: head.lower };
}
