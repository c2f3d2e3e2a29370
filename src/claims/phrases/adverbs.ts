import type { Token } from '../types.ts';
import { ADVERBS, PRONOUNS } from '../lexicon.ts';

// A day named between a subject and its verb ("Trump on Friday said", "Clinton Tuesday said").
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
// Parts of a day after its name ("on Friday morning").
const DAY_PART = /^(morning|afternoon|evening|night)$/;
// Spans of time after "last", "this" or "next" ("Sanders last week said").
const PERIOD = /^(week|month|year|weekend)$/;

/** Skips adverbs, auxiliaries and a time adverbial leftwards from `at` (exclusive). */
export function skipLeftAdverbs(tokens: Token[], at: number): number {
  let k = at;
  for (;;) {
    const t = tokens[k - 1];
    if (!t) return k;
    if (isContractedIs(tokens, k - 1) || (t.word && isAdverb(t) && !t.cap)) k--;
    else if (timeBefore(tokens, k) < k) k = timeBefore(tokens, k);
    else return k;
  }
}

/** Only between a subject and its verb: "disclosures filed on Sunday revealed" keeps its time. */
function subjectEnd(t: Token | undefined): boolean {
  return Boolean(t?.word && !(/ed$/.test(t.lower) && !t.cap));
}

/** The start of "on Friday (morning)", "Friday", "last week" ending just before `at`, or `at`. */
function timeBefore(tokens: Token[], at: number): number {
  let k = at;
  if (DAY_PART.test(tokens[k - 1]?.lower ?? '') && WEEKDAY.test(tokens[k - 2]?.lower ?? '')) k--;
  const t = tokens[k - 1];
  if (t && WEEKDAY.test(t.lower) && t.cap) {
    k--;
    if (tokens[k - 1]?.lower === 'on') k--;
    return subjectEnd(tokens[k - 1]) ? k : at;
  }
  if (t && PERIOD.test(t.lower) && /^(last|this|next)$/.test(tokens[k - 2]?.lower ?? '')) {
    k -= 2;
    if (tokens[k - 1]?.lower === 'earlier') k--;
    return subjectEnd(tokens[k - 1]) ? k : at;
  }
  return at;
}

/** "he's predicting": "'s" after a pronoun is "is" or "has", not a possessive. */
export function isContractedIs(tokens: Token[], i: number): boolean {
  return tokens[i]!.lower === "'s" && PRONOUNS.has(tokens[i - 1]?.lower ?? '');
}

// Nouns and adjectives ending in -ly that are no manner adverbs ("the family said").
const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'supply', 'rally', 'daily', 'weekly']);

/** A listed adverb or auxiliary, or a manner adverb in -ly ("basically", "flatly"). */
export function isAdverb(t: Token): boolean {
  return ADVERBS.has(t.lower) || (/^[a-z]{3,}ly$/.test(t.lower) && !LY_NOUNS.has(t.lower));
}
