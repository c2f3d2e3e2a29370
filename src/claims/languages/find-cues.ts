import type { Token } from '../types.ts';
import type { Lexicon } from './lexicon.ts';
import { elidedOf, inClass, keyOf, sequenceAt } from './lexicon.ts';
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
// Longest bracket skipped between a subject and its verb ("(OMS)", "(INE)", "(PSOE)").
const MAX_BRACKET_TOKENS = 6;
// Words between a verb and the quotation that is its object ("llamó a la Argentina «…»").
const MAX_QUOTE_OBJECT_GAP = 5;

/** The attribution cues of a sentence in `lex`'s language, with their sources. */
export function findCues(lex: Lexicon, tokens: readonly Token[]): RawCue[] {
  const out: RawCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const k = keyOf(t.lower);
    const self = matchSequence(lex.selfAttribution, tokens, i);
    if (self > 0) {
      const subject = ownSubject(lex, tokens, i, i + self);
      if (subject) out.push(cue(i, i + self, subject));
      i += self - 1;
      continue;
    }
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
      // "…, so das Bundesamt am Freitag.": a day or time may close the sentence after the source.
      const close = phrase ? skipTime(lex, tokens, phrase.to) : 0;
      if (phrase && (close >= tokens.length || !tokens[close]!.word)) {
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
    const gerund = matchSequence(lex.gerundCues, tokens, i);
    if (gerund > 0 && isComplementiser(tokens[afterAdverbs(lex, tokens, i + gerund)])) {
      const subject = gerundSubject(lex, tokens, i);
      if (subject) out.push(cue(i, i + gerund, subject));
      i += gerund - 1;
      continue;
    }
    const phrase = matchSequence(lex.cuePhrases, tokens, i);
    if (phrase > 0) {
      const found = withSubject(lex, tokens, auxBefore(lex, tokens, i) ?? i, i + phrase - 1);
      out.push({ ...found, cueFrom: Math.min(found.cueFrom, i) });
      i += phrase - 1;
      continue;
    }
    const verb = verbCue(lex, tokens, i);
    if (verb !== null) {
      out.push(withParticle(lex, tokens, i, withSubject(lex, tokens, verb, i)));
      continue;
    }
    const byPreposition = prepositionSource(lex, tokens, i);
    if (byPreposition) {
      out.push(byPreposition);
      continue;
    }
    const context = contextCue(lex, tokens, i);
    if (context) {
      out.push(context);
      continue;
    }
    const last = incise(lex, tokens, i);
    if (last !== null) {
      out.push(withSubject(lex, tokens, i, last));
      i = last;
      continue;
    }
    const quoting = quoteVerb(lex, tokens, i);
    if (quoting !== null) out.push(withSubject(lex, tokens, quoting, i));
  }
  return out;
}

/**
 * "nach eigenen Angaben", "de son propre aveu": the sentence's own subject is the source — the
 * phrase opening the sentence, or (German verb second) the one after the verb that follows.
 */
function ownSubject(
  lex: Lexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
): SourcePhrase | null {
  if (from > 0) return openingSubject(lex, tokens, from);
  let j = to;
  if (tokens[j]?.text === ',') j++;
  // The finite verb (and any auxiliary), then the subject.
  if (!tokens[j]?.word) return null;
  j = skipTime(lex, tokens, j + 1);
  return tokens[j]?.word ? phraseAfter(lex, tokens, j) : null;
}

/** The first token at or after `j` that is not an adverb ("arguant notamment que"). */
function afterAdverbs(lex: Lexicon, tokens: readonly Token[], j: number): number {
  const end = j + MAX_AUX_GAP;
  while (j < end && tokens[j]?.word) {
    const k = keyOf(tokens[j]!.lower);
    if (!lex.skip.has(k) && !ADVERB.test(k)) break;
    j++;
  }
  return j;
}

// "que", "qu'il": the gerund's reported clause.
function isComplementiser(t: Token | undefined): boolean {
  return !!t && (t.lower === 'que' || t.lower.startsWith("qu'") || t.lower.startsWith('qu’'));
}

/** "Le gouvernement se défend …, arguant que": the phrase opening the sentence, before its verb. */
function gerundSubject(lex: Lexicon, tokens: readonly Token[], i: number): SourcePhrase | null {
  const phrase = phraseAfter(lex, tokens, 0);
  if (!phrase || phrase.to >= i - 1) return null;
  const verb = tokens[phrase.to]!;
  return verb.word && !verb.cap && !lex.governing.has(verb.lower) ? phrase : null;
}

/**
 * "Carlos Nino llamó a la Argentina «un país al margen de la ley»": a named subject and a verb
 * whose object is a quotation; the verb cues it, whatever it is.
 */
function quoteVerb(lex: Lexicon, tokens: readonly Token[], i: number): number | null {
  const t = tokens[i]!;
  const k = keyOf(t.lower);
  // "les propositions étaient « insuffisantes »": a copula's quotation is a predicate, not speech.
  if (t.cap || lex.stopwords.has(k) || lex.copulas.has(k)) return null;
  let quoted = false;
  for (let j = i + 1; j < tokens.length && j - i <= MAX_QUOTE_OBJECT_GAP; j++) {
    const q = tokens[j]!;
    if (q.quote === 'open' || (q.quote === 'ambiguous' && tokens[j + 1]?.word)) {
      quoted = true;
      break;
    }
    if (!q.word || CLAUSE.has(keyOf(q.lower))) return null;
  }
  if (!quoted || !isFinite(lex, k) || lex.cueBlockedAfter.has(tokens[i - 1]?.lower ?? ''))
    return null;
  const subject = phraseBefore(lex, tokens, i);
  return subject?.named && !subject.anonymous ? i : null;
}

/** German separable verbs: the cue runs from the verb to its particle ("teilte am Montag mit"). */
function withParticle(lex: Lexicon, tokens: readonly Token[], i: number, found: RawCue): RawCue {
  const particle = lex.cueNeedsParticle.get(keyOf(tokens[i]!.lower));
  if (particle === undefined) return found;
  const at = particleAt(tokens, i, particle);
  // An inverted subject inside the gap ("teilte das Ministerium mit") keeps the cue to the verb,
  // and so does content inside it ("kündigte weitere Streiks an."): only "mit, dass …" spans.
  if (at < 0 || (found.source && found.source.from > i && found.source.from < at)) return found;
  const next = tokens[at + 1];
  if (next?.text !== ',' && next?.lower !== 'dass') return found;
  return { ...found, cueTo: Math.max(found.cueTo, at + 1) };
}

/** The length of a day or time phrase at `j` ("este lunes", "am Montagabend"), or 0. */
function timeAt(lex: Lexicon, tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!t?.word) return 0;
  const k = keyOf(t.lower);
  if (lex.skip.has(k)) return 1;
  const next = tokens[j + 1];
  if (lex.timeDeterminers.has(k) && next?.word && lex.skip.has(keyOf(next.lower))) return 2;
  return 0;
}

/** Past day/time phrases and asides ("en un comunicado", "a la prensa") after a cue. */
function skipTime(lex: Lexicon, tokens: readonly Token[], j: number): number {
  for (;;) {
    const n = timeAt(lex, tokens, j) || asideAt(lex, tokens, j);
    if (n === 0) return j;
    j += n;
  }
}

// Longest aside skipped after a cue ("en rueda de prensa", "in einer Mitteilung").
const MAX_ASIDE_TOKENS = 5;

/** "en un comunicado", "a la prensa": a preposition and a document or press word, or 0. */
function asideAt(lex: Lexicon, tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!t?.word || !lex.governing.has(t.lower)) return 0;
  // The aside ends at its last document or press word ("en un comunicado | la compañía").
  let end = 0;
  for (let k = j + 1; k < tokens.length && k - j <= MAX_ASIDE_TOKENS; k++) {
    const w = tokens[k]!;
    if (!w.word) break;
    const key = keyOf(w.lower);
    if (lex.skip.has(key) || inClass(lex.document, key) || inClass(lex.media, key)) end = k + 1;
    else if (!lex.definite.has(w.lower) && !lex.indefinite.has(key) && !lex.connectors.has(key))
      break;
  }
  return end > 0 ? end - j : 0;
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
  return sequenceAt(list, tokens, i);
}

function acceptsPreposition(
  lex: Lexicon,
  tokens: readonly Token[],
  i: number,
  phrase: SourcePhrase,
): boolean {
  const head = keyOf(tokens[i]!.lower);
  if (lex.prepositionOpensClause.has(head) && i > 0 && !isClauseBreak(tokens[i - 1])) return false;
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
  if (lex.cueVerbs.has(k) && !nounReading(lex, tokens, i)) {
    const particle = lex.cueNeedsParticle.get(k);
    // "„…!“, rief er": after a quotation the verb reports it without its particle.
    const quoted = tokens[i - 1]?.text === ',' && isQuoteClose(tokens[i - 2]);
    if (particle === undefined || quoted || particleAt(tokens, i, particle) >= 0) {
      const left = auxBefore(lex, tokens, i) ?? i;
      // "se negó el asilo": the clitic makes the verb reflexive or passive, not speech.
      return lex.cueBlockedAfter.has(tokens[left - 1]?.lower ?? '') ? null : left;
    }
  }
  if (lex.participles.has(k)) {
    const left = auxBefore(lex, tokens, i);
    return left !== null && lex.cueBlockedAfter.has(tokens[left - 1]?.lower ?? '') ? null : left;
  }
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
  if (!isFinite(lex, k)) return null;
  // "« … », a lancé la secrétaire générale": an auxiliary and its participle.
  const next = tokens[i + 1];
  const v =
    lex.auxiliaries.has(k) && next?.word && !next.cap && isFinite(lex, keyOf(next.lower))
      ? i + 1
      : i;
  // "El presidente de Argentina, Javier Milei, visitó Madrid": no clause (or quotation)
  // before, no incise.
  const quoted = tokens[i - 2]?.quote === 'close' || tokens[i - 2]?.quote === 'ambiguous';
  if (!quoted && !tokens.slice(0, i - 1).some((w) => w.word && isFinite(lex, keyOf(w.lower))))
    return null;
  const phrase = phraseAfter(lex, tokens, v + 1);
  if (!phrase || phrase.pronoun || (phrase.to < tokens.length && tokens[phrase.to]!.word))
    return null;
  return phrase.to >= tokens.length - 1 ? v : null;
}

function isFinite(lex: Lexicon, k: string): boolean {
  return (
    lex.finiteVerbs.has(k) ||
    lex.cueVerbs.has(k) ||
    lex.thatVerbs.has(k) ||
    lex.documentVerbs.has(k) ||
    lex.auxiliaries.has(k) ||
    lex.finitePatterns.some((p) => p.test(k))
  );
}

/** German separable verbs: the particle closes the clause ("teilte ... mit, dass"); -1 if absent. */
function particleAt(tokens: readonly Token[], i: number, particles: readonly string[]): number {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!particles.includes(t.lower)) continue;
    if (!tokens[j + 1]?.word || tokens[j + 1]?.lower === 'dass') return j;
  }
  return -1;
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
  // "Wie die Polizei am Sonntag berichtete": the subject stands before a day or time.
  let l = left;
  while (l > 0 && timeBefore(lex, tokens, l) > 0) l -= timeBefore(lex, tokens, l);
  // "La Organización Mundial de la Salud (OMS) advirtió": an acronym in brackets.
  if (tokens[l - 1]?.text === ')') {
    const open = tokens.slice(0, l - 1).findLastIndex((t) => t.text === '(');
    if (open >= 0 && l - 1 - open <= MAX_BRACKET_TOKENS) l = open;
  }
  // "on indique", "man sagt": an impersonal subject is an unnamed source.
  const subject = keyOf(tokens[l - 1]?.lower ?? '');
  if (subject === 'on' || subject === 'man') return { ...cue(left, i + 1, null), impersonal: true };
  const found = phraseBefore(lex, tokens, l) ?? apposition(lex, tokens, l);
  // "auf Regierungskreise meldete": a preposition's object is not the verb's subject.
  const governed = found && lex.governing.has(tokens[found.from - 1]?.lower ?? '');
  const before = governed ? null : found;
  if (before) return cue(left === i ? i : left, i + 1, before);
  const j = skipTime(lex, tokens, i + 1);
  const after = tokens[j]?.word ? phraseAfter(lex, tokens, j) : null;
  // "Según explicó en un comunicado Twitter Lite ahora estará …": a phrase followed by its own
  // verb is the reported clause's subject, not the speaker.
  if (after && !verbFollows(lex, tokens, after.to)) return cue(left, i + 1, after);
  const opening = openingSubject(lex, tokens, left);
  if (opening) return cue(left, i + 1, opening);
  if (lex.lang !== 'es' || overtSubject(lex, tokens[left - 1])) return cue(i, i + 1, null);
  // A dropped subject is the last speaker; in a sentence read alone, the statement it names.
  return { ...cue(i, i + 1, asideDocument(lex, tokens, i + 1, j)), dropped: true };
}

// Spanish object clitics that stand between a dropped subject and its verb ("lo explicó").
const CLITICS = new Set(['lo', 'la', 'le', 'les', 'los', 'las', 'me', 'te', 'nos', 'os']);

/**
 * "Una muestra de sangre reveló …": a content word before the verb ends a subject that is no
 * source, so the subject is not dropped. Punctuation, a conjunction, an adverb or a clitic there
 * leave the subject out ("y añadió", "Ayer explicó", "lo explicó").
 */
function overtSubject(lex: Lexicon, t: Token | undefined): boolean {
  if (!t?.word) return false;
  const k = keyOf(t.lower);
  return !(
    CLAUSE.has(k) ||
    CLITICS.has(k) ||
    lex.skip.has(k) ||
    lex.stopwords.has(k) ||
    lex.governing.has(k) ||
    ADVERB.test(k) ||
    k === 'no'
  );
}

// Adverbs or time words between a subject and its verb ("Twitter Lite ahora estará").
const MAX_ADVERBS_BEFORE_VERB = 2;

/** Whether a finite verb follows from `j`, past a few adverbs. */
function verbFollows(lex: Lexicon, tokens: readonly Token[], j: number): boolean {
  for (let n = 0; n <= MAX_ADVERBS_BEFORE_VERB && tokens[j]?.word; n++, j++) {
    const k = keyOf(tokens[j]!.lower);
    if (isFinite(lex, k) && !lex.skip.has(k)) return true;
    if (!lex.skip.has(k) && !ADVERB.test(k)) return false;
  }
  return false;
}

/** The document of an aside in [from, to) ("en un comunicado" → "un comunicado"), or null. */
function asideDocument(
  lex: Lexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
): SourcePhrase | null {
  for (let j = from; j < to; j++) {
    const n = asideAt(lex, tokens, j);
    if (n === 0) continue;
    const phrase = classify(lex, tokens, j + 1, j + n);
    if (phrase.type === 'document' && phrase.named) return phrase;
    j += n - 1;
  }
  return null;
}

/**
 * "la ministra de Defensa, Margarita Robles, ha asegurado": a role and a name in apposition
 * closed by a comma before the verb; the source runs from the role to the name.
 */
function apposition(lex: Lexicon, tokens: readonly Token[], end: number): SourcePhrase | null {
  if (tokens[end - 1]?.text !== ',') return null;
  const name = phraseBefore(lex, tokens, end - 1);
  if (!name?.named || name.anonymous || tokens[name.from - 1]?.text !== ',') return null;
  // The role opens the stretch before the name's comma ("el líder de la oposición").
  const comma = name.from - 1;
  const start = tokens.slice(0, comma).findLastIndex((t) => !t.word) + 1;
  const role = phraseAfter(lex, tokens, start);
  if (!role || role.type !== 'person') return null;
  // The phrase took the name in itself ("el portavoz de Unidas Podemos, Pablo Echenique").
  if (role.to === name.to) return role;
  if (role.to > comma) return null;
  for (let j = role.to; j < comma; j++) {
    const t = tokens[j]!;
    if (!t.word || isFinite(lex, keyOf(t.lower)) || CLAUSE.has(keyOf(t.lower))) return null;
  }
  return { ...role, to: name.to, named: true, anonymous: false };
}

/** The length of a day or time phrase ending just before `end`, or 0. */
function timeBefore(lex: Lexicon, tokens: readonly Token[], end: number): number {
  if (end >= 2 && timeAt(lex, tokens, end - 2) === 2) return 2;
  return end >= 1 && timeAt(lex, tokens, end - 1) === 1 ? 1 : 0;
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

/**
 * Verbs that cue only in context: a document's verb with a document as its subject ("La
 * Constitución manda «…»", "le rapport note que", "das Gesetz sieht vor"), and verbs that report
 * speech only before a reported clause or quotation ("defendió que", "a concédé que",
 * "bedauerte am Montag, dass"). Either kind cues for any subject when a clause follows.
 */
function contextCue(lex: Lexicon, tokens: readonly Token[], i: number): RawCue | null {
  const t = tokens[i]!;
  const k = keyOf(t.lower);
  const finite = lex.documentVerbs.has(k) || lex.thatVerbs.has(k);
  const participle = lex.documentParticiples.has(k) || lex.thatParticiples.has(k);
  if ((!finite && !participle) || (t.cap && i > 0) || nounReading(lex, tokens, i)) return null;
  const aux = auxBefore(lex, tokens, i);
  if (!finite && aux === null) return null;
  const left = aux ?? i;
  if (lex.cueBlockedAfter.has(tokens[left - 1]?.lower ?? '')) return null;
  const particles = lex.cueNeedsParticle.get(k);
  const at = particles ? particleAt(tokens, i, particles) : i;
  if (at < 0) return null;
  const found = withParticle(lex, tokens, i, withSubject(lex, tokens, left, i));
  // "El informe cifra en 300 los muertos": a report's finding, whatever the object. A law's verb
  // with a plain object describes a provision ("la loi prévoit une protection"), no claim.
  const ofDocument = lex.documentVerbs.has(k) || lex.documentParticiples.has(k);
  if (ofDocument && isReport(lex, tokens, found.source)) return found;
  // "«…», lamentó." / "defendió que …": the quotation before or the clause after is the content.
  const quoted = tokens[left - 1]?.text === ',' && isQuoteClose(tokens[left - 2]);
  // "Como establece la Constitución, …": the subject after the verb, then the content.
  const inverted =
    found.source !== null && found.source.from > i && closesAside(tokens, found.source.to);
  if (!quoted && !inverted && !clauseFollows(lex, tokens, at + 1)) return null;
  return found.source || found.dropped ? found : null;
}

// Words between a verb and the clause it reports ("defendió este lunes ante el Congreso que").
const MAX_CLAUSE_GAP = 7;
// German pronominal adverbs that announce a "dass" clause ("verwies darauf, dass").
const PRONOMINAL = /^da(r)?(auf|an|über|von|für|mit|zu|bei|um|nach|in)$/u;

/** Whether a reported clause ("que", "qu'il", ", dass") or a quotation follows from `j` on. */
function clauseFollows(lex: Lexicon, tokens: readonly Token[], j: number): boolean {
  const end = j + MAX_CLAUSE_GAP;
  // After a governed phrase ("a los periodistas que …") "que" may open a relative clause.
  let governed = false;
  let first = true;
  while (j < tokens.length && j <= end) {
    const t = tokens[j]!;
    const k = keyOf(t.lower);
    if (isComplementiser(t) || k === 'dass') return !governed || opensClause(lex, tokens[j + 1]);
    // "aseguraron haber oído", "a reconnu avoir menti": an infinitive clause right after the verb.
    if (first && lex.infinitive?.test(k)) return true;
    first = false;
    if (t.quote === 'open') return true;
    if (t.text === ',' || (t.text === ':' && tokens[j + 1]?.quote)) {
      j++;
      continue;
    }
    if (!t.word) return false;
    const skipped = timeAt(lex, tokens, j) || asideAt(lex, tokens, j);
    if (skipped > 0) j += skipped;
    else if (lex.skip.has(k) || ADVERB.test(k) || PRONOMINAL.test(k)) j++;
    else if (lex.governing.has(t.lower)) {
      // "insistió en que": the preposition is the verb's own.
      governed ||= !isComplementiser(tokens[j + 1]);
      j++;
    } else if (governed && !isFinite(lex, k) && !CLAUSE.has(k)) j++;
    else return false;
  }
  return false;
}

/** A clause opens with its subject or a negation, not with its verb (a relative "que murieron"). */
function opensClause(lex: Lexicon, t: Token | undefined): boolean {
  if (!t?.word) return false;
  return !isFinite(lex, keyOf(t.lower)) && !lex.participles.has(keyOf(t.lower));
}

/** A document source that is not a law, bill or ruling ("el informe", "die Studie"). */
function isReport(lex: Lexicon, tokens: readonly Token[], p: SourcePhrase | null): boolean {
  if (p?.type !== 'document' || p.anonymous) return false;
  for (let j = p.from; j < p.to; j++) if (inClass(lex.laws, keyOf(tokens[j]!.lower))) return false;
  return true;
}

/** A comma, a quotation mark or the sentence's end at `j`. */
function closesAside(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return !t || t.text === ',' || (!t.word && !/^[(\[]$/.test(t.text));
}

function isQuoteClose(t: Token | undefined): boolean {
  return t?.quote === 'close' || t?.quote === 'ambiguous';
}

/**
 * A verb's form read as a noun by its position: after an article or possessive opening a
 * phrase ("la note", "una muestra", "son analyse") or elided after a preposition ("à l'avance").
 */
function nounReading(lex: Lexicon, tokens: readonly Token[], i: number): boolean {
  // German writes its nouns capitalised: a lower-case verb after "das" is a verb ("Das sagte …").
  if (lex.lang === 'de') return false;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const elided = elidedOf(t.lower);
  if (elided === 'd') return true;
  if (elided === 'l') return !prev?.word || lex.governing.has(prev.lower);
  if (!prev?.word) return false;
  const p = keyOf(prev.lower);
  // "leur" and "la" are also object pronouns ("il leur dit", "il la note").
  if (p !== 'leur' && (lex.indefinite.has(p) || lex.possessives.has(p))) return true;
  if (!lex.definite.has(prev.lower)) return false;
  const before = tokens[i - 2];
  return !before || !before.word || lex.governing.has(before.lower) || CLAUSE.has(before.lower);
}

/**
 * "Aus dem Bericht geht hervor, dass …", "Das geht aus einer Antwort des Ministeriums hervor":
 * the verb and its particle cue, and the source is the object of the preposition in the clause.
 */
function prepositionSource(lex: Lexicon, tokens: readonly Token[], i: number): RawCue | null {
  const k = keyOf(tokens[i]!.lower);
  const entry = lex.prepositionSourceVerbs.find((v) => v.verbs.has(k));
  if (!entry) return null;
  const at = particleAt(tokens, i, [entry.particle]);
  if (at < 0) return null;
  // The preposition stands in the verb's own clause: before it, or between it and the particle.
  const clauseStart = tokens.slice(0, i).findLastIndex((t) => !t.word && t.text !== '„');
  for (let j = clauseStart + 1; j < at; j++) {
    if (tokens[j]!.lower !== entry.preposition) continue;
    const phrase = phraseAfter(lex, tokens, j + 1);
    // A source inside the gap keeps the cue to the verb ("geht aus dem Bericht hervor").
    if (phrase?.named && !phrase.pronoun) return cue(i, j > i ? i + 1 : at + 1, phrase);
  }
  return null;
}
