import type { Token } from '../types.ts';
import type { Lexicon } from './lexicon.ts';
import { keyOf } from './lexicon.ts';
import type { SourcePhrase } from './noun-phrase.ts';
import { classify, phraseAfter, phraseBefore } from './noun-phrase.ts';

/** An attribution found in one sentence, as token indices. */
export interface RawCue {
  cueFrom: number;
  cueTo: number;
  source: SourcePhrase | null;
  /** Character offsets of a source inside a token ("il" of "a-t-il"). */
  sourceChars: { start: number; end: number } | null;
  /** An impersonal cue ("hieß es", "apprend-on"): someone unnamed speaks. */
  impersonal: boolean;
  /** A Spanish verb with its subject dropped: the last named speaker. */
  dropped: boolean;
}

// Words an auxiliary may stand away from its participle ("a notamment déclaré").
const MAX_AUX_GAP = 3;
const CONDITIONAL = new Set(['si', 'wenn', 'falls', 'ob', "s'il", "s'ils"]);
// "qui craignent", "quienes dicen": a relative clause describes, it does not attribute.
const RELATIVE = new Set(['qui', 'quienes', 'welche']);
// Words that open a clause: a subject does not reach across them.
const CLAUSE = new Set([
  'que',
  'qui',
  'dass',
  'weil',
  'porque',
  'parce',
  'wenn',
  'si',
  'und',
  'et',
  'y',
]);
const ADVERB = /^\p{L}{3,}(ment|mente)$/u;

/** The attribution cues of a sentence in `lex`'s language, with their sources. */
export function findCues(lex: Lexicon, tokens: readonly Token[]): RawCue[] {
  const out: RawCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const k = keyOf(t.lower);
    const prep = matchSequence(lex.prepositions, tokens, i);
    if (prep > 0) {
      const phrase = phraseAfter(lex, tokens, i + prep);
      if (phrase && acceptsPreposition(lex, tokens, i, phrase)) {
        out.push(cue(i, i + prep, phrase));
        i = phrase.to - 1;
        continue;
      }
    }
    const impersonal = matchSequence(lex.impersonal, tokens, i);
    if (impersonal > 0) {
      out.push({ ...cue(i, i + impersonal, null), impersonal: true });
      i += impersonal - 1;
      continue;
    }
    if (lex.postpositions.has(k)) {
      const phrase = phraseBefore(lex, tokens, i);
      if (phrase) out.push(cue(i, i + 1, phrase));
      continue;
    }
    if (lex.trailing.has(k) && isClauseBreak(tokens[i - 1])) {
      const phrase = phraseAfter(lex, tokens, i + 1);
      if (phrase && (phrase.to >= tokens.length || !tokens[phrase.to]!.word)) {
        out.push(cue(i, i + 1, phrase));
        continue;
      }
    }
    if (lex.invertedAuxiliaries.has(k)) {
      const pronoun = /-(t-)?(il|elle|ils|elles)$/.exec(t.lower);
      const withParticiple = lex.participles.has(keyOf(tokens[i + 1]?.lower ?? ''));
      if (pronoun && (withParticiple || !lex.auxiliaries.has(k))) {
        const start = t.end - pronoun[2]!.length;
        const src = classify(lex, tokens, i, i + 1);
        out.push({
          ...cue(i, withParticiple ? i + 2 : i + 1, {
            ...src,
            type: 'person',
            named: false,
            anonymous: false,
            pronoun: true,
          }),
          sourceChars: { start, end: t.end },
        });
        if (withParticiple) i++;
        continue;
      }
    }
    // "si elle estime que ...", "wenn er sagt": a condition, not an attribution.
    if (RELATIVE.has(tokens[i - 1]?.lower ?? '')) continue;
    if (
      CONDITIONAL.has(tokens[i - 1]?.lower ?? '') ||
      CONDITIONAL.has(tokens[i - 2]?.lower ?? '')
    ) {
      continue;
    }
    const phrase = matchSequence(lex.cuePhrases, tokens, i);
    if (phrase > 0) {
      const found = withSubject(lex, tokens, auxBefore(lex, tokens, i) ?? i, i + phrase - 1);
      out.push({ ...found, cueFrom: Math.min(found.cueFrom, i) });
      i += phrase - 1;
      continue;
    }
    const verb = verbCue(lex, tokens, i) ?? incise(lex, tokens, i);
    if (verb !== null) out.push(withSubject(lex, tokens, verb, i));
  }
  return out;
}

function cue(from: number, to: number, source: SourcePhrase | null): RawCue {
  return { cueFrom: from, cueTo: to, source, sourceChars: null, impersonal: false, dropped: false };
}

/** Length of the longest listed token sequence starting at `i`, or 0. */
function matchSequence(
  list: readonly (readonly string[])[],
  tokens: readonly Token[],
  i: number,
): number {
  outer: for (const seq of list) {
    for (let j = 0; j < seq.length; j++) {
      const t = tokens[i + j];
      if (!t || (t.lower !== seq[j] && keyOf(t.lower) !== seq[j])) continue outer;
    }
    return seq.length;
  }
  return 0;
}

function acceptsPreposition(
  lex: Lexicon,
  tokens: readonly Token[],
  i: number,
  phrase: SourcePhrase,
): boolean {
  const head = keyOf(tokens[i]!.lower);
  // "aus Koalitionskreisen": a plain preposition attributes only to an unnamed source.
  if (lex.prepositionNeedsAnonymous.has(head)) return phrase.anonymous && phrase.from === i + 1;
  if (lex.prepositionNeedsPerson.has(head)) {
    // "Pour le ministre, ...": a stance, only when the phrase stands alone before a comma.
    const opens = i === 0 || isClauseBreak(tokens[i - 1]);
    return opens && tokens[phrase.to]?.text === ',' && (phrase.type === 'person' || phrase.pronoun);
  }
  return true;
}

function isClauseBreak(t: Token | undefined): boolean {
  return (
    !!t && !t.word && (/^[,;:—–-]$/.test(t.text) || t.quote === 'close' || t.quote === 'ambiguous')
  );
}

/** For a speech verb at `i`: the index where its subject search starts on the left, or null. */
function verbCue(lex: Lexicon, tokens: readonly Token[], i: number): number | null {
  const k = keyOf(tokens[i]!.lower);
  if (lex.cueVerbs.has(k)) {
    const particle = lex.cueNeedsParticle.get(k);
    if (particle === undefined || hasParticle(tokens, i, particle))
      return auxBefore(lex, tokens, i) ?? i;
  }
  if (lex.participles.has(k)) return auxBefore(lex, tokens, i);
  return null;
}

/**
 * ", prévoit le projet de loi." / ", ergänzte der Sprecher.": any finite verb after a comma, with
 * its subject behind it closing the sentence, is an inserted attribution.
 */
function incise(lex: Lexicon, tokens: readonly Token[], i: number): number | null {
  const t = tokens[i]!;
  if (t.cap || tokens[i - 1]?.text !== ',') return null;
  const k = keyOf(t.lower);
  if (!lex.finiteVerbs.has(k) && !lex.finitePatterns.some((p) => p.test(k))) return null;
  const phrase = phraseAfter(lex, tokens, i + 1);
  if (!phrase || phrase.pronoun || (phrase.to < tokens.length && tokens[phrase.to]!.word))
    return null;
  return phrase.to >= tokens.length - 1 ? i : null;
}

/** German separable verbs: the particle closes the clause ("teilte ... mit, dass"). */
function hasParticle(tokens: readonly Token[], i: number, particle: string): boolean {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === particle && !tokens[j + 1]?.word) return true;
    if (t.lower === particle && tokens[j + 1]?.lower === 'dass') return true;
  }
  return false;
}

function auxBefore(lex: Lexicon, tokens: readonly Token[], i: number): number | null {
  for (let j = i - 1; j >= 0 && i - j <= MAX_AUX_GAP; j--) {
    const t = tokens[j]!;
    const k = keyOf(t.lower);
    if (lex.auxiliaries.has(k)) return j;
    if (!t.word || t.cap || !(lex.skip.has(k) || ADVERB.test(k) || k === 'pas' || k === 'no'))
      return null;
  }
  return null;
}

/** The verb's subject: before it, after it (inverted), the sentence's opening phrase, or dropped. */
function withSubject(lex: Lexicon, tokens: readonly Token[], left: number, i: number): RawCue {
  // "on indique", "man sagt": an impersonal subject is an unnamed source.
  const subject = keyOf(tokens[left - 1]?.lower ?? '');
  if (subject === 'on' || subject === 'man') return { ...cue(left, i + 1, null), impersonal: true };
  const found = phraseBefore(lex, tokens, left);
  // "auf Regierungskreise meldete": a preposition's object is not the verb's subject.
  const governed = found && lex.governing.has(tokens[found.from - 1]?.lower ?? '');
  const before = governed ? null : found;
  if (before) return cue(left === i ? i : left, i + 1, before);
  let j = i + 1;
  while (tokens[j] && tokens[j]!.word && lex.skip.has(keyOf(tokens[j]!.lower))) j++;
  const after = tokens[j]?.word ? phraseAfter(lex, tokens, j) : null;
  if (after) return cue(left, i + 1, after);
  const opening = openingSubject(lex, tokens, left);
  if (opening) return cue(left, i + 1, opening);
  return { ...cue(i, i + 1, null), dropped: lex.lang === 'es' };
}

/** "Pouria Amirshahi, député ..., a annoncé" / "Die Polizei hat am Montag erklärt". */
function openingSubject(lex: Lexicon, tokens: readonly Token[], verb: number): SourcePhrase | null {
  const phrase = phraseAfter(lex, tokens, 0);
  if (!phrase || phrase.to >= verb) return null;
  const next = tokens[phrase.to];
  if (!next) return null;
  const k = keyOf(next.lower);
  const verbal = lex.auxiliaries.has(k) || lex.finiteVerbs.has(k) || lex.cueVerbs.has(k);
  if (next.text === ',' || verbal) return phrase;
  // "Fuentes cercanas a la investigación señalaron": a complement runs on to the verb.
  for (let j = phrase.to; j < verb; j++) {
    const t = tokens[j]!;
    const w = keyOf(t.lower);
    if (!t.word || lex.finiteVerbs.has(w) || lex.cueVerbs.has(w) || CLAUSE.has(w)) return null;
  }
  return phrase;
}
