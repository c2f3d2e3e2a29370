/** Host permission patterns ↔ what the reader sees. */

export interface NewsSite {
  name: string;
  host: string;
}

/** The patterns that cover a site and its subdomains (www., edition., …) over HTTPS. */
export function patternsFor(host: string): string[] {
  return [`https://${host}/*`, `https://*.${host}/*`];
}

/** "https://*.apnews.com/*" → "apnews.com"; "http://127.0.0.1/*" → "127.0.0.1 (http)". */
export function describePattern(pattern: string): string {
  const m = /^(\*|https?):\/\/(\*\.)?([^/]*)\//.exec(pattern);
  if (!m) return pattern;
  const host = m[3] === '*' ? '*' : (m[3] ?? pattern);
  return m[1] === 'http' ? `${host} (http)` : host;
}

/** Groups granted patterns by the site they describe, so one row removes both patterns. */
export function groupGranted(
  patterns: readonly string[],
): Array<{ site: string; patterns: string[] }> {
  const bySite = new Map<string, string[]>();
  for (const p of patterns) {
    const site = describePattern(p);
    bySite.set(site, [...(bySite.get(site) ?? []), p]);
  }
  return [...bySite.entries()]
    .map(([site, list]) => ({ site, patterns: list }))
    .sort((a, b) => a.site.localeCompare(b.site));
}
