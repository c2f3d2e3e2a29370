import { parseHTML } from 'linkedom';

/**
 * Parses an HTML string into a standard DOM `Document` in Node, for the CLI,
 * evaluations and benchmarks. No script runs and nothing is fetched.
 * linkedom is used for its speed (several times faster than jsdom here).
 */
export function parseHtml(html: string): Document {
  const text = html.charCodeAt(0) === 0xfeff ? html.slice(1) : html;
  const { document } = parseHTML(text);
  // linkedom leaves an empty or text-only input without <html>: give it one so
  // callers always get a well-formed (if empty) document.
  if (!document.documentElement) return parseHtml(`<html><body>${escapeText(text)}</body></html>`);
  return document as unknown as Document;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
