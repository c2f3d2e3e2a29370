import { walkDocument } from './02-walk.ts';
import { scoreCandidates } from './03-score.ts';
import type { ScoreFlags } from './03-score.ts';
import { selectArticle } from './04-select.ts';
import { blockText } from './05-text.ts';
import type { BlockText } from './05-text.ts';
import { filterBlocks } from './06-filter.ts';
import { applyBodyHint } from './07-body-hint.ts';
import { articleVerdict } from './08-verdict.ts';
import { createBudget } from './budget.ts';
import { extractMetadata } from './metadata/index.ts';
import type { ArticleParagraph, ExtractOptions, ExtractedArticle, Walk } from './types.ts';

export type {
  ArticleMetadata,
  ArticleParagraph,
  ExtractOptions,
  ExtractedArticle,
  TextSegment,
} from './types.ts';
export { isProbablyArticle } from './01-gate.ts';
export { rangeForText } from './range.ts';
export { DEFAULT_BUDGET_MS } from './budget.ts';

/** Below this much text the first pass probably cut the article: retry with looser rules. */
const RETRY_BELOW_LENGTH = 500;
/** Passes from strict to loose (Readability's retry idea). */
const PASSES: ScoreFlags[] = [
  { skipUnlikely: true, useHints: true },
  { skipUnlikely: false, useHints: true },
  { skipUnlikely: false, useHints: false },
];

interface Attempt {
  roots: Element[];
  top: Element;
  all: BlockText[];
  kept: BlockText[];
  length: number;
}

const NO_METADATA = {
  title: null,
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: null,
  canonicalUrl: null,
  excerpt: null,
};
const NOTHING: ExtractedArticle = {
  isArticle: false,
  metadata: NO_METADATA,
  root: null,
  paragraphs: [],
  text: '',
  timedOut: false,
};

function attempt(walk: Walk, flags: ScoreFlags, articleBody: string | null): Attempt | null {
  const selection = selectArticle(walk, scoreCandidates(walk, flags));
  if (!selection) return null;
  const all: BlockText[] = [];
  for (const root of selection.roots) {
    const stats = walk.stats.get(root);
    if (!stats) continue;
    for (let i = stats.firstBlock; i < stats.endBlock; i++) all.push(blockText(walk.blocks[i]!));
  }
  const kept = applyBodyHint(filterBlocks(walk, selection.roots, all), articleBody);
  const length = kept.reduce((n, b) => n + b.text.length, 0);
  return { roots: selection.roots, top: selection.top, all, kept, length };
}

function commonRoot(roots: Element[], top: Element): Element {
  return roots.length > 1 ? (top.parentElement ?? top) : top;
}

/**
 * Finds the article in a live document without changing it: metadata, the article
 * container, and its paragraphs with segments mapping every character back to the
 * page's own text nodes. Never runs page script, never fetches; stops at the time
 * budget and returns what it has (`timedOut`).
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle {
  const budget = createBudget(options.budgetMs, options.now);
  if (!doc.documentElement) return { ...NOTHING, metadata: { ...NO_METADATA } };
  const { metadata, jsonLd } = extractMetadata(doc, options.url);
  const walk = walkDocument(doc, budget);
  let best: Attempt | null = null;
  for (const flags of PASSES) {
    const result = attempt(walk, flags, jsonLd?.articleBody ?? null);
    if (result && (!best || result.length > best.length)) best = result;
    if ((best && best.length >= RETRY_BELOW_LENGTH) || budget.expired()) break;
  }
  const timedOut = walk.timedOut || budget.expired();
  const empty: ExtractedArticle = {
    isArticle: false,
    metadata,
    root: best ? commonRoot(best.roots, best.top) : null,
    paragraphs: [],
    text: '',
    timedOut,
  };
  if (!best) return empty;
  const rejection = articleVerdict({
    doc,
    all: best.all,
    kept: best.kept,
    roots: best.roots,
    jsonLd,
  });
  if (rejection !== null) return empty;
  const isArticle = true;

  const paragraphs: ArticleParagraph[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const b of best.kept) {
    if (parts.length > 0) offset += 2;
    const start = offset;
    paragraphs.push({
      text: b.text,
      start,
      end: start + b.text.length,
      element: b.block.element,
      role: b.role,
      lang: b.lang ?? null,
      segments: b.segments.map((s) => ({
        ...s,
        textStart: s.textStart + start,
        textEnd: s.textEnd + start,
      })),
    });
    parts.push(b.text);
    offset += b.text.length;
  }
  return { ...empty, isArticle, paragraphs, text: parts.join('\n\n') };
}
