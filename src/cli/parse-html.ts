import { parseHTML } from 'linkedom';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Parses an HTML string into a standard DOM `Document` in Node, for the CLI,
 * evaluations and benchmarks. No script runs and nothing is fetched.
 * linkedom is used for its speed (several times faster than jsdom here).
 */
export function parseHtml(html: string): Document {
  const text = html.charCodeAt(0) === 0xfeff ? html.slice(1) : html;
  const { document } = parseHTML(text);
  // linkedom leaves a fragment (or empty input) without <html>: parse it again inside
  // one, as a browser would, so callers always get a document with a body.
  if (document.documentElement?.localName !== 'html') {
    return parseHtml(`<html><body>${text}</body></html>`);
  }
  const doc = document as unknown as Document;
  repairTree(doc);
  return doc;
}

/**
 * linkedom skips the HTML5 tree fix-ups a browser applies to malformed pages: a
 * second <body>, or content after </body>, ends up beside the first body instead of
 * inside it. Move such content into the body, as a browser's parser would, so the
 * document seen here matches the one a reader's browser builds.
 */
function repairTree(doc: Document): void {
  const html = doc.documentElement;
  const body = doc.body;
  if (!body || body.parentNode !== html) return;
  for (const node of [...html.childNodes]) {
    if (node === body || node === doc.head) continue;
    if (node.nodeType === TEXT_NODE && !(node.textContent ?? '').trim()) continue;
    if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).localName;
      if (tag === 'head') {
        // A stray second <head>: its metadata joins the first, as browsers keep it.
        if (doc.head) doc.head.append(...node.childNodes);
        node.parentNode?.removeChild(node);
        continue;
      }
      if (tag === 'body') {
        body.append(...node.childNodes);
        node.parentNode?.removeChild(node);
        continue;
      }
    }
    body.append(node);
  }
}
