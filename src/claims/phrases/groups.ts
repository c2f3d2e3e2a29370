import type { Phrase, SourceInfo, Token } from '../types.ts';
import { isSourceWord } from './sources.ts';
import { CUE_VERBS, GROUP_VERBS, NUMBER_WORDS } from '../lexicon.ts';

// Longest group subject ("nearly 6 in 10 of the Republican primary voters in five states").
const MAX_GROUP = 16;
// Shares that head a group subject on their own ("a majority of Republicans", "half of voters").
const SHARES = new Set(['majority', 'plurality', 'minority', 'half']);
// Quantities that stand for people when the verb or "of" follows them right away.
const QUANTITIES = new Set(['most', 'many', 'few', 'several', 'both']);
// Fractions that are shares only with "of" after them.
const FRACTIONS = new Set(['third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths']);
// Words that may stand before the share ("about", "more than", "a slim majority", "only").
const SHARE_MODIFIERS = new Set(
  'about around nearly almost roughly only just some more less fewer than over under a an the another large slim narrow vast clear overwhelming bare sizable wide solid'.split(
    ' ',
  ),
);
// Where a clause, and so a subject, may begin ("Among Republicans, 27 percent …", "while 9 percent …").
const CLAUSE_OPENERS = new Set(['while', 'and', 'but', 'whereas', 'though', 'although', 'as']);
// Modals, auxiliaries and forms of "be" that open the verb group after a group subject.
const VERB_GROUP =
  /^(would|will|could|can|may|might|should|must|do|does|did|is|are|was|were|have|has|had)$/;
// Modals that open a group's verb ("would choose"); forms of "be" and "have" describe the group
// rather than report its view ("90 percent are married").
const MODALS = /^(would|will|could|can|may|might|should|do|does|did)$/;
// Stops a group subject: relative clauses and conjunctions of clauses.
const STOP = new Set(['who', 'that', 'which', 'whom', 'whose', 'while', 'but', 'because']);
// Subject pronouns start a clause of their own ("… said they trust …").
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

function isNumber(t: Token): boolean {
  if (/^\d+(\.\d+)?$/.test(t.text)) return true;
  const [tens, unit] = t.lower.split('-');
  return NUMBER_WORDS.has(t.lower) || (NUMBER_WORDS.has(tens!) && NUMBER_WORDS.has(unit ?? ''));
}

/** The end (exclusive) of a share at `i` ("56 percent", "4 in 10", "two-thirds", "half"), or -1. */
function shareAt(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (isNumber(t)) {
    if (next && /^(percent|%|pct)$/.test(next.lower)) return i + 2;
    if (next?.lower === 'per' && tokens[i + 2]?.lower === 'cent') return i + 3;
    if (next?.lower === 'in' && tokens[i + 2] && isNumber(tokens[i + 2]!)) return i + 3;
    if (next?.lower === 'out' && tokens[i + 2]?.lower === 'of' && tokens[i + 3])
      return isNumber(tokens[i + 3]!) ? i + 4 : -1;
    return -1;
  }
  // "the third is …" is an ordinal; a bare fraction needs "of" after it ("a third of voters").
  if (FRACTIONS.has(t.lower)) return next?.lower === 'of' ? i + 1 : -1;
  // "Most believe …", "few think …", "many of them fear …": a quantity standing for people.
  if (QUANTITIES.has(t.lower)) return next?.lower === 'of' || next?.word ? i + 1 : -1;
  if (SHARES.has(t.lower) || /^[a-z]+-(thirds|quarters|fifths)$/.test(t.lower)) return i + 1;
  return -1;
}

/** Is token `i` where a clause may begin? */
function clauseStart(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (!prev.word) return /^[,;:—–(-]$/.test(prev.text);
  return CLAUSE_OPENERS.has(prev.lower) && (!prev.cap || i === 1);
}

/**
 * A share of people as the subject of the verb at `verb`: "56 percent of likely voters [said]",
 * "about 4 in 10 [want]", "a majority of Republicans [support]". The share opens a clause; with
 * "of" after it the group must name people (a source noun or a capitalised group), so "20 percent
 * of the budget goes" is no attribution.
 */
export function groupSubjectBefore(tokens: Token[], verb: number): Phrase | null {
  for (let q = Math.max(0, verb - MAX_GROUP); q < verb; q++) {
    const end = shareAt(tokens, q);
    if (end < 0 || end > verb) continue;
    let first = q;
    while (first > 0 && SHARE_MODIFIERS.has(tokens[first - 1]!.lower)) first--;
    // "a 20 percent tax": a share right after an article is an adjective.
    if (first === q - 1 && /^(a|an|the)$/.test(tokens[first]!.lower) && isNumber(tokens[q]!))
      continue;
    if (!clauseStart(tokens, first)) continue;
    const rest = tokens.slice(end, verb);
    if (rest.some((t) => (!t.word && !/^[-–—]$/.test(t.text)) || stops(t))) continue;
    if (QUANTITIES.has(tokens[q]!.lower) && rest.length > 0 && rest[0]!.lower !== 'of') continue;
    if (rest.length > 0) {
      if (rest[0]!.lower !== 'of' && !isPeople(rest[0]!)) continue;
      if (!rest.some(isPeople)) continue;
    }
    return { first, last: verb };
  }
  return null;
}

/** A word that cannot stand inside a group subject: a verb, a pronoun subject, a clause word. */
function stops(t: Token): boolean {
  return (
    STOP.has(t.lower) || VERB_GROUP.test(t.lower) || CUE_VERBS.has(t.lower) || SUBJECTS.has(t.lower)
  );
}

function isPeople(t: Token): boolean {
  return isSourceWord(t) || (t.cap && /s$/.test(t.lower)) || t.lower === 'them';
}

/**
 * A verb after a group subject that reports what the group thinks or does in a poll, though it is
 * no cue verb of its own ("41 percent would choose Sanders", "64 percent call him competent"):
 * the token range of the verb group, or null.
 */
export function groupVerbAt(tokens: Token[], i: number): Phrase | null {
  const t = tokens[i]!;
  if (t.cap || CUE_VERBS.has(t.lower)) return null;
  const modal = MODALS.test(t.lower);
  if (!modal && !GROUP_VERBS.has(t.lower)) return null;
  // Only the first word of the verb group starts it: "would vote", not "vote" after "would".
  if (tokens[i - 1] && VERB_GROUP.test(tokens[i - 1]!.lower)) return null;
  if (!groupSubjectBefore(tokens, i)) return null;
  let last = i + 1;
  while (
    last < tokens.length &&
    /^(also|still|not|now|strongly|more|less)$/.test(tokens[last]!.lower)
  )
    last++;
  if (modal) {
    const v = tokens[last];
    if (!v?.word || v.cap) return null;
    last++;
  }
  const particle = tokens[last]?.lower;
  if (particle === 'for' || particle === 'against') last++;
  return { first: i, last };
}

/** How a group subject is classified: unnamed people (poll respondents, a share of voters). */
export const GROUP_INFO: SourceInfo = {
  type: 'person',
  named: false,
  pronoun: false,
  shortRef: false,
  head: 'group',
};
