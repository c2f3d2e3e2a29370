import type { Attribution, SentenceAnalysis, SourceSpan } from '../../model/claim.ts';
import type { Span } from '../../model/span.ts';
import type { Token } from '../types.ts';
import type { RawCue } from './find-cues.ts';
import { findCues } from './find-cues.ts';
import { findHedges, subjunctiveAt } from './hedges.ts';
import type { ClaimLanguage, Gender, Lexicon } from './lexicon.ts';
import { inClass, keyOf, lexiconFor } from './lexicon.ts';
import { nonClaimReasons, worthiness } from './non-claims.ts';
import { phraseAfter } from './noun-phrase.ts';

// Named people kept for pronouns: a few sentences back is as far as news prose reaches.
const MAX_RECENT_SPEAKERS = 4;

interface Speaker {
  name: string;
  gender: Gender | null;
}

/** What one article's earlier sentences leave to the next: speakers for pronouns and reported speech. */
export class SpeakerContext {
  /** Named people, most recent first, for "il"/"elle"/"er" and Spanish verbs without a subject. */
  recent: Speaker[] = [];
  /** The last attribution with a source: German Konjunktiv I carries it onward. */
  lastAttribution: Attribution | null = null;

  get lastNamed(): string | null {
    return this.recent[0]?.name ?? null;
  }

  note(name: string, gender: Gender | null): void {
    const known = this.recent.find((s) => s.name === name);
    const entry = { name, gender: gender ?? known?.gender ?? null };
    this.recent = [entry, ...this.recent.filter((s) => s.name !== name)].slice(
      0,
      MAX_RECENT_SPEAKERS,
    );
  }

  /** The most recent speaker a pronoun of `gender` can mean ("elle" never takes "le ministre"). */
  speakerFor(gender: Gender | null): Speaker | null {
    return this.recent.find((s) => !gender || !s.gender || s.gender === gender) ?? null;
  }
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
  const found = raws.map((r) => toAttribution(lex, text, tokens, r, start, end, ctx));
  let attributions = found.map((f) => f.attribution);
  // One sentence on its own: a pronoun or a dropped subject still names someone the reader saw.
  const implicit = raws.some((r, i) => (r.dropped || r.source?.pronoun) && !found[i]!.speaker);
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
  remember(ctx, found, subjunctive >= 0);
  // "La ministra de Hacienda, María Jesús Montero, presentó ...": a named person opening a
  // sentence is who a later pronoun or subject-less verb most likely means.
  if (attributions.length === 0) {
    const opening = phraseAfter(lex, tokens, 0);
    if (opening?.named && opening.type === 'person') {
      const name = text.slice(tokens[opening.from]!.start, tokens[opening.to - 1]!.end);
      ctx.note(name, genderOf(lex, tokens, opening.from, opening.to));
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

interface Found {
  attribution: Attribution;
  /** The named person this attribution speaks for, with the gender the sentence shows. */
  speaker: Speaker | null;
}

function remember(ctx: SpeakerContext, found: Found[], reported: boolean): void {
  const sourced = found.find((f) => f.attribution.source);
  if (sourced) {
    ctx.lastAttribution = sourced.attribution;
    if (sourced.speaker) ctx.note(sourced.speaker.name, sourced.speaker.gender);
  } else if (!reported) ctx.lastAttribution = null;
}

/** A person phrase's grammatical gender: its article ("la", "une") or its role ("Ministerin"). */
function genderOf(lex: Lexicon, tokens: readonly Token[], from: number, to: number): Gender | null {
  const g = lex.gender;
  const first = tokens[from]!.lower;
  if (g.feminine.has(first)) return 'f';
  if (g.masculine.has(first)) return 'm';
  for (let j = from; j < to; j++) {
    const k = keyOf(tokens[j]!.lower);
    if (!inClass(lex.roles, k)) continue;
    if (g.feminineRoleSuffixes.some((x) => k.endsWith(x) && k.length > x.length + 2)) return 'f';
    return g.roleDefault;
  }
  return null;
}

function toAttribution(
  lex: Lexicon,
  text: string,
  tokens: readonly Token[],
  r: RawCue,
  start: number,
  end: number,
  ctx: SpeakerContext,
): Found {
  const cue = span(text, tokens[r.cueFrom]!.start, tokens[r.cueTo - 1]!.end);
  let source: SourceSpan | null = null;
  let speaker: Speaker | null = null;
  if (r.dropped && ctx.recent[0]) {
    // The subject Spanish leaves out is the last named speaker; the verb stands for it.
    speaker = ctx.recent[0];
    source = { ...cue, type: 'person', named: true, resolved: speaker.name };
  } else if (r.source) {
    const s = r.sourceChars ?? {
      start: tokens[r.source.from]!.start,
      end: tokens[r.source.to - 1]!.end,
    };
    const said = span(text, s.start, s.end);
    if (r.source.pronoun) {
      const gender = lex.gender.pronouns.get(said.text.toLowerCase()) ?? null;
      const known = ctx.speakerFor(gender);
      speaker = known && { name: known.name, gender: gender ?? known.gender };
    } else if (r.source.named && r.source.type === 'person') {
      speaker = { name: said.text, gender: genderOf(lex, tokens, r.source.from, r.source.to) };
    }
    const resolved = r.source.pronoun ? (speaker?.name ?? null) : null;
    source = { ...said, type: r.source.type, named: r.source.named || resolved !== null, resolved };
  }
  return { attribution: { cue, source, content: contentOf(text, tokens, r, start, end) }, speaker };
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
