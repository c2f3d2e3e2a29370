import type { SourceType } from '../../model/claim.ts';
import type { Phrase, SourceInfo, Token } from '../types.ts';
import { DISCOURSE, isSourceNoun, TRAILERS } from './sources.ts';
import {
  ANONYMOUS_HEADS,
  ANONYMOUS_MODIFIERS,
  DOCUMENT_HEADS,
  GOVERNMENT_HEADS,
  MEDIA_HEADS,
  MEDIA_NAMES,
  ORGANIZATION_HEADS,
  PERSON_HEADS,
  PLACES,
  PRONOUNS,
  TITLES,
} from '../lexicon.ts';

/** A lower-case source noun ("officials", "critics", "protesters") written with a capital. */
function isCommonSourceNoun(t: Token): boolean {
  return (
    t.text !== t.text.toUpperCase() && (ANONYMOUS_HEADS.has(t.lower) || PERSON_HEADS.has(t.lower))
  );
}

// "the 46-year-old", "a 19-year-old": a person described by age.
const AGE_NOUN = /^(\d+|[a-z]+(-[a-z]+)?)-year-old$/;

/** A head that describes a person by age; coreference resolves it as it does "he". */
export function isAgeNoun(w: string): boolean {
  return AGE_NOUN.test(w);
}

function isHeadNoun(w: string): boolean {
  return isSourceNoun(w) || isAgeNoun(w);
}

/** Classifies a source phrase: type, named or anonymous, pronoun. */
export function classifySource(tokens: Token[], p: Phrase, sentenceFirst: number): SourceInfo {
  const words = tokens.slice(p.first, p.last).filter((t) => t.word);
  const first = words[0];
  if (words.length === 1 && first && PRONOUNS.has(first.lower)) {
    const t = PRONOUNS.get(first.lower) as SourceType;
    return { type: t, named: false, pronoun: true, shortRef: false, head: first.lower };
  }
  // The head: last word before a post-modifier ("spokesman for …", "source familiar with …",
  // "filings with the SEC").
  let headIdx = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!.lower;
    if (
      (w === 'of' ||
        w === 'for' ||
        w === 'at' ||
        w === 'in' ||
        w === 'from' ||
        w === 'with' ||
        TRAILERS.has(w)) &&
      !words[i]!.cap
    ) {
      headIdx = i - 1;
      break;
    }
  }
  // "data available from the FBI", "figures released Monday": a modifier after the head noun.
  if (!words[headIdx]!.cap && !isHeadNoun(words[headIdx]!.lower)) {
    for (let i = headIdx - 1; i >= 0; i--) {
      if (words[i]!.cap) break;
      if (isHeadNoun(words[i]!.lower)) {
        headIdx = i;
        break;
      }
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
  else if (
    PERSON_HEADS.has(head.lower) ||
    ANONYMOUS_HEADS.has(head.lower) ||
    isAgeNoun(head.lower)
  ) {
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
