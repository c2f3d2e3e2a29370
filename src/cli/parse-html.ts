import { parseHTML } from 'linkedom';

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
  return document as unknown as Document;
}
