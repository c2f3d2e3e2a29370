import { NO_HINT, hintOf } from './hints.ts';
import { FURNITURE_ROLES, INLINE_TAGS, INPUT_TAGS, SKIP_TAGS } from './tags.ts';
import type { Block, Budget, ElementStats, Walk } from './types.ts';
import { isHidden } from './visibility.ts';

/** Blocks at least this long count as paragraphs (Readability's minimum for scoring). */
export const MIN_PARAGRAPH_LENGTH = 25;
/** Check the clock every this many nodes: often enough for a 250 ms budget, cheap enough to ignore. */
const CLOCK_EVERY = 512;
/** Characters of each block kept for language detection. */
const SAMPLE_LENGTH = 240;

interface Frame {
  element: Element;
  stats: ElementStats;
  block: boolean;
  link: boolean;
  quote: boolean;
  pre: boolean;
  unlikely: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
}

function isComma(c: number): boolean {
  // ASCII, fullwidth, ideographic and Arabic commas.
  return c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c;
}

function newStats(depth: number, hint: number, unlikely: boolean, first: number): ElementStats {
  return {
    text: 0,
    link: 0,
    commas: 0,
    inputs: 0,
    images: 0,
    paragraphs: 0,
    listItems: 0,
    firstBlock: first,
    endBlock: first,
    hint,
    unlikely,
    depth,
  };
}

/**
 * One read-only pass over the live DOM: splits visible text into blocks (runs of
 * inline text under one block-level element, in document order) and sums per-element
 * counts (text, link text, commas, inputs, images) bottom-up. Iterative, so any
 * nesting depth is safe; stops at the deadline and returns what it has.
 */
export function walkDocument(doc: Document, budget: Budget): Walk {
  const body = doc.body ?? doc.documentElement;
  const blocks: Block[] = [];
  const stats = new Map<Element, ElementStats>();
  if (!body) return { blocks, stats, body: null, timedOut: false };

  const stack: Frame[] = [];
  const blockStack: Element[] = [];
  let linkDepth = 0;
  let quoteDepth = 0;
  let preDepth = 0;
  let unlikelyDepth = 0;
  let open: Block | null = null;
  let pendingBreaks = 0;
  let timedOut = false;

  const flush = (): void => {
    if (open && open.length > 0) {
      open.index = blocks.length;
      blocks.push(open);
      if (open.length >= MIN_PARAGRAPH_LENGTH) {
        const top = stack[stack.length - 1];
        if (top) top.stats.paragraphs++;
      }
    }
    open = null;
    pendingBreaks = 0;
  };

  const enter = (element: Element, tag: string): void => {
    // Custom elements render inline unless styled otherwise (CSS default).
    const block = !INLINE_TAGS.has(tag) && !tag.includes('-');
    if (block) flush();
    // Most elements carry no attributes at all: skip the attribute reads for them.
    const plain = !element.hasAttributes();
    const hint = plain ? NO_HINT : hintOf(element);
    const role = plain ? null : element.getAttribute('role');
    const unlikely =
      (hint.unlikely || (role !== null && FURNITURE_ROLES.has(role))) &&
      tag !== 'body' &&
      tag !== 'html' &&
      tag !== 'article' &&
      tag !== 'main' &&
      tag !== 'a';
    const frame: Frame = {
      element,
      stats: newStats(stack.length, hint.weight, unlikely, blocks.length),
      block,
      link: tag === 'a',
      quote: tag === 'blockquote',
      pre: tag === 'pre',
      unlikely,
    };
    stack.push(frame);
    if (block) blockStack.push(element);
    if (frame.link) linkDepth++;
    if (frame.quote) quoteDepth++;
    if (frame.pre) preDepth++;
    if (unlikely) unlikelyDepth++;
    if (tag === 'li') frame.stats.listItems++;
  };

  const exit = (): void => {
    const frame = stack.pop();
    if (!frame) return;
    if (frame.block) {
      flush();
      blockStack.pop();
    }
    const s = frame.stats;
    s.endBlock = blocks.length;
    if (frame.link) linkDepth--;
    if (frame.quote) quoteDepth--;
    if (frame.pre) preDepth--;
    if (frame.unlikely) unlikelyDepth--;
    const parent = stack[stack.length - 1];
    if (parent) {
      const p = parent.stats;
      p.text += s.text;
      p.link += s.link;
      p.commas += s.commas;
      p.inputs += s.inputs;
      p.images += s.images;
      p.paragraphs += s.paragraphs;
      p.listItems += s.listItems;
    }
    stats.set(frame.element, s);
  };

  const text = (node: Text): void => {
    const data = node.data;
    let nonSpace = 0;
    let runs = 0;
    let commas = 0;
    let inSpace = true;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (isSpace(c)) {
        inSpace = true;
      } else {
        if (inSpace && nonSpace > 0) runs++;
        inSpace = false;
        nonSpace++;
        if (isComma(c)) commas++;
      }
    }
    if (nonSpace === 0) {
      // Whitespace between inline elements still separates words.
      if (open && open.length > 0) open.items.push(node);
      return;
    }
    if (!open) {
      open = {
        index: -1,
        element: blockStack[blockStack.length - 1] ?? body,
        items: [],
        length: 0,
        linkLength: 0,
        commas: 0,
        unlikely: unlikelyDepth > 0,
        inQuote: quoteDepth > 0,
        inPre: preDepth > 0,
        sample: '',
      };
    } else if (pendingBreaks > 0) {
      open.items.push('br');
    }
    pendingBreaks = 0;
    const length = nonSpace + runs + (open.length > 0 ? 1 : 0);
    open.items.push(node);
    open.length += length;
    open.commas += commas;
    if (linkDepth > 0) open.linkLength += length;
    if (open.sample.length < SAMPLE_LENGTH) open.sample += data.slice(0, SAMPLE_LENGTH) + ' ';
    const top = stack[stack.length - 1];
    if (top) {
      top.stats.text += length;
      top.stats.commas += commas;
      if (linkDepth > 0) top.stats.link += length;
    }
  };

  enter(body, body.localName);
  let node: Node | null = body.firstChild;
  let count = 0;
  while (node) {
    if (++count % CLOCK_EVERY === 0 && budget.expired()) {
      timedOut = true;
      break;
    }
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      const tag = element.localName;
      if (tag === 'br') {
        pendingBreaks++;
        // Two line breaks in a row end a paragraph, as in old-style markup.
        if (pendingBreaks >= 2 && open) flush();
      } else if (SKIP_TAGS.has(tag)) {
        const top = stack[stack.length - 1];
        if (top) {
          if (INPUT_TAGS.has(tag)) top.stats.inputs++;
          else if (tag === 'img' || tag === 'picture') top.stats.images++;
        }
      } else if (!element.hasAttributes() || !isHidden(element)) {
        enter(element, tag);
        if (element.firstChild) descend = true;
        else exit();
      }
    } else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      text(node as Text);
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== body && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== body) exit();
    }
    node = node && node !== body ? node.nextSibling : null;
  }
  // Close whatever is still open (normal end, or the deadline hit mid-tree).
  while (stack.length > 0) exit();
  return { blocks, stats, body, timedOut };
}
