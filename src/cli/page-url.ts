/** Where a saved page came from, so a packed report carries its real address (and site). */
export function savedPageUrl(doc: Document, html: string, fileUrl: string): string {
  // Chrome's and IE's "Save as" mark the original address in a comment before <html>.
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2048))?.[1];
  const candidates = [
    saved,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const url = webUrl(candidate);
    if (url) return url;
  }
  return fileUrl;
}

/** An absolute http(s) address, or null (relative, javascript:, garbage). */
function webUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
