import type { Report } from '../model/report.ts';
import { CLAUSE_BREAK, ID_SHIFT, NAME_BIT } from './dictionary.ts';
import { isMatchable, type MatchIndex } from './match-index.ts';
import { addTerms, sentenceTerms, type StoryBag } from './story-bag.ts';
import { LEAD_UNITS } from './story-score.ts';
import type { StorySide } from './story-relation.ts';
import {
  CONTENT_WEIGHT,
  keyWeight,
  LIGHT_WEIGHT,
  NUMBER_WEIGHT,
  SHORT_WEIGHT,
  STOP_WEIGHT,
} from './token-weight.ts';

/**
 * A stored report's side of the story relation read from the index's token pool instead of
 * tokenizing its text again (a page scores a dozen candidate reports; tokenizing theirs was
 * most of the story step). The pool holds what the story bag reads: each weighted key of a
 * sentence once, with the name flag of its first occurrence, in sentence order — the same bag
 * `storySide` builds from the text. The title is not in the pool and is tokenized.
 * Null when the index does not hold the report.
 */
export function indexedSide(index: MatchIndex, report: Report): StorySide<string> | null {
  const slots = index.slotsOf(report.id);
  if (!slots) return null;
  const title = report.title.trim();
  // The lead: the title and the first matchable sentences, LEAD_UNITS units in all (as
  // story-score.ts cuts it from the text, a sentence the index dropped for lack of terms
  // included).
  const leadSentences = new Set<number>();
  const leadBody = LEAD_UNITS - (title ? 1 : 0);
  for (const s of report.sentences) {
    if (leadSentences.size >= leadBody) break;
    if (isMatchable(s)) leadSentences.add(s.index);
  }
  const bag: StoryBag<string> = new Map();
  const lead: StoryBag<string> = new Map();
  if (title) {
    const terms = sentenceTerms(title);
    addTerms(bag, terms);
    addTerms(lead, terms);
  }
  const keys = index.dict.keys;
  const weights = index.dict.weights;
  for (let slot = slots.first; slot < slots.first + slots.count; slot++) {
    const ids = index.slotTokens(slot);
    const inLead = leadSentences.has(index.slotSentence.data[slot]!);
    // A sentence holds each key once (encodeTokens), so each token adds one sentence's count.
    for (let i = 0; i < ids.length; i++) {
      const encoded = ids[i]!;
      if (encoded === CLAUSE_BREAK) continue;
      const id = encoded >>> ID_SHIFT;
      const key = keys[id]!;
      const name = (encoded & NAME_BIT) !== 0;
      count(bag, key, weights[id]!, name);
      if (inLead) count(lead, key, weights[id]!, name);
    }
  }
  return { bag, lead, published: publishedOf(report) };
}

/** keyWeight's values by their 32-bit copies in the dictionary (any other: keyWeight itself). */
const EXACT_WEIGHTS = new Map(
  [STOP_WEIGHT, LIGHT_WEIGHT, SHORT_WEIGHT, CONTENT_WEIGHT, NUMBER_WEIGHT].map((w) => [
    Math.fround(w),
    w,
  ]),
);

function count(bag: StoryBag<string>, key: string, weight32: number, name: boolean): void {
  const had = bag.get(key);
  if (had) {
    had.count++;
    if (name) had.name = true;
    return;
  }
  // The text's token carries keyWeight(key) as a double; the dictionary keeps it in 32 bits.
  const weight = EXACT_WEIGHTS.get(weight32) ?? keyWeight(key);
  bag.set(key, { count: 1, weight, name, number: key.startsWith('#') });
}

/** Publication time in ms since epoch, when the report has a valid one. */
export function publishedOf(r: { publishedTime: string | null }): number | null {
  const ms = r.publishedTime ? Date.parse(r.publishedTime) : NaN;
  return Number.isFinite(ms) ? ms : null;
}
