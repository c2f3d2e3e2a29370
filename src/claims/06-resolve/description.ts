import type { Phrase, RawAttribution, Token } from '../types.ts';
import { abbreviationDot } from '../phrases/noun-phrases.ts';
import { ADVERBS, BOUNDARY, CUE_VERBS, FINITE_VERBS, NP_INNER, TIME_WORDS } from '../lexicon.ts';

// Longest bracketed tag kept with a name: "(R-Wis.)", "(D)", "(D-Newport News)".
const MAX_TAG = 8;
// Words that open a description of who someone is: "a professor …", "the agency that …",
// "who heads …", "now a consultant …", "himself a lawyer", "including the mayors".
const DESCRIPTION_OPENERS = new Set(
  'a an the one another his her their its our my who whose which now himself herself itself including'.split(
    ' ',
  ),
);

/**
 * Where a source's name and description end: a bracketed tag ("Rep. Gwen Moore (D-Wis.)") and
 * the descriptive segments between commas or dashes up to the verb ("Kerr Putney, 52, the police
 * chief, said"), or, after an inverted cue, up to the sentence end ("said Alan Cole, an economist
 * at the Tax Foundation."). A closed appositive keeps its closing mark, as the pair belongs
 * together; an owner keeps its possessive ("Trump's claim"). Returns `source.last` when nothing
 * describes the name.
 */
export function describedEnd(tokens: Token[], a: RawAttribution, source: Phrase): number {
  const after = source.first >= a.cue.last;
  const contentAfter = a.content && !a.contentLeft && a.content.first >= source.last;
  // "according to a poll released Thursday by Gallup": who made a document and when belong to it.
  if (after && a.info?.type === 'document' && madeBy(tokens[source.last])) {
    const stop = contentAfter ? a.content!.first : tokens.length;
    return trimEnd(tokens, source.last, segmentEnd(tokens, source.last, stop));
  }
  // "According to exit polls, Romney had a lead": what follows the comma is the content.
  if (after && contentAfter) return source.last;
  let k = source.last;
  // "Donald Trump's claim": the owner of a claim is marked with its possessive.
  if (tokens[k]?.lower === "'s" && k < a.cue.last) return k + 1;
  if (tokens[k]?.text === '(') k = closingTag(tokens, k);
  const stop = after ? tokens.length : a.cue.first;
  let end = k;
  while (k < stop && isMark(tokens[k]!)) {
    const segEnd = segmentEnd(tokens, k + 1, stop);
    if (segEnd <= k + 1 || !opensDescription(tokens, k + 1)) break;
    // "Beck, who said there were …" is a second attribution, not a description; a segment cut
    // off by a quotation ("the author of ''…''") leaves a dangling word and is not whole.
    if (saysSomething(tokens, k + 1, segEnd) || dangling(tokens[segEnd - 1]!)) break;
    const closer = tokens[segEnd];
    const closed = closer !== undefined && isMark(closer);
    // Before the cue, the appositive must be closed by its own mark: "X, a teacher, said".
    if (!after && !closed) break;
    end = closed ? segEnd + 1 : segEnd;
    k = segEnd;
  }
  if (after) end = trimEnd(tokens, source.last, end);
  return Math.max(end, source.last);
}

function saysSomething(tokens: Token[], from: number, to: number): boolean {
  const opener = tokens[from]!.lower;
  if (opener !== 'who' && opener !== 'which') return false;
  return tokens.slice(from + 1, to).some((t) => CUE_VERBS.get(t.lower)?.cls === 'speech');
}

// Words that cannot end a description: it goes on past where the segment was cut.
const DANGLING = /^(and|or|to|with|by|a|an|as|than|from|into)$/;

function dangling(t: Token): boolean {
  return t.word && !t.cap && (NP_INNER.has(t.lower) || DANGLING.test(t.lower));
}

function madeBy(t: Token | undefined): boolean {
  return Boolean(t?.word && !t.cap && (t.lower === 'by' || /[^e]ed$/.test(t.lower)));
}

function closingTag(tokens: Token[], open: number): number {
  for (let j = open + 1; j < tokens.length && j - open <= MAX_TAG; j++) {
    const t = tokens[j]!;
    if (t.text === ')') return j + 1;
    // "(a view echoed by everyone)" is an aside, not a tag of party, state or initials.
    if (t.text === '(' || (t.word && !t.cap && !/^\d/.test(t.text))) break;
  }
  return open;
}

function isMark(t: Token): boolean {
  return t.text === ',' || t.text === '—' || t.text === '–' || t.text === '--';
}

/** The first comma, dash, quotation mark or full stop at or after `from` outside brackets. */
function segmentEnd(tokens: Token[], from: number, stop: number): number {
  let depth = 0;
  for (let j = from; j < stop; j++) {
    const t = tokens[j]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0 || abbreviationDot(tokens, j)) continue;
    else if (isMark(t) || t.quote || /^[.;:!?]$/.test(t.text)) return j;
  }
  return stop;
}

/** Does the segment at `k` name or describe someone, rather than say when, how or what next? */
function opensDescription(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !t.word) return false;
  if (/^\d+$/.test(t.text)) return true; // an age: "Quina Jones, 25,"
  if (DESCRIPTION_OPENERS.has(t.lower)) return true;
  // "the Rev. Peter Wherry, of Mayfield Memorial Baptist Church"
  if (t.lower === 'of') return Boolean(tokens[k + 1]?.cap);
  if (t.cap) return !TIME_WORDS.has(t.lower);
  if (BOUNDARY.has(t.lower) || ADVERBS.has(t.lower) || TIME_WORDS.has(t.lower)) return false;
  return !FINITE_VERBS.has(t.lower) && !/(ly|ing|ed)$/.test(t.lower);
}

/** Drops the full stop or quotation mark an inverted source's last segment ran into. */
function trimEnd(tokens: Token[], min: number, end: number): number {
  while (end > min && !tokens[end - 1]!.word && !/^[),]$/.test(tokens[end - 1]!.text)) end--;
  return end;
}
