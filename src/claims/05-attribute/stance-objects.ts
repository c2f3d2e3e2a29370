import type { Cue, Phrase, Token } from '../types.ts';
import { beBefore } from '../phrases/be-forms.ts';
import { BOUNDARY, PRONOUNS } from '../lexicon.ts';

// Object pronouns that stand for people ("supported him"): a stance toward a person, where "it"
// or "this" would stand for anything.
const PERSON_OBJECTS = new Set(['him', 'her', 'them']);

/** An -ing cognition form with no form of "be" before it ("a super PAC backing Clinton"). */
export function progressiveOnly(tokens: Token[], cue: Cue): boolean {
  const verb = tokens[cue.last - 1]!;
  return /ing$/.test(verb.lower) && beBefore(tokens, cue.last - 1) < 0;
}

/** The one-word object right after a stance verb ("support deportation", "backed Clinton"). */
export function bareObject(tokens: Token[], cue: Cue): Phrase | null {
  const t = tokens[cue.last];
  if (!t?.word) return null;
  if (!PERSON_OBJECTS.has(t.lower) && (PRONOUNS.has(t.lower) || BOUNDARY.has(t.lower))) return null;
  const after = tokens[cue.last + 1];
  return !after || !after.word ? { first: cue.last, last: cue.last + 1 } : null;
}
