import type { ClaimKind } from '../../model/claim.ts';
import { countFunctionWords, countScripts } from '../../text/language.ts';
import type { Token } from '../types.ts';
import nonclaims from '../lexicon/nonclaims.json';
import worth from '../lexicon/worth.json';

const BYLINE = nonclaims.byline.map((p) => new RegExp(p, 'iu'));
// Case matters here: a name is capitalised, the clause after "By Friday," is not.
const BYLINE_NAMES = new RegExp(nonclaims.bylineNames, 'u');
const BOILERPLATE = nonclaims.boilerplate.map((p) => new RegExp(p, 'iu'));

// Fewer words than this, with no attribution, carry nothing to check ("But concerns remain.").
const MIN_CLAIM_WORDS = 4;
// Headings up to this many words are labels unless they carry a verb of their own.
const MAX_LABEL_WORDS = 8;

const IRREGULAR_PAST = new Set(worth.irregularPast);
const PRESENT_VERBS = new Set(
  'is are has have remains remain faces face needs need wants want plans plan poses pose sees see holds hold leads lead gives give takes take makes make says say shows show denies deny continues continue'.split(
    ' ',
  ),
);

export interface KindInput {
  text: string;
  tokens: Token[];
  /** The sentence is a whole line (a heading, a dateline, a caption). */
  wholeLine: boolean;
  named: boolean;
  anonymous: boolean;
  hedged: boolean;
}

// Function-word hits other languages need together, and more than English has, before a
// sentence read as English is called foreign (one stray "die" or "el" in a name is not enough).
const MIN_FOREIGN_HITS = 2;

/**
 * Is the sentence written in another language than English? The text layer's detector decides:
 * letters mostly in another script, or its function words, counted among the sentence's words.
 */
export function isOtherLanguage(text: string, tokens: Token[]): boolean {
  const scripts = countScripts(text);
  if (scripts.letters > 0 && scripts.script !== 'latin') return true;
  const counts = countFunctionWords(tokens.filter((t) => t.word).map((t) => t.lower));
  let english = 0;
  let other = 0;
  for (const [lang, hits] of counts) {
    if (lang === 'en') english += hits;
    else other += hits;
  }
  return other >= MIN_FOREIGN_HITS && other > english;
}

/**
 * Longest span analysed as one sentence. News sentences stay far below it (PolNeAR's longest are
 * about 700 characters); anything longer is a table, a list or markup run together, and the
 * cue and span stages grow faster than linearly with length, so it is left unanalysed (`none`).
 */
export const MAX_SENTENCE_CHARS = 2000;

/** The reasons `nonClaimReasons` gives: a sentence with one of them is never weighed. */
export const RULE_REASONS: ReadonlySet<string> = new Set([
  'too-long',
  'byline',
  'boilerplate',
  'other-language',
  'question',
  'fragment',
  'heading',
]);

/** Reasons a sentence is not a claim at all, or an empty list. */
export function nonClaimReasons(input: KindInput): string[] {
  const { text, tokens } = input;
  if (text.length > MAX_SENTENCE_CHARS) return ['too-long'];
  const plain = text.replace(/^[\s"“”‘’'(«]+|[\s"“”‘’')»]+$/g, '');
  if (BYLINE_NAMES.test(plain) || BYLINE.some((r) => r.test(plain))) return ['byline'];
  if (BOILERPLATE.some((r) => r.test(plain))) return ['boilerplate'];
  if (isOtherLanguage(text, tokens)) return ['other-language'];
  const words = tokens.filter((t) => t.word);
  if (/\?\s*$/.test(plain) && !input.named && !input.anonymous) return ['question'];
  if (input.named || input.anonymous) return [];
  if (words.length < MIN_CLAIM_WORDS) return ['fragment'];
  if (input.wholeLine && !/[.!?…]$/.test(plain) && isLabel(words)) return ['heading'];
  return [];
}

// A label: short, title-cased or verbless ("World Opinions + Agencies", "Check Also").
function isLabel(words: Token[]): boolean {
  if (words.length > MAX_LABEL_WORDS * 2) return false;
  const capitalised = words.filter((w) => w.cap).length;
  if (capitalised / words.length >= 0.7 && !words.some((w) => /\d/.test(w.text))) return true;
  return words.length <= MAX_LABEL_WORDS && !words.some((w) => hasVerbShape(w));
}

function hasVerbShape(t: Token): boolean {
  if (t.cap) return false;
  return IRREGULAR_PAST.has(t.lower) || PRESENT_VERBS.has(t.lower) || /[^e]ed$|ied$/.test(t.lower);
}

/** The claim kind from what the earlier stages found. */
export function decideKind(input: KindInput, nonClaim: string[], worth: string[]): ClaimKind {
  if (nonClaim.length > 0) return 'none';
  if (input.named) return 'sourced';
  if (input.anonymous) return 'anonymous';
  return worth.length > 0 ? 'unattributed' : 'none';
}
