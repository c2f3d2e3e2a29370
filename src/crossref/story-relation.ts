import type { BagTerm, StoryBag } from './story-bag.ts';

/**
 * How rare each term is among the reports the reader has: document frequencies over `docs`
 * reports. An empty store (docs 0) makes every term equally rare.
 */
export interface TermRarity<K> {
  docs: number;
  df(key: K): number;
}

export const NO_RARITY: TermRarity<unknown> = { docs: 0, df: () => 0 };

/** Inverse document frequency, smoothed as usual so an unseen term is finite and df 0 = 1. */
export function idf(rarity: TermRarity<unknown>, df: number): number {
  return Math.log((rarity.docs + 1) / (df + 1)) + 1;
}

/** Each feature in [0, 1]; `time` is null unless both publication times are known. */
export interface StoryFeatures {
  /** Cosine of the two reports' rarity-weighted terms (all kinds). */
  terms: number;
  /** The same over their leads (title and first sentences: what the story is about). */
  lead: number;
  /** Weighted overlap of the names (people, places, organisations) they both mention. */
  names: number;
  /** …of the names in their leads. */
  leadNames: number;
  /** Weighted overlap of their numbers and figures (dates, counts, scores). */
  numbers: number;
  /** Closeness of their publication times (1 same hour, 0 a week or more apart). */
  time: number | null;
}

export function tf(t: BagTerm): number {
  // Sublinear: a term in ten sentences is not ten times the story.
  return 1 + Math.log(t.count);
}

/**
 * Weighted overlap of the terms of both bags that pass `keep`: shared weight over the smaller
 * side's (containment, so a short report is not penalised for what a long one adds), averaged
 * with Dice so that one shared name in a short text does not read as the whole story.
 */
function overlap<K>(
  a: StoryBag<K>,
  b: StoryBag<K>,
  weightOf: (key: K, t: BagTerm) => number,
  keep: (t: BagTerm) => boolean,
): number {
  let wa = 0;
  let wb = 0;
  let shared = 0;
  for (const [k, t] of a) {
    if (!keep(t)) continue;
    const w = weightOf(k, t);
    wa += w;
    const o = b.get(k);
    if (o && keep(o)) shared += Math.min(w, weightOf(k, o));
  }
  for (const [k, t] of b) if (keep(t)) wb += weightOf(k, t);
  if (wa <= 0 || wb <= 0) return 0;
  const containment = shared / Math.min(wa, wb);
  const dice = (2 * shared) / (wa + wb);
  return (containment + dice) / 2;
}

function cosine<K>(
  a: StoryBag<K>,
  b: StoryBag<K>,
  weightOf: (key: K, t: BagTerm) => number,
): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, t] of a) {
    const w = weightOf(k, t) * tf(t);
    na += w * w;
    const o = b.get(k);
    if (o) dot += w * weightOf(k, o) * tf(o);
  }
  for (const [k, t] of b) nb += (weightOf(k, t) * tf(t)) ** 2;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** Publication times this far apart say nothing more (a running story lasts days). */
const TIME_SPAN_HOURS = 7 * 24;

/** One report as the story relation sees it. */
export interface StorySide<K> {
  /** Every sentence's terms (title included). */
  bag: StoryBag<K>;
  /** The title's and first sentences' terms (see LEAD_UNITS). */
  lead: StoryBag<K>;
  /** Publication time (ms since epoch), when known. */
  published: number | null;
}

export function storyFeatures<K>(
  a: StorySide<K>,
  b: StorySide<K>,
  rarity: TermRarity<K>,
): StoryFeatures {
  const weightOf = (k: K, t: BagTerm) => t.weight * idf(rarity, rarity.df(k));
  const isName = (t: BagTerm) => t.name;
  return {
    terms: cosine(a.bag, b.bag, weightOf),
    lead: cosine(a.lead, b.lead, weightOf),
    names: overlap(a.bag, b.bag, weightOf, isName),
    leadNames: overlap(a.lead, b.lead, weightOf, isName),
    numbers: overlap(a.bag, b.bag, weightOf, (t) => t.number),
    time: timeCloseness(a.published, b.published),
  };
}

/** Publication time in ms since epoch, when the report has a valid one. */
export function publishedOf(r: { publishedTime: string | null }): number | null {
  const ms = r.publishedTime ? Date.parse(r.publishedTime) : NaN;
  return Number.isFinite(ms) ? ms : null;
}

/** The `time` feature of two publication times (null unless both are known). */
export function timeCloseness(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  const hours = Math.abs(a - b) / 3_600_000;
  return Math.max(0, 1 - Math.log1p(hours) / Math.log1p(TIME_SPAN_HOURS));
}
