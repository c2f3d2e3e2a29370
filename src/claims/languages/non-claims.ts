import type { Token } from '../types.ts';
import type { Lexicon } from './lexicon.ts';
import { inClass, keyOf } from './lexicon.ts';

// Fewer words than this, with no attribution, carry nothing to check.
const MIN_CLAIM_WORDS = 4;
// A line up to this many words with no verb of its own is a heading or a label.
const MAX_LABEL_WORDS = 10;

/** Why a sentence is no claim in `lex`'s language (byline, time stamp, question...), or []. */
export function nonClaimReasons(
  lex: Lexicon,
  text: string,
  tokens: readonly Token[],
  wholeLine: boolean,
  attributed: boolean,
): string[] {
  const plain = text.replace(/^[\s"“”„‘’'(«»]+|[\s"“”‘’')»«]+$/g, '');
  if (lex.byline.some((r) => r.test(plain))) return ['byline'];
  if (lex.boilerplate.some((r) => r.test(plain))) return ['boilerplate'];
  if (/[?¿]/.test(plain) && /\?\s*$/.test(plain) && !attributed) return ['question'];
  // "¡En Medio Oriente pagarían por algo así!": an exclamation is the writer's voice, not a claim.
  if (/!\s*$/.test(plain) && !attributed) return ['exclamation'];
  if (attributed) return [];
  if (isProfile(lex, text, tokens)) return ['profile'];
  const words = tokens.filter((t) => t.word);
  if (words.length < MIN_CLAIM_WORDS) return ['fragment'];
  // A heading may hold a participle ("Un thriller tiré de faits réels"), not a finite verb.
  const finite = words.some((t) => lex.finiteVerbs.has(keyOf(t.lower)));
  if (wholeLine && !/[.!…:]$/.test(plain) && words.length <= MAX_LABEL_WORDS && !finite) {
    return ['heading'];
  }
  return [];
}

/** Why an unattributed sentence is worth checking: a number, a verb that asserts something. */
export function worthiness(
  lex: Lexicon,
  text: string,
  tokens: readonly Token[],
  hedged: boolean,
): string[] {
  const reasons: string[] = [];
  const words = tokens.filter((t) => t.word);
  if (/\p{N}/u.test(text) || words.some((t) => lex.numberWords.has(keyOf(t.lower))))
    reasons.push('number');
  if (hasVerb(lex, words)) reasons.push('event');
  // A whole sentence of some length asserts something even when its verb is not in the lists
  // (present tense has too many forms to list): as in English, it is a claim to check.
  else if (words.length >= MIN_CLAIM_WORDS && /[.!…]["»”']?\s*$/.test(text.trim()))
    reasons.push('statement');
  if (hedged) reasons.push('hedge');
  return reasons;
}

function hasVerb(lex: Lexicon, words: readonly Token[]): boolean {
  return words.some((t) => {
    const k = keyOf(t.lower);
    if (lex.finiteVerbs.has(k) || lex.cueVerbs.has(k) || lex.subjunctive.has(k)) return true;
    // German nouns are capitalised, French and Spanish sentence openers too: only lower case.
    return !t.cap && lex.finitePatterns.some((p) => p.test(k));
  });
}

/**
 * "Andrés Malamud es politólogo e investigador …", "Anna Berg ist Redakteurin im Ressort
 * Politik": a name, a copula and a bare profession noun is an author's or a person's profile
 * line, no claim to check (as the English check-worthiness model calls it trivial). A number
 * makes it a fact worth checking ("… es presidente desde 2018").
 */
function isProfile(lex: Lexicon, text: string, tokens: readonly Token[]): boolean {
  if (/\p{N}/u.test(text)) return false;
  let j = 0;
  while (tokens[j]?.word && tokens[j]!.cap && !lex.copulas.has(tokens[j]!.lower)) j++;
  if (j < 2 || !lex.copulas.has(tokens[j]?.lower ?? '')) return false;
  const noun = tokens[j + 1];
  if (!noun?.word) return false;
  const k = keyOf(noun.lower);
  // German capitalises the noun; French and Spanish leave a bare profession in lower case.
  if (noun.cap !== (lex.lang === 'de')) return false;
  return inClass(lex.roles, k) || lex.professionPattern.test(noun.text);
}
