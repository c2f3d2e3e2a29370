import type { Cue, Token } from '../types.ts';
import { beBefore } from '../phrases/be-forms.ts';
import { STANCE_ADJECTIVES } from '../lexicon.ts';

// Linking verbs besides "be" that carry a stance adjective ("remains skeptical of").
const LINKING =
  /^(remain|remains|remained|seem|seems|seemed|become|becomes|became|grew|grown|sound|sounded)$/;

/**
 * "has been critical of", "is skeptical that", "remains confident about": a form of "be" (or a
 * linking verb), a stance adjective and the word that takes what the stance is about. The cue
 * runs from the linking verb through that word; its subject holds the view.
 */
export function stanceAdjectiveAt(tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  const takes = STANCE_ADJECTIVES.get(t.lower);
  const next = tokens[i + 1];
  if (!takes || t.cap || !next || !takes.includes(next.lower)) return null;
  let first = beBefore(tokens, i);
  if (first < 0) {
    const prev = tokens[i - 1];
    const k =
      prev && /^(so|very|more|less|deeply|highly|increasingly|too)$/.test(prev.lower) ? 2 : 1;
    if (!LINKING.test(tokens[i - k]?.lower ?? '')) return null;
    first = i - k;
  }
  // "It is certain that …", "There was eager talk": an empty subject holds no view.
  if (/^(it|there|this|that|which)$/.test(tokens[first - 1]?.lower ?? '')) return null;
  // "has been", "have been": the auxiliary belongs to the cue as annotators mark it.
  if (/^(has|have|had)$/.test(tokens[first - 1]?.lower ?? '')) first--;
  const last = next.lower === 'that' ? i + 1 : i + 2;
  return { first, last, lemma: t.lower, cls: 'cognition', shape: 'verb' };
}
