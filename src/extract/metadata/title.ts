/** Separators sites put between headline and site name ("Headline | Site", "Headline - Site"). */
const SEPARATORS = /\s[|\-\\/>»–—]\s/;
const HIERARCHICAL = /\s[\\/>»]\s/;

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** The page title with the site name cut off, falling back to the only <h1> when that is better. */
export function titleFromDocument(doc: Document): string {
  const original = (doc.title ?? '').trim().replace(/\s+/g, ' ');
  let title = original;
  let hierarchical = false;
  if (SEPARATORS.test(original)) {
    hierarchical = HIERARCHICAL.test(original);
    // Everything before the last separator…
    title = original.slice(0, lastSeparatorIndex(original));
    // …unless that leaves too little: then everything after the first one.
    if (wordCount(title) < 3) title = original.slice(firstSeparatorEnd(original));
  } else if (original.includes(': ')) {
    const headings = [...doc.querySelectorAll('h1, h2')].map((h) => (h.textContent ?? '').trim());
    if (!headings.includes(original)) {
      title = original.slice(original.lastIndexOf(':') + 1).trim();
      if (wordCount(title) < 3) title = original.slice(original.indexOf(':') + 1).trim();
      else if (wordCount(original.slice(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if (original.length > 150 || original.length < 15) {
    const h1s = doc.querySelectorAll('h1');
    if (h1s.length === 1) title = (h1s[0]?.textContent ?? '').trim().replace(/\s+/g, ' ');
  }
  title = title.trim().replace(/\s+/g, ' ');
  const count = wordCount(title);
  if (
    count <= 4 &&
    (!hierarchical || count !== wordCount(original.replace(/\s[|\-\\/>»–—]\s/g, ' ')) - 1)
  ) {
    title = original;
  }
  return title;
}

function lastSeparatorIndex(s: string): number {
  let index = -1;
  for (const m of s.matchAll(/\s[|\-\\/>»–—]\s/g)) index = m.index;
  return index < 0 ? s.length : index;
}

function firstSeparatorEnd(s: string): number {
  const m = /\s[|\-\\/>»–—]\s/.exec(s);
  return m ? m.index + m[0].length : 0;
}

/** JSON-LD may give both `name` and `headline`: take the one closer to the page title. */
export function pickJsonLdTitle(
  name: string | null,
  headline: string | null,
  pageTitle: string,
): string | null {
  if (!name || !headline || name === headline) return headline ?? name;
  return similarity(name, pageTitle) >= similarity(headline, pageTitle) ? name : headline;
}

/** Share of the first text's words found in the second (case-insensitive). */
export function similarity(a: string, b: string): number {
  const words = (s: string) => s.toLowerCase().split(/\W+/u).filter(Boolean);
  const wa = words(a);
  const wb = new Set(words(b));
  if (!wa.length) return 0;
  return wa.filter((w) => wb.has(w)).length / wa.length;
}
