import type { Cue, Token } from '../types.ts';
import { readsAsNoun } from './noun-readings.ts';
import { goesOnTo, passiveCue } from './shapes.ts';
import { isContractedIs } from '../phrases/adverbs.ts';
import { isSourceWord } from '../phrases/sources.ts';
import {
  AUXILIARIES,
  CUE_PARTICLES,
  CUE_VERBS,
  PARTICLE_ONLY,
  PRONOUNS,
  STRONG_LEMMAS,
} from '../lexicon.ts';

// Verb forms that are nouns or adjectives after a determiner ("the reports", "a warning").
export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]);
// Words before a past participle that make it an adjective or passive, not a cue.
const NOT_BEFORE_VERB = new Set(['so', 'so-called', 'be', 'being', 'to']);
// Forms of "be" before a participle that make a passive ("were told", "has been accused").
const AGENTLESS_BE = new Set(['been', 'were', 'are']);
// Past participles of cue verbs.
const PARTICIPLE = /ed$|^(told|written|shown|known|seen|said)$/;
// Before "called" these keep it a verb of saying ("and called the plan a fraud", "has called").
const CALLED_AFTER = new Set(['and', 'but', 'then', 'also', 'has', 'have', 'had', 'once', 'later']);
// Before an -ing form these make it a gerund ("for telling the truth").
const GERUND_BEFORE = new Set(['for', 'of', 'about', 'without', 'in', 'on', 'from', 'at']);

/**
 * A cue verb at token `i` with its auxiliary and particle ("has said", "pointed out"), a passive
 * ("was first reported by"), or null where the form is a name, noun, adjective or gerund here.
 * `headline` says the sentence is a Title Case headline; `cues` are the cues found before `i`.
 */
export function verbCueAt(tokens: Token[], i: number, cues: Cue[], headline: boolean): Cue | null {
  const t = tokens[i]!;
  const lower = t.lower;
  const verb = CUE_VERBS.get(lower);
  if (!verb) return null;
  // Capitalised forms are names or sentence-initial participles ("Asked if …, Putin said"),
  // except an inverted opening ("Said Dorothy Poynter, …").
  // In a Title Case headline ("Sanders Says He Will Stay In The Race") a capitalised speech
  // verb after its capitalised subject is still the verb.
  const headlineVerb =
    headline &&
    i > 0 &&
    tokens[i - 1]!.cap &&
    (STRONG_LEMMAS.has(verb.lemma) || verb.cls !== 'report') &&
    !lower.endsWith('ing') &&
    !cues.some((c) => c.shape === 'verb');
  if (t.cap && !headlineVerb && !(i === 0 && (lower === 'said' || lower === 'says'))) return null;
  const prev = tokens[i - 1];
  // "continued to portray": the infinitive's cue takes the phrase (see goesOnTo).
  if (
    verb.lemma === 'continue' &&
    goesOnTo(tokens, i + 2) >= 0 &&
    CUE_VERBS.has(tokens[i + 2]!.lower)
  )
    return null;
  const passive = passiveCue(tokens, i);
  if (passive) {
    return { ...passive, lemma: verb.lemma, cls: verb.cls };
  }
  // "have been accused of …", "were told that …": a passive with no agent names no source; its
  // subject is who was spoken to or about.
  if (
    prev &&
    AGENTLESS_BE.has(prev.lower) &&
    PARTICIPLE.test(lower) &&
    !readsAsNoun(tokens, i, verb)
  )
    return { first: i - 1, last: i + 1, lemma: verb.lemma, cls: 'phrase', shape: 'raising' };
  // "went on to say": the phrase is the cue.
  const wentOn = goesOnTo(tokens, i) >= 0;
  if (!wentOn && prev && (DETERMINERS.has(prev.lower) || NOT_BEFORE_VERB.has(prev.lower)))
    return null;
  // "so-/called", "<said": a mark glued to the verb; a spaced dash ("X -- a lawyer -- said") is
  // the end of an aside.
  if (prev && /^[-</]$/.test(prev.text) && prev.end === t.start) return null;
  if (prev && GERUND_BEFORE.has(prev.lower) && lower.endsWith('ing')) return null;
  // "a program called Sandy Hook Promise": naming, not saying.
  if (
    lower === 'called' &&
    prev?.word &&
    !prev.cap &&
    !PRONOUNS.has(prev.lower) &&
    !isSourceWord(prev) &&
    !CALLED_AFTER.has(prev.lower) &&
    !/ly$/.test(prev.lower)
  )
    return null;
  // "invasion fears", "a Friday tweet", "758 pledged delegates": nouns and adjectives.
  if (readsAsNoun(tokens, i, verb)) return null;
  let first = wentOn ? goesOnTo(tokens, i) : i;
  if (prev && (AUXILIARIES.has(prev.lower) || isContractedIs(tokens, i - 1))) first = i - 1;
  let last = i + 1;
  const particles = CUE_PARTICLES.get(verb.lemma);
  if (particles && tokens[last] && particles.includes(tokens[last]!.lower)) last++;
  else if (PARTICLE_ONLY.has(verb.lemma)) return null;
  // "as one aide put it," but "he put it on the table": only a way of saying ends the phrase.
  const after = tokens[last];
  if (
    verb.lemma === 'put' &&
    after?.word &&
    !/ly$|^(this|that|best|simply|another|to|in|during|when|while|after|at|last|recently)$/.test(
      after.lower,
    )
  )
    return null;
  return { first, last, lemma: verb.lemma, cls: verb.cls, shape: 'verb' };
}
