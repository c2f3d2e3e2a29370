import type { Report } from '../model/report.ts';
import { CLAUSE_BREAK, ID_SHIFT, NAME_BIT } from './dictionary.ts';
import { isMatchable, type MatchIndex } from './match-index.ts';
import { storyFeaturesAgainst, type BagView, type SideView } from './story-against.ts';
import type { BagTerm, StoryBag } from './story-bag.ts';
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
    // Each side is read by `features` before the next report's is built into the same bags.
    return (r) => features(indexedSide(keys, r, reusedSide(index)) ?? keys.rekey(reportSide(r)));
  };
}

/**
 * A bag keyed by token id, refilled for each report a page is scored against: positions by id
 * in a typed array (emptied by clearing the ids it holds) and term objects reused, in place of
 * a Map and a term object per key per report. Ids below 0 (keys the index lacks, in titles)
 * are few and kept in a Map.
 */
class IdBag implements BagView<number> {
  private readonly terms: BagTerm[] = [];
  private readonly ids: number[] = [];
  private size = 0;
  /** Position + 1 of each id the bag holds, 0 for the others. */
  private readonly at: Int32Array;
  private readonly unknown = new Map<number, number>();

  constructor(ids: number) {
    this.at = new Int32Array(ids);
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) {
      const id = this.ids[i]!;
      if (id >= 0) this.at[id] = 0;
    }
    this.size = 0;
    this.unknown.clear();
  }

  private position(id: number): number {
    if (id < 0) return this.unknown.get(id) ?? -1;
    return (this.at[id] ?? 0) - 1;
  }

  get(id: number): BagTerm | undefined {
    const at = this.position(id);
    return at < 0 ? undefined : this.terms[at];
  }

  /**
   * Counts one sentence's occurrence of a term (a sentence holds each term once): null when
   * the bag had it, else its new term, counted once, for the caller to give its weight and kind.
   */
  add(id: number, name: boolean): BagTerm | null {
    const at = this.position(id);
    if (at >= 0) {
      const had = this.terms[at]!;
      had.count++;
      if (name) had.name = true;
      return null;
    }
    const n = this.size++;
    if (id < 0) this.unknown.set(id, n);
    else this.at[id] = n + 1;
    this.ids[n] = id;
    let term = this.terms[n];
    if (!term) {
      term = { count: 1, weight: 0, name, number: false };
      this.terms.push(term);
    }
    term.count = 1;
    term.name = name;
    return term;
  }

  /** Room for ids below `ids`. */
  fits(ids: number): boolean {
    return ids <= this.at.length;
  }

  forEach(fn: (term: BagTerm, id: number) => void): void {
    for (let i = 0; i < this.size; i++) fn(this.terms[i]!, this.ids[i]!);
  }
}

/** The two bags of a report's side, refilled per report (see IdBag). */
interface ReusedSide {
  bag: IdBag;
  lead: IdBag;
}

/** Per index: its dictionary's size decides the bags' room (grown with it). */
const reused = new WeakMap<MatchIndex, ReusedSide>();

function reusedSide(index: MatchIndex): ReusedSide {
  const ids = index.dict.size;
  let side = reused.get(index);
  if (!side || !side.bag.fits(ids)) {
    // Room to grow: a store adds keys with each page it files.
    const room = Math.ceil(ids * 1.25) + 1024;
    side = { bag: new IdBag(room), lead: new IdBag(room) };
    reused.set(index, side);
  }
  return side;
}

/**
 * A stored report's side of the story relation read from the index's token pool instead of
 * tokenizing its text again (a page scores a dozen candidate reports; tokenizing theirs was
 * most of the story step). The pool holds what the story bag reads: each weighted key of a
 * sentence once, with the name flag of its first occurrence, in sentence order — the same bag
 * `storySide` builds from the text. The title is not in the pool and is tokenized. Built into
 * `into`'s bags; null when the index does not hold the report.
 */
function indexedSide(keys: PageKeys, report: Report, into: ReusedSide): SideView<number> | null {
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
  const { bag, lead } = into;
  bag.clear();
  lead.clear();
  if (title) {
    // The title is not in the pool: its terms as storySide takes them (its first unit).
    const side = keys.rekey(storySide({ title, sentences: [] }));
    refill(bag, side.bag);
    refill(lead, side.lead);
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
      const term = bag.add(id, name);
      if (term) described(term, id, dictKeys, weights[id]!);
      if (inLead) {
        const first = lead.add(id, name);
        if (first) described(first, id, dictKeys, weights[id]!);
      }
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

/** Adds a text-keyed bag's terms (already rekeyed) to an emptied IdBag, in their order. */
function refill(into: IdBag, from: StoryBag<number>): void {
  for (const [id, t] of from) {
    const term = into.add(id, t.name);
    if (term) {
      term.count = t.count;
      term.weight = t.weight;
      term.number = t.number;
    }
  }
}

/** A term's weight and kind from the dictionary, as the text's token gives them. */
function described(term: BagTerm, id: number, keys: readonly string[], weight32: number): void {
  // The text's token carries keyWeight(key) as a double; the dictionary keeps it in 32 bits.
  const key = keys[id]!;
  term.weight = EXACT_WEIGHTS.get(weight32) ?? keyWeight(key);
  term.number = key.startsWith('#');
}
