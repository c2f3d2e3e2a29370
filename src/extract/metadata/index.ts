import type { ArticleMetadata } from '../types.ts';
import { bylineFromDocument } from './byline.ts';
import { readJsonLd } from './json-ld.ts';
import type { JsonLdArticle } from './json-ld.ts';
import { firstOf, readMetaTags } from './meta-tags.ts';
import { pickJsonLdTitle, titleFromDocument } from './title.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Some sites double-escape meta values ("&amp;amp;"): decode the common entities once more. */
function unescape(value: string | null): string | null {
  if (value === null) return null;
  return value.replace(
    /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-f]+));/gi,
    (m, name, dec, hex) => {
      if (name) return ENTITIES[String(name).toLowerCase()] ?? m;
      const code = dec ? Number(dec) : parseInt(String(hex), 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    },
  );
}

export interface MetadataResult {
  metadata: ArticleMetadata;
  jsonLd: JsonLdArticle | null;
}

/** Title, byline, site, date, language, canonical url and excerpt from the page's head and markup. */
export function extractMetadata(doc: Document, url?: string): MetadataResult {
  const meta = readMetaTags(doc);
  const jsonLd = readJsonLd(doc);
  const pageTitle = doc.title ?? '';
  const title =
    (jsonLd ? pickJsonLdTitle(jsonLd.name, jsonLd.headline, pageTitle) : null) ??
    firstOf(meta, [
      'dc:title',
      'dcterm:title',
      'og:title',
      'weibo:article:title',
      'weibo:webpage:title',
      'title',
      'twitter:title',
      'parsely-title',
    ]) ??
    titleFromDocument(doc);
  const byline =
    jsonLd?.byline ??
    firstOf(meta, ['dc:creator', 'dcterm:creator', 'author', 'parsely-author']) ??
    notUrl(meta.get('article:author')) ??
    bylineFromDocument(doc);
  const excerpt =
    jsonLd?.description ??
    firstOf(meta, [
      'dc:description',
      'dcterm:description',
      'og:description',
      'weibo:article:description',
      'weibo:webpage:description',
      'description',
      'twitter:description',
    ]);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return {
    jsonLd,
    metadata: {
      title: unescape(title) || null,
      byline: unescape(byline),
      siteName: unescape(jsonLd?.siteName ?? firstOf(meta, ['og:site_name'])),
      publishedTime: unescape(
        jsonLd?.publishedTime ?? firstOf(meta, ['article:published_time', 'parsely-pub-date']),
      ),
      lang: doc.documentElement?.getAttribute('lang')?.trim() || null,
      canonicalUrl: resolve(canonical, url),
      excerpt: unescape(excerpt),
    },
  };
}

/** article:author often holds the author's profile URL rather than a name. */
function notUrl(value: string | undefined): string | null {
  return value && !/^(?:https?:)?\/\//i.test(value) && !/^www\./i.test(value) ? value : null;
}

function resolve(href: string | null, base?: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
