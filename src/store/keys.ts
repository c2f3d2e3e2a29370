import { ownCanonical } from '../model/web-url.ts';

/** Query parameters that only track the click, never change the article. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src)$/i;
/** Search words longer than this are ids or hashes, not words a reader types. */
const MAX_WORD_CHARS = 40;
/** Enough words for a long headline plus site and path. */
const MAX_WORDS = 64;

/**
 * The dedup key of a report: its canonical url if it has one of its own origin, else its url,
 * normalized. A canonical url of another origin never keys a report (see ownCanonical).
 */
export function reportKey(url: string, canonicalUrl: string | null): string {
  return normalizeUrl(ownCanonical(url, canonicalUrl) ?? url);
}

/** Drops the fragment and tracking parameters; lower-cases scheme and host (URL does). */
export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  }
  url.searchParams.sort();
  return url.href;
}

/** Lower-cased, accent-free words (letters and digits of any script). */
export function searchWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words a report is found by: title, site, and the url's host and path. */
export function reportWords(title: string, site: string, url: string): string[] {
  let urlText = url;
  try {
    const parsed = new URL(url);
    urlText = `${parsed.hostname} ${decodeURIComponent(parsed.pathname)}`;
  } catch {
    // not a URL: index the raw string's words
  }
  const words = new Set<string>();
  for (const word of searchWords(`${title} ${site} ${urlText}`)) {
    if (word.length > MAX_WORD_CHARS) continue;
    words.add(word);
    if (words.size >= MAX_WORDS) break;
  }
  return [...words];
}

/**
 * Paused sites are hostnames exactly as `location.hostname` gives them (the content script
 * compares with that), so only case and whitespace are normalized: "www." is kept.
 */
export function normalizeSite(site: string): string {
  return site.trim().toLowerCase();
}
