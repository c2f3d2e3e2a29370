import { hintOf } from './hints.ts';
import { isHidden } from './visibility.ts';

/** Paragraphs shorter than this say little about a page being an article. */
const GATE_MIN_LENGTH = 140;
/** Sum of sqrt(length − minimum) over paragraphs a page needs (Readability's calibration). */
const GATE_MIN_SCORE = 20;

/**
 * Cheap "is this an article?" gate: a few long visible paragraphs outside page
 * furniture. Reads only p/pre/article elements and their text; no layout.
 */
export function isProbablyArticle(doc: Document): boolean {
  if (!doc.documentElement) return false;
  const nodes: Element[] = [...doc.querySelectorAll('p, pre, article')];
  // Old-style pages put text straight into divs separated by <br>.
  const brParents = new Set<Element>();
  for (const br of doc.querySelectorAll('div > br'))
    if (br.parentElement) brParents.add(br.parentElement);
  nodes.push(...brParents);
  let score = 0;
  for (const node of nodes) {
    const hint = hintOf(node);
    if (hint.unlikely) continue;
    if (isHidden(node)) continue;
    if (node.localName === 'p' && node.parentElement?.localName === 'li') continue;
    const length = (node.textContent ?? '').trim().length;
    if (length < GATE_MIN_LENGTH) continue;
    score += Math.sqrt(length - GATE_MIN_LENGTH);
    if (score > GATE_MIN_SCORE) return true;
  }
  return false;
}
