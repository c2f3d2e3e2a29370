import { HEADING_TAGS } from './tags.ts';
import type { Block, ParagraphRole, TextSegment } from './types.ts';

/** A block with its display text and the segments mapping that text onto live text nodes. */
export interface BlockText {
  block: Block;
  text: string;
  segments: TextSegment[];
  role: ParagraphRole;
  /** The block's own language when its function words say so clearly (set by the filter). */
  lang?: string | null;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
}

export function roleOf(block: Block): ParagraphRole {
  const tag = block.element.localName;
  if (HEADING_TAGS.has(tag)) return 'heading';
  if (block.inPre) return 'preformatted';
  if (block.inQuote) return 'quote';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'list-item';
  return 'paragraph';
}

/**
 * Builds a block's text with whitespace collapsed to single spaces (no-break spaces
 * included) and trimmed. Each non-space run is one segment mapped 1:1 onto its text
 * node; each collapsed space is a 1-character segment on the first space character
 * it replaces. A line break between text nodes becomes an unmapped space.
 */
export function blockText(block: Block): BlockText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pendingSpace = false;
  let spaceNode: Text | null = null;
  let spaceOffset = 0;
  for (const item of block.items) {
    if (item === 'br') {
      pendingSpace = true;
      continue;
    }
    const data = item.data;
    let i = 0;
    while (i < data.length) {
      if (isSpace(data.charCodeAt(i))) {
        if (!pendingSpace || !spaceNode) {
          pendingSpace = true;
          spaceNode = item;
          spaceOffset = i;
        }
        i++;
        continue;
      }
      let j = i + 1;
      while (j < data.length && !isSpace(data.charCodeAt(j))) j++;
      if (pendingSpace && length > 0) {
        if (spaceNode) push(segments, spaceNode, spaceOffset, spaceOffset + 1, length);
        parts.push(' ');
        length++;
      }
      pendingSpace = false;
      spaceNode = null;
      push(segments, item, i, j, length);
      parts.push(j - i === data.length ? data : data.slice(i, j));
      length += j - i;
      i = j;
    }
  }
  return { block, text: parts.join(''), segments, role: roleOf(block) };
}

/** Appends a segment, merging it into the previous one when both sides are contiguous. */
function push(segments: TextSegment[], node: Text, from: number, to: number, at: number): void {
  const last = segments[segments.length - 1];
  if (last && last.node === node && last.nodeEnd === from && last.textEnd === at) {
    last.nodeEnd = to;
    last.textEnd = at + (to - from);
    return;
  }
  segments.push({ node, nodeStart: from, nodeEnd: to, textStart: at, textEnd: at + (to - from) });
}
