/** `<meta property="og:title">`-style keys we read, normalised to lower case with ':' separators. */
const PROPERTY_KEY =
  /\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)\s*/gi;
const NAME_KEY =
  /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(?:article|webpage))\s*[-.:]\s*)?(author|creator|pub-date|description|title|site_name)\s*$/i;

/**
 * Collects meta tag values by normalised key ("og:title", "dc:creator", "author",
 * "parsely-pub-date", …). A `property` attribute may hold several keys separated by
 * spaces; the last matching tag wins for property keys, as sites repeat them.
 */
export function readMetaTags(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta')) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    const property = meta.getAttribute('property');
    let matched = false;
    if (property) {
      for (const m of property.matchAll(PROPERTY_KEY)) {
        matched = true;
        values.set(m[0].toLowerCase().replace(/\s/g, ''), content.trim());
      }
    }
    const name = meta.getAttribute('name');
    if (!matched && name && NAME_KEY.test(name)) {
      const key = name.toLowerCase().replace(/\s/g, '').replace(/\./g, ':');
      values.set(key, content.trim());
    }
  }
  return values;
}

export function firstOf(values: Map<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = values.get(k);
    if (v) return v;
  }
  return null;
}
