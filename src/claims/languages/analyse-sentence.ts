import type { Attribution, SentenceAnalysis, SourceSpan } from '../../model/claim.ts';
import type { Span } from '../../model/span.ts';
import type { Token } from '../types.ts';
import type { RawCue } from './find-cues.ts';
import { findCues } from './find-cues.ts';
import { findHedges, subjunctiveAt } from './hedges.ts';
import type { ClaimLanguage } from './lexicon.ts';
import { lexiconFor } from './lexicon.ts';
import { nonClaimReasons, worthiness } from './non-claims.ts';
import { phraseAfter } from './noun-phrase.ts';

/** What one article's earlier sentences leave to the next: speakers for pronouns and reported speech. */
export class SpeakerContext {
  /** The last named speaker, for "il"/"er" and Spanish verbs without a subject. */
  lastNamed: string | null = null;
  /** The last attribution with a source: German Konjunktiv I carries it onward. */
  lastAttribution: Attribution | null = null;
}

export interface SentenceInput {
  text: string;
  start: number;
  end: number;
  tokens: readonly Token[];
  lang: ClaimLanguage;
  wholeLine: boolean;
}

/** Claim analysis of one German, French or Spanish sentence (offsets into `text`). */
export function analyseSentence(input: SentenceInput, ctx: SpeakerContext): SentenceAnalysis {
  const { text, start, end, tokens, lang } = input;
  const lex = lexiconFor(lang);
  const sentence = text.slice(start, end);
  const raws = findCues(lex, tokens);
  let attributions = raws.map((r) => toAttribution(text, tokens, r, start, end, ctx));
  const implicit = raws.some(
    (r) => (r.dropped && !ctx.lastNamed) || (r.source?.pronoun && !ctx.lastNamed),
  );
  const impersonal = raws.some((r) => r.impersonal || r.source?.anonymous);
  const reasons: string[] = [];
  // Konjunktiv I with no cue of its own: the last speaker's words run on.
  const subjunctive = attributions.length === 0 ? subjunctiveAt(lex, tokens) : -1;
  let reported = false;
  if (subjunctive >= 0) {
    reported = true;
    if (ctx.lastAttribution) {
      attributions = [{ ...ctx.lastAttribution, content: span(text, start, end) }];
      reasons.push('reported-speech');
    }
  }
  const hedgeHits = findHedges(lex, tokens);
  const hedged = hedgeHits.length > 0;
  const named = implicit || attributions.some((a) => a.source?.named);
  const anonymous =
    !named &&
    (impersonal ||
      attributions.some((a) => a.source && !a.source.named) ||
      (reported && attributions.length === 0));
  const nonClaim = nonClaimReasons(lex, sentence, tokens, input.wholeLine, named || anonymous);
  const worth = nonClaim.length > 0 ? [] : worthiness(lex, sentence, tokens, hedged);
  const kind =
    nonClaim.length > 0
      ? 'none'
      : named
        ? 'sourced'
        : anonymous
          ? 'anonymous'
          : worth.length > 0
            ? 'unattributed'
            : 'none';
  if (attributions.length > 0) reasons.unshift('attribution');
  if (named) reasons.push('named-source');
  else if (anonymous) reasons.push('anonymous-source');
  if (hedged) reasons.push('hedge');
  for (const r of [...nonClaim, ...worth]) if (!reasons.includes(r)) reasons.push(r);
  remember(ctx, attributions, subjunctive >= 0);
  // "La ministra de Hacienda, María Jesús Montero, presentó ...": a named person opening a
  // sentence is who a later pronoun or subject-less verb most likely means.
  if (attributions.length === 0) {
    const opening = phraseAfter(lex, tokens, 0);
    if (opening?.named && opening.type === 'person') {
      ctx.lastNamed = text.slice(tokens[opening.from]!.start, tokens[opening.to - 1]!.end);
    }
  }
  return {
    start,
    end,
    text: sentence,
    kind,
    hedged,
    hedges: hedgeHits.map((h) => span(text, tokens[h.from]!.start, tokens[h.to - 1]!.end)),
    attributions,
    reasons: [`lang:${lang}`, ...reasons],
  };
}

function remember(ctx: SpeakerContext, attributions: Attribution[], reported: boolean): void {
  const sourced = attributions.find((a) => a.source);
  if (sourced?.source) {
    ctx.lastAttribution = sourced;
    if (sourced.source.named && sourced.source.type === 'person')
      ctx.lastNamed = sourced.source.resolved ?? sourced.source.text;
  } else if (!reported) ctx.lastAttribution = null;
}

function toAttribution(
  text: string,
  tokens: readonly Token[],
  r: RawCue,
  start: number,
  end: number,
  ctx: SpeakerContext,
): Attribution {
  const cue = span(text, tokens[r.cueFrom]!.start, tokens[r.cueTo - 1]!.end);
  let source: SourceSpan | null = null;
  if (r.source) {
    const s = r.sourceChars ?? {
      start: tokens[r.source.from]!.start,
      end: tokens[r.source.to - 1]!.end,
    };
    const resolved = r.source.pronoun ? ctx.lastNamed : null;
    source = {
      ...span(text, s.start, s.end),
      type: r.source.type,
      named: r.source.named || resolved !== null,
      resolved,
    };
  } else if (r.dropped && ctx.lastNamed) {
    // The subject Spanish leaves out is the last named speaker; the verb stands for it.
    source = { ...cue, type: 'person', named: true, resolved: ctx.lastNamed };
  }
  return { cue, source, content: contentOf(text, tokens, r, start, end) };
}

/** The words attributed: the sentence around the cue and source, without them. */
function contentOf(
  text: string,
  tokens: readonly Token[],
  r: RawCue,
  start: number,
  end: number,
): Span | null {
  const from = Math.min(r.cueFrom, r.source?.from ?? r.cueFrom);
  const to = Math.max(r.cueTo, r.source?.to ?? r.cueTo);
  const wordsAfter = tokens.slice(to).filter((t) => t.word).length;
  const wordsBefore = tokens.slice(0, from).filter((t) => t.word).length;
  const [a, b] =
    wordsAfter >= wordsBefore
      ? [tokens[to]?.start ?? end, end]
      : [start, tokens[from]?.start ?? start];
  const slice = text.slice(a, b);
  const lead = slice.length - slice.replace(/^[\s,;:«»"“”„]+(dass|que|qu'|qu’)?\s*/u, '').length;
  const trail = slice.length - slice.replace(/[\s,;:.«»"“”„]+$/u, '').length;
  if (b - trail <= a + lead) return null;
  return span(text, a + lead, b - trail);
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
