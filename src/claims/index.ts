import type { Attribution, SentenceAnalysis } from '../model/claim.ts';
import type { Range, RawAttribution, Token } from './types.ts';
import { splitSentences } from './01-sentences.ts';
import { tokenize } from './02-tokens.ts';
import { QuoteState } from './03-quote-state.ts';
import { findCues } from './04-cues/index.ts';
import { attribute } from './05-attribute/index.ts';
import {
  Antecedents,
  isPersonalPronoun,
  isPronoun,
  phraseSpan,
  spanOf,
  toAttribution,
} from './06-resolve/index.ts';
import { quoteContinuations } from './07-quotes.ts';
import { findHedges } from './08-hedges.ts';
import { decideKind, MAX_SENTENCE_CHARS, nonClaimReasons, RULE_REASONS } from './09-kind/index.ts';
import { reportedByOthers, weighWorth, worthFeatures } from './09-kind/worth.ts';
import { analyseSentence, SpeakerContext } from './languages/analyse-sentence.ts';
import { blockLanguages } from './languages/block-language.ts';
import { lexiconFor } from './languages/lexicon.ts';
import type { LanguageEvidence } from './languages/sentence-language.ts';
import {
  claimLanguage,
  decideLanguage,
  languageEvidence,
  mergeEvidence,
  sentenceLanguage,
} from './languages/sentence-language.ts';

export { splitSentences } from './01-sentences.ts';
export { firstHedge } from './08-hedges.ts';
export { claimAsItStands, WORTH_FEATURES, worthScore } from './09-kind/worth.ts';

/**
 * The check-worthiness features of an analysed sentence of `text`, or null when the model does
 * not weigh it (a rule ruled it out, or it reports someone else): for fitting the model.
 */
export function sentenceWorthFeatures(text: string, s: SentenceAnalysis): number[] | null {
  if (s.reasons.some((r) => RULE_REASONS.has(r))) return null;
  const weasel = s.reasons.includes('anonymous-source') && s.attributions.length === 0;
  if (reportedByOthers(s.attributions, weasel)) return null;
  const tokens = tokenize(text, s.start, s.end);
  return worthFeatures({ text: s.text, tokens, attributions: s.attributions, hedged: s.hedged });
}

export interface AnalyseOptions {
  /**
   * The article's language (BCP 47), a hint only: each sentence is read in its own language
   * (English, German, French, Spanish; others get no claims), judged from its words and its block's.
   */
  lang?: string | null;
  /** The extractor's language per block (offsets into the text), when it has one. */
  blocks?: readonly { start: number; end: number; lang: string | null }[];
  /** The article's title; a line equal to it is a heading. */
  title?: string | null;
}

interface Work {
  range: Range;
  /** The sentence's language: "en", "de", "fr", "es", another subtag, or null (not Latin script). */
  lang: string | null;
  tokens: Token[];
  raw: RawAttribution[];
  /** Attributions carried over from a quote that runs across sentences. */
  carried: Attribution[];
  attributions: Attribution[];
}

/** Analyses an article's text sentence by sentence: who says what, and what nobody stands behind. */

export function analyseText(text: string, options: AnalyseOptions = {}): SentenceAnalysis[] {
  const title = options.title?.trim() ?? '';
  const state = new QuoteState();
  let lineEnd = -1;
  const ranges = splitSentences(text);
  const read = ranges.map((range) => {
    const tooLong = range.end - range.start > MAX_SENTENCE_CHARS;
    const tokens = tooLong ? [] : tokenize(text, range.start, range.end);
    if (lineEnd >= 0 && text.slice(lineEnd, range.start).includes('\n')) state.reset();
    const quoted = tokens.map((t) => state.step(t) || state.open);
    lineEnd = range.end;
    const words = tokens.filter((t) => t.word).map((t) => t.lower);
    const evidence = languageEvidence(text.slice(range.start, range.end), words);
    return { range, tokens, quoted, evidence };
  });
  const hints = languageHints(text, read, options);
  const works: Work[] = read.map(({ range, tokens, quoted, evidence }, i) => {
    const lang = decideLanguage(evidence, hints[i] ?? null);
    const raw = lang === 'en' ? attribute(tokens, findCues(tokens, quoted)) : [];
    return { range, lang, tokens, raw, carried: [], attributions: [] };
  });
  const antecedents = new Antecedents();
  for (const w of works) {
    w.attributions = w.raw.map((a) => toAttribution(text, w.tokens, a, antecedents));
    antecedents.noteNames(w.tokens);
  }
  const continuations = quoteContinuations(text, works).sort((x, y) => x.to - y.to);
  for (const { from, to } of continuations) {
    const target = works[to]!;
    const source = works[from]!;
    // The donor may itself continue a quote: its speaker is the carried one.
    const a =
      source.attributions.find((x) => x.source) ?? source.attributions[0] ?? source.carried[0];
    if (!a || target.attributions.length > 0) continue;
    const content = spanOf(text, target.range.start, target.range.end);
    target.carried.push({ cue: a.cue, source: a.source, content });
  }
  const speakers = new SpeakerContext();
  return works.map((w) => {
    const own = claimLanguage(w.lang);
    if (!own) return analyse(text, w, w.lang === 'en', title);
    const wholeLine = isWholeLine(text, w.range);
    const { start, end } = w.range;
    const a = analyseSentence(
      { text, start, end, tokens: w.tokens, lang: own, wholeLine },
      speakers,
    );
    if (title && a.text === title) a.reasons.push('heading');
    return a;
  });
}

function analyse(text: string, w: Work, english: boolean, title: string): SentenceAnalysis {
  const { range, tokens } = w;
  const sentence = text.slice(range.start, range.end);
  const attributions = [...w.attributions, ...w.carried];
  const { hedges, anonymous: weasels } = findHedges(tokens);
  const hedged = english && hedges.length > 0;
  // An unresolved "he"/"she" is a specific person the article named where we could not see it:
  // not anonymous, so it counts as sourced (with `named` false and no `resolved`).
  const named = attributions.some((a) => a.source?.named || isPersonalPronoun(a.source));
  const anonymous =
    !named &&
    (attributions.some((a) => a.source && !a.source.named && !isPronoun(a.source)) ||
      weasels.length > 0);
  const wholeLine = isWholeLine(text, range);
  const input = { text: sentence, tokens, wholeLine, named, anonymous, hedged };
  const ruled = english ? nonClaimReasons(input) : ['other-language'];
  // A report of what someone else said stands as a claim; an unresolved "they said" has no
  // named or anonymous source to show, so it says why it is one.
  const reported = reportedByOthers(attributions, weasels.length > 0);
  const { worth, nonClaim } =
    ruled.length > 0 || reported
      ? { worth: ruled.length === 0 && !named && !anonymous ? ['statement'] : [], nonClaim: ruled }
      : weighWorth({ text: sentence, tokens, attributions, hedged });
  const kind = decideKind(input, nonClaim, worth);
  // English cues read in another language are noise: neither kept nor given as reasons.
  const foreign = kind === 'none' && nonClaim.includes('other-language');
  const reasons: string[] = [];
  if (!foreign) {
    if (attributions.length > 0) reasons.push('attribution');
    if (named) reasons.push('named-source');
    else if (anonymous) reasons.push('anonymous-source');
    if (hedged) reasons.push('hedge');
  }
  if (title && sentence === title) reasons.push('heading');
  for (const r of [...nonClaim, ...worth]) if (!reasons.includes(r)) reasons.push(r);
  return {
    start: range.start,
    end: range.end,
    text: sentence,
    kind,
    hedged,
    hedges: hedged ? hedges.map((h) => phraseSpan(text, tokens, h)) : [],
    attributions: foreign ? [] : attributions,
    reasons,
  };
}

/**
 * Each sentence's language hint: the extractor's block language when the caller has one, else
 * its paragraph's (the sentences between blank lines, their evidence summed), then the page's.
 */
function languageHints(
  text: string,
  read: readonly { range: Range; evidence: LanguageEvidence }[],
  options: AnalyseOptions,
): (string | null)[] {
  const page = options.lang ?? null;
  if (options.blocks) {
    const at = blockLanguages(options.blocks, page);
    return read.map((r) => at(r.range.start));
  }
  const hints: (string | null)[] = [];
  let from = 0;
  for (let i = 1; i <= read.length; i++) {
    const next = read[i];
    const gap = next ? text.slice(read[i - 1]!.range.end, next.range.start) : '\n\n';
    if (!/\n\s*\n/.test(gap)) continue;
    const lang = decideLanguage(mergeEvidence(read.slice(from, i).map((r) => r.evidence)), page);
    for (let j = from; j < i; j++) hints.push(lang);
    from = i;
  }
  return hints;
}

/** The sentence fills its whole line: a heading, dateline or caption. */
function isWholeLine(text: string, r: Range): boolean {
  const before = text.lastIndexOf('\n', r.start - 1);
  const lineStart = before + 1;
  const after = text.indexOf('\n', r.end);
  const lineEnd = after === -1 ? text.length : after;
  return !text.slice(lineStart, r.start).trim() && !text.slice(r.end, lineEnd).trim();
}

/**
 * The language of a piece of text read on its own ("en", "de", "fr", "es", another subtag, or
 * null for text in no Latin script): what cross-referencing stems and reads numbers by.
 */
export function textLanguage(text: string, hint: string | null = null): string | null {
  const lower = text.toLowerCase();
  // Most text has no curly apostrophe: no copy of it then.
  const words = (lower.includes('’') ? lower.replace(/’/g, "'") : lower).match(/[\p{L}']+/gu) ?? [];
  return sentenceLanguage(text, words, hint);
}

/** Whether a lower-case word is a function word or an attribution verb in `lang`'s lexicon. */
export function lexiconRole(lang: string, word: string): 'function' | 'cue' | null {
  const own = claimLanguage(lang);
  if (!own) return null;
  const lex = lexiconFor(own);
  if (lex.stopwords.has(word) || lex.definite.has(word) || lex.indefinite.has(word))
    return 'function';
  const speech = lex.cueVerbs.has(word) || lex.thatVerbs.has(word) || lex.thatParticiples.has(word);
  if (speech || lex.participles.has(word) || lex.auxiliaries.has(word)) return 'cue';
  return null;
}
