import type { Token } from '../types.ts';
import type { VerbEntry } from '../lexicon.ts';
import { DOCUMENT_HEADS, NOUNISH_FORMS, PRONOUNS, VERB_ONLY_WITH_THAT } from '../lexicon.ts';
import { isSourceWord } from '../phrases/sources.ts';
import { findingNounBefore, QUANTIFIERS } from './findings.ts';
import { skipLeftAdverbs } from '../phrases/adverbs.ts';
import { appositiveSubject } from '../phrases/subjects.ts';

// Before an "-ed" form these make it an adjective: "758 pledged delegates", "of reported cases".
const ADJECTIVE_BEFORE = new Set(['of', 'fewer', 'more', 'most', 'with', 'by']);
// Words that make a capitalised word after them a modifier: "the AP report", "a Trump tweet".
const MODIFIER_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their']);
// A count, not a year ("758 pledged delegates", but "in 2009 agreed").
const COUNT = /^(\d{1,3}(,\d{3})*|\d{5,})$/;
// Capitalised plural groups that take a bare verb ("Democrats report", "Republicans claim").
const PLURAL_GROUP = /(ans|ers|ists|ats|ives|ites|ents)$/;
// Days before a noun of speech: "a Friday tweet".
const DAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
// Object pronouns after "and <form>" make the form a verb ("and calls her …").
const OBJECTS = new Set([
  'her',
  'him',
  'them',
  'it',
  'us',
  'me',
  'himself',
  'herself',
  'themselves',
]);
// Forms of "be" that make a following "-ing" form a verb ("is warning voters").
const BE_BEFORE_ING = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'been', 'be']);

/**
 * Does the cue verb form at `i` read as a noun or adjective here ("invasion fears", "a Friday
 * tweet", "the AP report", "Western states", "758 pledged delegates")?
 */
export function readsAsNoun(tokens: Token[], i: number, verb: VerbEntry): boolean {
  const t = tokens[i]!;
  const lower = t.lower;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && /ed$/.test(lower) && (COUNT.test(prev.text) || ADJECTIVE_BEFORE.has(prev.lower)))
    return true;
  // "thousands of replies": no finite verb follows "of" (gerunds are ruled out elsewhere).
  if (prev?.lower === 'of') return true;
  if (
    VERB_ONLY_WITH_THAT.has(lower) &&
    !/^(that|:)$/.test(next?.lower ?? '') &&
    !(prev && (PRONOUNS.has(prev.lower) || DOCUMENT_HEADS.has(prev.lower)))
  )
    return true;
  if (!NOUNISH_FORMS.has(lower)) return false;
  if (prev && /ing$/.test(lower) && BE_BEFORE_ING.has(prev.lower)) return false;
  // "A new poll shows …", "Polls show …", "FEC records from 2008 show …": a finding noun heads
  // the phrase before the verb, so the form is the verb ("the records show" agrees in number).
  if (verb.cls === 'report' && !/ing$/.test(lower) && findingNounBefore(tokens, i)) return false;
  if (!prev || QUANTIFIERS.has(prev.lower)) return true;
  // "a Friday tweet", "One tweet said": a day or a number before it makes it a noun.
  if (COUNT.test(prev.text) || DAY.test(prev.lower) || prev.lower === 'one') return true;
  // "the AP report", "a Trump tweet": a bare form after a determiner and a name is a noun.
  const before = tokens[i - 2]?.lower ?? '';
  if (prev.cap && !/s$/.test(lower) && (MODIFIER_BEFORE.has(before) || before === "'s"))
    return true;
  // "a news report": a singular subject after "a" would take "reports", so the bare form is a noun.
  if (/^(a|an)$/.test(before) && !/s$/.test(lower) && prev.word) return true;
  // "the Pew Research report", "Jobs report gives …": a bare form after a name that is no plural
  // group ("Democrats report that …") is a noun.
  if (prev.cap && !/s$/.test(lower) && prev.lower !== 'i' && !PLURAL_GROUP.test(prev.lower))
    return true;
  // "Her aide, Jake Sullivan, calls …": a subject with its apposition before the verb.
  if (prev.text === ',' && appositiveSubject(tokens, i - 1)) return false;
  // "… and calls her “an intelligent woman”": a second verb of the subject, with its object.
  if (prev.lower === 'and' && next && (OBJECTS.has(next.lower) || next.cap)) return false;
  // "He also thinks …": the subject may stand before adverbs.
  const k = skipLeftAdverbs(tokens, i);
  const subject =
    k < i && /^[a-z]+ly$|^(also|still|now|never|often|later|again|repeatedly)$/.test(prev.lower)
      ? tokens[k - 1]
      : prev;
  if (!subject) return true;
  return !(subject.cap || PRONOUNS.has(subject.lower) || isSourceWord(subject));
}
