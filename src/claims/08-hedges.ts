import { tokenize } from './02-tokens.ts';
import type { Phrase, Token } from './types.ts';
import {
  AGENTLESS_PARTICIPLES,
  ANONYMOUS_HEDGES,
  HEDGE_MODALS,
  HEDGE_PHRASES,
  HEDGE_WORDS,
  PERCEIVING_PARTICIPLES,
} from './lexicon.ts';

export interface HedgeResult {
  hedges: Phrase[];
  /** A weasel phrase standing for an unnamed source ("it is understood", "reportedly"). */
  anonymous: Phrase[];
}

// After a modal, these words show it is not speculation ("could not", "may be asked").
const NEGATIONS = new Set(['not', "n't", 'never']);
const QUANTIFIERS = new Set(['some', 'many', 'several']);
const INTENSIFIERS = new Set(['how', 'so', 'too', 'as']);
// Before these "possible" is no speculation but a range: "as soon as possible", "made possible",
// "every possible", "the maximum possible value" (superlatives are caught by their "-est").
const NOT_BEFORE_POSSIBLE = new Set([
  'as',
  'make',
  'made',
  'makes',
  'making',
  'everything',
  'all',
  'every',
  'any',
  'maximum',
  'minimum',
  'total',
  'only',
]);

/** Phrases grouped by their first word, in lexicon order, so each token tries only its own. */
function byFirstWord(phrases: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const p of phrases) {
    const first = p[0];
    if (first === undefined) continue;
    const list = map.get(first) ?? [];
    list.push(p);
    map.set(first, list);
  }
  return map;
}
const HEDGES_BY_FIRST = byFirstWord(HEDGE_PHRASES);
const ANONYMOUS_BY_FIRST = byFirstWord(ANONYMOUS_HEDGES);
const NONE: string[][] = [];

function matchAt(tokens: Token[], i: number, phrase: string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]?.lower !== phrase[k]) return false;
  return true;
}

/** Finds hedge cues and anonymous weasel phrases in a sentence's tokens. */
export function findHedges(tokens: Token[]): HedgeResult {
  const hedges: Phrase[] = [];
  const anonymous: Phrase[] = [];
  let coveredTo = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    for (const phrase of ANONYMOUS_BY_FIRST.get(t.lower) ?? NONE) {
      if (matchAt(tokens, i, phrase)) {
        anonymous.push({ first: i, last: i + phrase.length });
        break;
      }
    }
    if (i < coveredTo) continue;
    let matched = false;
    for (const phrase of HEDGES_BY_FIRST.get(t.lower) ?? NONE) {
      if (matchAt(tokens, i, phrase)) {
        hedges.push({ first: i, last: i + phrase.length });
        coveredTo = i + phrase.length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (HEDGE_MODALS.has(t.lower) && !t.cap) {
      const next = tokens[i + 1];
      if (!next || !next.word || NEGATIONS.has(next.lower) || t.lower === 'would') continue;
      if (modalNoun(tokens, i)) continue;
      // "may suggest", "could de-escalate": the modal plus its verb.
      hedges.push({ first: i, last: i + 2 });
      coveredTo = i + 2;
      continue;
    }
    const passive = agentlessPassive(tokens, i);
    if (passive > i) {
      hedges.push({ first: i, last: passive });
      coveredTo = passive;
      continue;
    }
    // "how many", "so many" ask or stress a quantity; they do not hide who says it.
    if (QUANTIFIERS.has(t.lower) && INTENSIFIERS.has(tokens[i - 1]?.lower ?? '')) continue;
    if (
      HEDGE_WORDS.has(t.lower) &&
      (!t.cap || opensSentence(tokens, i)) &&
      !isActivePast(tokens, i) &&
      !(AGENTLESS_PARTICIPLES.has(t.lower) && agentNamed(tokens, i))
    )
      hedges.push({ first: i, last: i + 1 });
    else if (t.lower === 'possible' && isAttributive(tokens, i))
      hedges.push({ first: i, last: i + 1 });
  }
  return { hedges, anonymous };
}

// Words that open an object noun phrase right after an active verb ("accepted the award").
const OBJECT_OPENERS = new Set(
  'the a an his her their its our my your this these those'.split(' '),
);
// Words before a participle that make it passive or adjectival, a judgement held by someone
// unnamed ("is widely accepted", "the alleged killer", "long considered").
const NOT_A_SUBJECT =
  /^(is|are|was|were|be|been|being|'s|'re|the|a|an|widely|generally|commonly|long|once|now|still|also|often|[a-z]+ly)$/;

/**
 * "the actress accepted the award", "police suspected the driver": a participle hedge word used
 * as an active verb, a subject before it and its object after, reports a deed, not a judgement.
 */
function isActivePast(tokens: Token[], i: number): boolean {
  if (!/ed$/.test(tokens[i]!.lower)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev?.word || !next || NOT_A_SUBJECT.test(prev.lower)) return false;
  return OBJECT_OPENERS.has(next.lower);
}

const BE = /^(is|are|was|were|be|been|being)$/;
// Adverbs between "be" and its participle: "is widely considered", "was long thought".
const PASSIVE_ADVERBS =
  /^(also|still|now|long|often|once|sometimes|generally|widely|commonly|usually|[a-z]+ly)$/;
// How far after the participle "by" may name an agent ("is considered by many").
const AGENT_WINDOW = 1;
const VAGUE_AGENTS = /^(many|some|most|several|others|critics|scholars|experts)$/;

/**
 * "is widely considered", "were thought to", "has been described as": a passive of judging or
 * reporting whose judge goes unnamed. Returns the end of the hedge, or `i` when there is none.
 */
function agentlessPassive(tokens: Token[], i: number): number {
  if (!BE.test(tokens[i]!.lower)) return i;
  let k = i + 1;
  while (
    tokens[k] &&
    PASSIVE_ADVERBS.test(tokens[k]!.lower) &&
    !AGENTLESS_PARTICIPLES.has(tokens[k]!.lower)
  )
    k++;
  const p = tokens[k];
  if (!p || p.cap || !AGENTLESS_PARTICIPLES.has(p.lower)) return i;
  // "is seen as a threat" judges; "can be seen from the road" only looks.
  if (PERCEIVING_PARTICIPLES.has(p.lower) && !/^(as|to)$/.test(tokens[k + 1]?.lower ?? ''))
    return i;
  if (agentNamed(tokens, k)) return i;
  // The hedge reads with the word that opens what is judged: "is believed to", "regarded as".
  return /^(to|as)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
}

/** "was considered by the court": the judge is named after the participle; "by many" stays vague. */
function agentNamed(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j <= k + AGENT_WINDOW; j++) {
    const t = tokens[j];
    if (t?.lower === 'by' && !VAGUE_AGENTS.test(tokens[j + 1]?.lower ?? '')) return true;
  }
  return false;
}

// Before these a modal is a noun ("the might of the navy", "military might and wealth").
const AFTER_NOUN = /^(of|and|or|that|the|a|an|'s|is|was)$/;
const DETERMINERS = /^(the|a|an|their|his|her|its|our|my|your|all)$/;

/** "might" as the noun of strength: after a determiner or before what follows a noun. */
function modalNoun(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower ?? '';
  return DETERMINERS.test(prev) || AFTER_NOUN.test(tokens[i + 1]?.lower ?? '');
}

/** The sentence's first word (after quotation marks or a bracket), capitalised as any opener. */
function opensSentence(tokens: Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (tokens[k]!.word) return false;
  return true;
}

/** "possible new impetus", "a possible deal": the adjective before its noun marks speculation. */
function isAttributive(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next?.word || next.cap || next.lower === 'to' || next.lower === 'that') return false;
  const prev = tokens[i - 1]?.lower ?? '';
  return !NOT_BEFORE_POSSIBLE.has(prev) && !/est$/.test(prev);
}

/**
 * The first hedge of one English sentence as written ("reportedly", "could face"), or null:
 * the same finder as the analysis, for reports stored before sentences kept their hedge.
 */
export function firstHedge(sentence: string): string | null {
  const tokens = tokenize(sentence, 0, sentence.length);
  const first = findHedges(tokens).hedges[0];
  if (!first) return null;
  const last = tokens[Math.min(first.last, tokens.length) - 1]!;
  return sentence.slice(tokens[first.first]!.start, last.end);
}
