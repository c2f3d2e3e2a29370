import type { ExtractedArticle, TextSegment } from './types.ts';

/** Index of the first segment ending after `offset` (segments are sorted by text offset). */
function segmentAfter(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.textEnd <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A live-DOM Range covering article text [start, end): the page's own text nodes,
 * so highlights land on what the reader sees. Offsets falling on unmapped
 * characters (paragraph breaks, collapsed spaces) snap inward to the nearest mapped
 * text. Returns null when the span covers no mapped text or the DOM has no ranges.
 */
export function rangeForText(article: ExtractedArticle, start: number, end: number): Range | null {
  if (!(end > start)) return null;
  const segments: TextSegment[] = [];
  for (const p of article.paragraphs) {
    if (p.end <= start || p.start >= end) continue;
    for (const s of p.segments) segments.push(s);
  }
  const first = segmentAfter(segments, start);
  const a = segments[first];
  if (!a || a.textStart >= end) return null;
  let last = segmentAfter(segments, end - 1);
  if (last >= segments.length || segments[last]!.textStart >= end) last--;
  const b = segments[last];
  if (!b || last < first) return null;
  const startOffset = a.nodeStart + Math.max(0, start - a.textStart);
  const endOffset = b.nodeStart + Math.min(b.textEnd, end) - b.textStart;
  const doc = a.node.ownerDocument;
  if (!doc || typeof doc.createRange !== 'function') return null;
  const range = doc.createRange();
  if (typeof range.setStart !== 'function') return null;
  try {
    range.setStart(a.node, startOffset);
    range.setEnd(b.node, endOffset);
  } catch {
    // The page changed under us (text node shortened or removed).
    return null;
  }
  return range;
}
