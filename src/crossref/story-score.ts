import { splitSentences } from '../claims/index.ts';
import model from './data/story-model.json' with { type: 'json' };
import { sentencesBag, type StoryBag } from './story-bag.ts';
import { storyFeatures } from './story-against.ts';
import {
  NO_RARITY,
  type StoryFeatures,
  type StorySide,
  type TermRarity,
} from './story-relation.ts';

/** A report for story comparison: its title and either raw text or its sentences. */
export type StoryDoc = { title: string; published?: number | null } & (
  { text: string } | { sentences: readonly string[] }
);

/** Score from which two reports tell one story (see data/story-model.json). */
export const STORY_THRESHOLD: number = model.threshold;
/** Title plus this many first sentences, less one, make a report's lead. */
export const LEAD_UNITS: number = model.leadUnits;

type Weighted = Exclude<keyof StoryFeatures, 'time'>;
const WEIGHTS = Object.entries(model.weights) as Array<[Weighted, number]>;
const WEIGHT_SUM = WEIGHTS.reduce((s, [, w]) => s + w, 0);

/** The graded story relation in [0, 1] from its features (the model's weighted mean). */
export function scoreFeatures(f: StoryFeatures): number {
  let sum = 0;
  for (const [k, w] of WEIGHTS) sum += (w * f[k]) / (f[k] + model.saturation);
  const content = sum / WEIGHT_SUM;
  return f.time === null ? content : content * (model.timeFloor + (1 - model.timeFloor) * f.time);
}

function units(doc: StoryDoc): string[] {
  // Raw text is split as the claims analysis splits an article (one splitter for both).
  const body =
    'sentences' in doc
      ? [...doc.sentences]
      : splitSentences(doc.text).map((r) => doc.text.slice(r.start, r.end));
  return doc.title.trim() ? [doc.title.trim(), ...body] : body;
}

/** A document's side of the relation, keyed by token key. */
export function storySide(doc: StoryDoc): StorySide<string> {
  const all = units(doc);
  return {
    bag: sentencesBag(all),
    lead: sentencesBag(all.slice(0, LEAD_UNITS)),
    published: doc.published ?? null,
  };
}

/** Document frequencies over a set of bags (the CLI's rarity: the set being scored). */
export function rarityOf(bags: Iterable<StoryBag<string>>): TermRarity<string> {
  const df = new Map<string, number>();
  let docs = 0;
  for (const bag of bags) {
    docs++;
    for (const k of bag.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  }
  return { docs, df: (k) => df.get(k) ?? 0 };
}

/**
 * How surely two reports tell one story, in [0, 1] (symmetric). `rarity` weights terms by how
 * rare they are among the reader's reports; without it every term counts by its kind alone.
 */
export function storyScore(
  a: StoryDoc | StorySide<string>,
  b: StoryDoc | StorySide<string>,
  rarity: TermRarity<string> = NO_RARITY,
): number {
  const sa = 'bag' in a ? a : storySide(a);
  const sb = 'bag' in b ? b : storySide(b);
  return scoreFeatures(storyFeatures(sa, sb, rarity));
}
