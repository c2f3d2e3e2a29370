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
