import { splitSentences } from '../claims/index.ts';
import { tokenizeCached } from './tokenize.ts';

/** What a report says about its story, term by term. */
export interface BagTerm {
  /** Sentences of the report that carry the term (each sentence counts a term once). */
  count: number;
  /** The term's own weight (keyWeight: stopwords 0, light words 0.3, numbers 1.5…). */
  weight: number;
  /** Written as a name (capitalized inside a sentence) at least once: who and where. */
  name: boolean;
  /** A number or a figure: sizes, scores, dates, ages pin an event down. */
  number: boolean;
}

/**
 * A report as a bag of terms keyed by K: token keys (strings) for texts, token ids for the
 * reports of the match index. Both sides of one comparison must use the same keys.
 */
export type StoryBag<K> = Map<K, BagTerm>;

/** Adds one sentence's terms to a bag (each term once per sentence). */
export function addTerms<K>(
  bag: StoryBag<K>,
  terms: Iterable<{ key: K; weight: number; name: boolean; number: boolean }>,
): void {
  const seen = new Set<K>();
  for (const t of terms) {
    // A term's first occurrence in a sentence speaks for it (name flag included), as the match
    // index stores a sentence: a bag built from the index equals one built from the text.
    if (t.weight <= 0 || seen.has(t.key)) continue;
    seen.add(t.key);
    const had = bag.get(t.key);
    if (!had) bag.set(t.key, { count: 1, weight: t.weight, name: t.name, number: t.number });
    else {
      had.count++;
      if (t.name) had.name = true;
    }
  }
}

/** A sentence's weighted tokens as bag terms keyed by token key. */
export function sentenceTerms(
  sentence: string,
): Array<{ key: string; weight: number; name: boolean; number: boolean }> {
  return tokenizeCached(sentence)
    .filter((t) => t.weight > 0 && t.key !== '')
    .map((t) => ({ key: t.key, weight: t.weight, name: t.name, number: t.key.startsWith('#') }));
}

/** The bag of a raw text, split into sentences as the claims analysis splits articles. */
export function textBag(text: string): StoryBag<string> {
  return sentencesBag(splitSentences(text).map((r) => text.slice(r.start, r.end)));
}

export function sentencesBag(sentences: readonly string[]): StoryBag<string> {
  const bag: StoryBag<string> = new Map();
  for (const s of sentences) addTerms(bag, sentenceTerms(s));
  return bag;
}
