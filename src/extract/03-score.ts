import { MIN_PARAGRAPH_LENGTH } from './02-walk.ts';
import { PARAGRAPH_TAGS, tagBase } from './tags.ts';
import type { ElementStats, Walk } from './types.ts';

/** How far up a paragraph's score spreads (parent, grandparent, then fading). */
const SCORE_LEVELS = 5;
/** A paragraph earns at most this many points for its length (one per 100 characters). */
const MAX_LENGTH_POINTS = 3;

/** Candidates with less text than this are discounted in proportion. */
const MIN_CANDIDATE_TEXT = 200;

export interface Candidate {
  element: Element;
  stats: ElementStats;
  /** Raw content score from the paragraphs below. */
  score: number;
  /** Score discounted by link density. */
  final: number;
}

export interface ScoreFlags {
  /** Ignore paragraphs inside elements named like page furniture. */
  skipUnlikely: boolean;
  /** Add class/id hint weights to candidates. */
  useHints: boolean;
}

export function linkDensity(stats: ElementStats | undefined): number {
  if (!stats || stats.text === 0) return 0;
  return stats.link / stats.text;
}

/**
 * Readability-style scoring over the walk's blocks: each paragraph gives points for
 * commas and length to its container and, fading, to the containers above; each
 * candidate's total is then discounted by its link density.
 */
export function scoreCandidates(walk: Walk, flags: ScoreFlags): Candidate[] {
  const candidates = new Map<Element, Candidate>();
  for (const block of walk.blocks) {
    if (block.length < MIN_PARAGRAPH_LENGTH) continue;
    // The headline says nothing about where the body is.
    if (block.element.localName === 'h1') continue;
    if (flags.skipUnlikely && block.unlikely) continue;
    // A paragraph that is all link (a teaser title) says nothing about article text.
    if (block.linkLength >= block.length * 0.9) continue;
    const points = 1 + block.commas + Math.min(Math.floor(block.length / 100), MAX_LENGTH_POINTS);
    let element: Element | null = PARAGRAPH_TAGS.has(block.element.localName)
      ? block.element.parentElement
      : block.element;
    for (let level = 0; level < SCORE_LEVELS && element; level++) {
      const stats = walk.stats.get(element);
      if (!stats) break;
      let candidate = candidates.get(element);
      if (!candidate) {
        const base = tagBase(element.localName) + (flags.useHints ? stats.hint : 0);
        candidate = { element, stats, score: base, final: 0 };
        candidates.set(element, candidate);
      }
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      candidate.score += points / divider;
      element = element.parentElement;
    }
  }
  const list = [...candidates.values()];
  for (const c of list) {
    // A container with a line or two of text cannot hold the article, whatever its name.
    const short = Math.min(1, c.stats.text / MIN_CANDIDATE_TEXT);
    c.final = c.score * (1 - linkDensity(c.stats)) * short;
  }
  list.sort((a, b) => b.final - a.final);
  return list;
}
