/** schema.org types that describe an article (and so carry its headline, author, date). */
const ARTICLE_TYPE =
  /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/;
const SCHEMA_CONTEXT = /^https?:\/\/schema\.org\/?$/;

export interface JsonLdArticle {
  type: string;
  headline: string | null;
  name: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  description: string | null;
  /** The article body when the page publishes it (a strong hint for extraction). */
  articleBody: string | null;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function typesOf(node: Json): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function contextOk(node: Json, inherited: boolean): boolean {
  const c = node['@context'];
  if (c === undefined) return inherited;
  if (typeof c === 'string') return SCHEMA_CONTEXT.test(c);
  if (isObject(c) && typeof c['@vocab'] === 'string') return SCHEMA_CONTEXT.test(c['@vocab']);
  return inherited;
}

function authorNames(author: unknown): string | null {
  const list = Array.isArray(author) ? author : [author];
  const names = list
    .map((a) => (isObject(a) ? str(a.name) : str(a)))
    .filter((n): n is string => n !== null);
  return names.length ? names.join(', ') : null;
}

function findArticle(value: unknown, inherited: boolean): Json | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findArticle(v, inherited);
      if (found) return found;
    }
    return null;
  }
  if (!isObject(value)) return null;
  const ok = contextOk(value, inherited);
  if (ok && typesOf(value).some((t) => ARTICLE_TYPE.test(t))) return value;
  if (Array.isArray(value['@graph'])) return findArticle(value['@graph'], ok);
  return null;
}

/** Reads the first schema.org Article-like object from the page's JSON-LD scripts (never run). */
export function readJsonLd(doc: Document): JsonLdArticle | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const source = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '');
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue;
    }
    const node = findArticle(parsed, false);
    if (!node) continue;
    const publisher = node.publisher;
    return {
      type: typesOf(node).find((t) => ARTICLE_TYPE.test(t)) ?? 'Article',
      headline: str(node.headline),
      name: str(node.name),
      byline: authorNames(node.author),
      siteName: isObject(publisher) ? str(publisher.name) : null,
      publishedTime: str(node.datePublished),
      description: str(node.description),
      articleBody: str(node.articleBody),
    };
  }
  return null;
}
