import type { Report } from '../model/report.ts';
import { CLAUSE_BREAK, ID_SHIFT, NAME_BIT } from './dictionary.ts';
import { isMatchable, type MatchIndex } from './match-index.ts';
import { storyFeaturesAgainst } from './story-against.ts';
import type { StoryBag } from './story-bag.ts';
import { reportSide } from './story-members.ts';
import { LEAD_UNITS, storySide } from './story-score.ts';
import { publishedOf, type StoryFeatures, type StorySide } from './story-relation.ts';
import {
  CONTENT_WEIGHT,
  keyWeight,
  LIGHT_WEIGHT,
  NUMBER_WEIGHT,
  SHORT_WEIGHT,
  STOP_WEIGHT,
} from './token-weight.ts';

/**
 * Story sides keyed by the index's token ids for one page: a key the dictionary lacks (in a
 * title, or a page not stored) gets a negative id of its own, the same for every side of the
 * page; ids are only compared within one page.
 */
class PageKeys {
  private readonly unknown = new Map<string, number>();
  constructor(readonly index: MatchIndex) {}

  idOf(key: string): number {
    const id = this.index.dict.lookup(key);
    if (id !== undefined) return id;
    let own = this.unknown.get(key);
    if (own === undefined) {
      own = -1 - this.unknown.size;
      this.unknown.set(key, own);
    }
    return own;
  }

  /** A side keyed by text keys, rekeyed (insertion order kept: the sums stay the same). */
  rekey(side: StorySide<string>): StorySide<number> {
    const bag = (b: StoryBag<string>) => new Map([...b].map(([k, t]) => [this.idOf(k), t]));
    return { bag: bag(side.bag), lead: bag(side.lead), published: side.published };
  }
}

/**
 * The story features of a page against stored reports, as storyFeatures gives them on their
 * texts, worked out on token ids: candidates' terms come from the index's pool (see
 * indexedSide) and rarity from its document frequencies, without a string lookup per term.
 */
export function indexedAgainst(
  index: MatchIndex,
  pageId: number | null,
): (page: StorySide<string>) => (r: Report) => StoryFeatures {
  return (page) => {
    const keys = new PageKeys(index);
    const features = storyFeaturesAgainst(
      keys.rekey(page),
      index.termRarityById(pageId ?? undefined),
    );
    return (r) => features(indexedSide(keys, r) ?? keys.rekey(reportSide(r)));
  };
}

/**
 * A stored report's side of the story relation read from the index's token pool instead of
 * tokenizing its text again (a page scores a dozen candidate reports; tokenizing theirs was
 * most of the story step). The pool holds what the story bag reads: each weighted key of a
 * sentence once, with the name flag of its first occurrence, in sentence order — the same bag
 * `storySide` builds from the text. The title is not in the pool and is tokenized.
 * Null when the index does not hold the report.
 */
function indexedSide(keys: PageKeys, report: Report): StorySide<number> | null {
  const index = keys.index;
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
  const bag: StoryBag<number> = new Map();
  const lead: StoryBag<number> = new Map();
  if (title) {
    const side = keys.rekey(storySide({ title, sentences: [] }));
    for (const [k, t] of side.bag) bag.set(k, { ...t });
    for (const [k, t] of side.lead) lead.set(k, { ...t });
  }
  const dictKeys = index.dict.keys;
  const weights = index.dict.weights;
  for (let slot = slots.first; slot < slots.first + slots.count; slot++) {
    const ids = index.slotTokens(slot);
    const inLead = leadSentences.has(index.slotSentence.data[slot]!);
    // A sentence holds each key once (encodeTokens), so each token adds one sentence's count.
    for (let i = 0; i < ids.length; i++) {
      const encoded = ids[i]!;
      if (encoded === CLAUSE_BREAK) continue;
      const id = encoded >>> ID_SHIFT;
      const name = (encoded & NAME_BIT) !== 0;
      count(bag, id, dictKeys, weights[id]!, name);
      if (inLead) count(lead, id, dictKeys, weights[id]!, name);
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

function count(
  bag: StoryBag<number>,
  id: number,
  keys: readonly string[],
  weight32: number,
  name: boolean,
): void {
  const had = bag.get(id);
  if (had) {
    had.count++;
    if (name) had.name = true;
    return;
  }
  // The text's token carries keyWeight(key) as a double; the dictionary keeps it in 32 bits.
  const key = keys[id]!;
  const weight = EXACT_WEIGHTS.get(weight32) ?? keyWeight(key);
  bag.set(id, { count: 1, weight, name, number: key.startsWith('#') });
}
