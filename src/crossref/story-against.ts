import type { BagTerm, StoryBag } from './story-bag.ts';
import {
  idf,
  tf,
  timeCloseness,
  type StoryFeatures,
  type StorySide,
  type TermRarity,
} from './story-relation.ts';

/**
 * What the relation reads of the other side's bags: a StoryBag, or a bag kept some other way
 * (see indexed-side.ts), visited in the order its terms were added (the sums follow it).
 */
export interface BagView<K> {
  get(key: K): BagTerm | undefined;
  forEach(fn: (term: BagTerm, key: K) => void): void;
}

/** The other side of a comparison, as `storyFeaturesAgainst` reads it. */
export type SideView<K> = { bag: BagView<K>; lead: BagView<K>; published: number | null };

/** One term of the fixed side, with its rarity weight and its weight in the cosine. */
type Weighted<K> = { key: K; term: BagTerm; w: number; wtf: number };

/** A bag of the fixed side with what depends on it alone summed once. */
interface FixedBag<K> {
  terms: Weighted<K>[];
  /** Squared norm for the cosine; weights of its names and of its numbers (overlaps). */
  norm: number;
  names: number;
  numbers: number;
}

/** What one bag of each side gives: the cosine and the name and number overlaps. */
interface BagFeatures {
  cosine: number;
  names: number;
  numbers: number;
}

function fix<K>(bag: StoryBag<K>, idfOf: (k: K) => number): FixedBag<K> {
  const out: FixedBag<K> = { terms: [], norm: 0, names: 0, numbers: 0 };
  for (const [key, term] of bag) {
    const w = term.weight * idfOf(key);
    const wtf = w * tf(term);
    out.terms.push({ key, term, w, wtf });
    out.norm += wtf * wtf;
    if (term.name) out.names += w;
    if (term.number) out.numbers += w;
  }
  return out;
}

/**
 * Weighted overlap: shared weight over the smaller side's (containment, so a short report is
 * not penalised for what a long one adds), averaged with Dice so that one shared name in a
 * short text does not read as the whole story.
 */
function overlapOf(shared: number, wa: number, wb: number): number {
  if (wa <= 0 || wb <= 0) return 0;
  return (shared / Math.min(wa, wb) + (2 * shared) / (wa + wb)) / 2;
}

function against<K>(a: FixedBag<K>, b: BagView<K>, idfOf: (k: K) => number): BagFeatures {
  let dot = 0;
  let sharedNames = 0;
  let sharedNumbers = 0;
  for (const { key, term, w, wtf } of a.terms) {
    const o = b.get(key);
    if (!o) continue;
    const wo = o.weight * idfOf(key);
    dot += wtf * wo * tf(o);
    if (term.name && o.name) sharedNames += Math.min(w, wo);
    if (term.number && o.number) sharedNumbers += Math.min(w, wo);
  }
  let norm = 0;
  let names = 0;
  let numbers = 0;
  b.forEach((o, key) => {
    const wo = o.weight * idfOf(key);
    norm += (wo * tf(o)) ** 2;
    if (o.name) names += wo;
    if (o.number) numbers += wo;
  });
  return {
    cosine: a.norm > 0 && norm > 0 ? dot / Math.sqrt(a.norm * norm) : 0,
    names: overlapOf(sharedNames, a.names, names),
    numbers: overlapOf(sharedNumbers, a.numbers, numbers),
  };
}

/**
 * The story features of two reports: rarity-weighted cosines of all terms and of the leads,
 * overlaps of names and numbers, closeness of publication times.
 */
export function storyFeatures<K>(
  a: StorySide<K>,
  b: StorySide<K>,
  rarity: TermRarity<K>,
): StoryFeatures {
  return storyFeaturesAgainst(a, rarity)(b);
}

/**
 * `storyFeatures(side, other, rarity)` for one side against many others (a page against its
 * story candidates): each term's rarity is looked up once, and what depends on the fixed side
 * alone is summed once. One computation for both, so a pair scores the same either way.
 */
export function storyFeaturesAgainst<K>(
  side: StorySide<K>,
  rarity: TermRarity<K>,
): (other: SideView<K>) => StoryFeatures {
  const idfs = new Map<K, number>();
  const idfOf = (k: K): number => {
    let v = idfs.get(k);
    if (v === undefined) {
      v = idf(rarity, rarity.df(k));
      idfs.set(k, v);
    }
    return v;
  };
  const bag = fix(side.bag, idfOf);
  const lead = fix(side.lead, idfOf);
  return (other) => {
    const all = against(bag, other.bag, idfOf);
    const first = against(lead, other.lead, idfOf);
    return {
      terms: all.cosine,
      lead: first.cosine,
      names: all.names,
      leadNames: first.names,
      numbers: all.numbers,
      time: timeCloseness(side.published, other.published),
    };
  };
}
