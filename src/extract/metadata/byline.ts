import { hintOf } from '../hints.ts';
import { isHidden } from '../visibility.ts';

/** Class/id names of elements that hold the byline. */
const BYLINE_NAMES = /byline|author|dateline|writtenby|p-author/i;
/**
 * Elements that may hold a byline, found by the engine's selector matching instead of
 * visiting every element; substrings cover both cases of the first letter, and
 * BYLINE_NAMES then checks the names properly.
 */
const CANDIDATES = [
  '[rel="author"]',
  '[itemprop*="author"]',
  ...['yline', 'uthor', 'ateline', 'rittenby', 'YLINE', 'UTHOR', 'ATELINE', 'RITTENBY'].flatMap(
    (part) => [`[class*="${part}"]`, `[id*="${part}"]`],
  ),
].join(', ');
/** Bylines are short; longer text is an author bio or a whole article. */
const MAX_BYLINE_LENGTH = 100;

/** Inside page furniture (header bars, menus, sidebars) or hidden: not the article's byline. */
function inFurniture(element: Element): boolean {
  if (isHidden(element)) return true;
  for (let e = element.parentElement; e && e.localName !== 'body'; e = e.parentElement) {
    // Inside the article itself a byline is the article's, whatever the wrappers are called.
    if (e.localName === 'article' || e.localName === 'main') return false;
    if (isHidden(e)) return true;
    if (e.localName !== 'a' && hintOf(e).unlikely) return true;
  }
  return false;
}

/**
 * The first byline-like element's text in document order (rel=author, itemprop
 * author, or a byline/author class), used when no metadata names an author. When
 * the element marks up the name itself (itemprop="name"), that name is taken.
 */
export function bylineFromDocument(doc: Document): string | null {
  const body = doc.body;
  if (!body) return null;
  for (const e of body.querySelectorAll(CANDIDATES)) {
    const tag = e.localName;
    if (tag === 'script' || tag === 'style' || tag === 'meta' || tag === 'link') continue;
    const rel = e.getAttribute('rel');
    const itemprop = e.getAttribute('itemprop');
    const isAuthorProp = itemprop !== null && itemprop.includes('author');
    if (rel !== 'author' && !isAuthorProp) {
      const names = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
      if (!BYLINE_NAMES.test(names)) continue;
    }
    const text = (e.textContent ?? '').trim().replace(/\s+/g, ' ');
    if (text.length === 0 || text.length >= MAX_BYLINE_LENGTH || inFurniture(e)) continue;
    const name = e.querySelector('[itemprop~="name"]');
    const nameText = name ? (name.textContent ?? '').trim().replace(/\s+/g, ' ') : '';
    return nameText || text;
  }
  return null;
}
