import { linkDensity } from './03-score.ts';
import type { Candidate } from './03-score.ts';
import { hintOf } from './hints.ts';
import type { Walk } from './types.ts';

/** Candidates scoring within this share of the best are alternatives worth a common ancestor. */
const ALTERNATIVE_SHARE = 0.75;
/** This many alternatives inside one ancestor make that ancestor the article. */
const MIN_ALTERNATIVES = 3;
/** An ancestor scoring nearly as high as the top holds the same article plus its intro. */
const CLIMB_SHARE = 0.9;
/** Siblings need at least this share of the top score (or the absolute floor) to join. */
const SIBLING_SHARE = 0.2;
const SIBLING_FLOOR = 10;
/** A plain sibling paragraph joins when long and link-poor… */
const SIBLING_PARAGRAPH_LENGTH = 80;
const SIBLING_PARAGRAPH_LINK_DENSITY = 0.25;

/** A declared article body needs this much text to be trusted over the scores. */
const DECLARED_MIN_TEXT = 250;

export interface Selection {
  top: Element;
  /** The top element and the siblings merged with it, in document order. */
  roots: Element[];
}

function ancestorsOf(element: Element, body: Element): Set<Element> {
  const set = new Set<Element>();
  for (let e = element.parentElement; e && e !== body; e = e.parentElement) set.add(e);
  return set;
}

/**
 * The page's own marking of its article body (schema.org microdata
 * itemprop="articleBody"), when there is exactly one and it holds real text.
 */
function declaredBody(walk: Walk, root: Element): Element | null {
  const marked = root.querySelectorAll('[itemprop~="articleBody"]');
  if (marked.length !== 1) return null;
  const element = marked[0]!;
  const stats = walk.stats.get(element);
  if (!stats || stats.text < DECLARED_MIN_TEXT || stats.paragraphs < 2) return null;
  return element;
}

/** Picks the article container from the scored candidates and merges its article-like siblings. */
export function selectArticle(walk: Walk, candidates: Candidate[]): Selection | null {
  const body = walk.body;
  const best = candidates[0];
  if (!body || !best) return null;
  const byElement = new Map<Element, Candidate>();
  for (const c of candidates) byElement.set(c.element, c);
  const declared = declaredBody(walk, body);
  if (declared) return { top: declared, roots: [declared] };
  let top = best.element;

  // Several strong candidates under one ancestor: the ancestor holds the article.
  const alternatives = candidates
    .slice(1, 5)
    .filter((c) => c.final >= best.final * ALTERNATIVE_SHARE)
    .map((c) => ancestorsOf(c.element, body));
  if (alternatives.length >= MIN_ALTERNATIVES) {
    for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
      let count = 0;
      for (const set of alternatives) if (set.has(p)) count++;
      if (count >= MIN_ALTERNATIVES) {
        top = p;
        break;
      }
    }
  }

  // Climb while a parent scores higher (the article was split into sections).
  let last = byElement.get(top)?.final ?? 0;
  const threshold = last / 3;
  const close = last * CLIMB_SHARE;
  for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
    const c = byElement.get(p);
    if (!c) continue;
    if (c.final < threshold) break;
    if (c.final > last || c.final >= close) {
      top = p;
      break;
    }
    last = c.final;
  }
  // A lone child carries no more information than its parent.
  while (
    top.parentElement &&
    top.parentElement !== body &&
    top.parentElement.children.length === 1
  ) {
    top = top.parentElement;
  }

  const topFinal = byElement.get(top)?.final ?? 0;
  const parent = top.parentElement;
  if (!parent || top === body) return { top, roots: [top] };
  const roots: Element[] = [];
  const minimum = Math.max(SIBLING_FLOOR, topFinal * SIBLING_SHARE);
  const topClass = top.getAttribute('class') ?? '';
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
    if (s === top) {
      roots.push(s);
      continue;
    }
    const stats = walk.stats.get(s);
    if (!stats || stats.text === 0) continue;
    const candidate = byElement.get(s);
    const bonus = topClass !== '' && s.getAttribute('class') === topClass ? topFinal * 0.2 : 0;
    if (candidate && candidate.final + bonus >= minimum) {
      roots.push(s);
      continue;
    }
    // A sibling built like the top (same class), with prose and few links: the
    // article continues after an image or an ad slot.
    if (
      bonus > 0 &&
      stats.paragraphs >= 1 &&
      stats.text >= SIBLING_PARAGRAPH_LENGTH &&
      linkDensity(stats) < SIBLING_PARAGRAPH_LINK_DENSITY
    ) {
      roots.push(s);
      continue;
    }
    // An unnamed or content-named block of prose next to the article (an intro, a
    // continuation) joins like a paragraph would.
    const hint = hintOf(s);
    if (
      (s.localName === 'div' || s.localName === 'section') &&
      !hint.negative &&
      stats.paragraphs >= 1 &&
      stats.text > SIBLING_PARAGRAPH_LENGTH &&
      linkDensity(stats) < SIBLING_PARAGRAPH_LINK_DENSITY &&
      stats.inputs === 0
    ) {
      roots.push(s);
      continue;
    }
    if (s.localName === 'p') {
      const density = linkDensity(stats);
      if (stats.text > SIBLING_PARAGRAPH_LENGTH && density < SIBLING_PARAGRAPH_LINK_DENSITY) {
        roots.push(s);
      } else if (
        stats.text <= SIBLING_PARAGRAPH_LENGTH &&
        density === 0 &&
        /\.( |$)/.test(s.textContent ?? '')
      ) {
        roots.push(s);
      }
    }
  }
  return { top, roots };
}
