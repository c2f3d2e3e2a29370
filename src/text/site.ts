/**
 * The site a URL belongs to as the reader names it: its hostname without a leading `www.`
 * ("https://www.apnews.com/x" → "apnews.com"). Null when `url` is not a URL, so that each caller
 * says what it shows instead (the raw text, or nothing) rather than inheriting a silent choice.
 */
export function siteOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
