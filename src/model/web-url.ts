/**
 * Web addresses: the only urls a report may carry and the only links we render. A page (or an
 * import file) can declare any string as its url or canonical url; `javascript:`, `data:`,
 * `file:` or `chrome:` there would become a link in the card, the popup or the options page.
 */

/** Schemes of a page read on the web. */
const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/** `raw` parsed, when it is an absolute http(s) url; null otherwise. */
export function parseWebUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return WEB_PROTOCOLS.has(url.protocol) ? url : null;
}

export function isWebUrl(raw: string): boolean {
  return parseWebUrl(raw) !== null;
}

/** `raw` when it is safe to render as a link (absolute http(s)), else null. */
export function safeHref(raw: string | null | undefined): string | null {
  return raw && isWebUrl(raw) ? raw : null;
}

/**
 * The canonical url a report may be keyed by: only a web url of the report's own origin. A page
 * at evil.example declaring `<link rel="canonical" href="https://news.example/…">` must not
 * replace (or learn of) the report the reader keeps for news.example.
 */
export function ownCanonical(url: string, canonicalUrl: string | null): string | null {
  if (!canonicalUrl?.trim()) return null;
  const page = parseWebUrl(url);
  const canonical = parseWebUrl(canonicalUrl.trim());
  return page && canonical && page.origin === canonical.origin ? canonicalUrl : null;
}
