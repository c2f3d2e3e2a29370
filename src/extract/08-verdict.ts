import type { BlockText } from './05-text.ts';
import type { JsonLdArticle } from './metadata/json-ld.ts';
import { HEADING_TAGS } from './tags.ts';

/** Less article text than this is a stub, a login box or a teaser, not something to annotate. */
const MIN_ARTICLE_LENGTH = 280;
/** Paragraphs this long count as article prose. */
const PROSE_LENGTH = 120;
/** Listing pages (home, section, search) show at least this many linked headlines… */
const MIN_TEASERS = 4;
/** …and the prose is mostly their excerpts: fewer long paragraphs than this per teaser. */
const PROSE_PER_TEASER = 1.5;
/** A teaser's excerpt is at most about this long; article sections run longer. */
const MAX_EXCERPT_LENGTH = 300;
/** Repeated posts signed by different people make a thread, not an article. */
const MIN_POSTS = 3;

export interface VerdictInput {
  doc: Document;
  /** All blocks of the chosen container (before filtering). */
  all: BlockText[];
  /** Blocks kept as article text. */
  kept: BlockText[];
  roots: Element[];
  jsonLd: JsonLdArticle | null;
}

/** Page-level schema.org types (on html, body or main) that are not articles. */
const NON_ARTICLE_TYPES =
  /^(?:CollectionPage|SearchResultsPage|ProfilePage|QAPage|ContactPage|CheckoutPage)$/;

/** Text length with ideographic and syllabic characters weighted for the information they carry. */
export function weightedLength(text: string): number {
  let extra = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) extra += 2;
  }
  return text.length + extra;
}

function schemaTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const e of doc.querySelectorAll('html[itemtype], body[itemtype], main[itemtype]')) {
    const t = e.getAttribute('itemtype') ?? '';
    types.push(t.slice(t.lastIndexOf('/') + 1));
  }
  return types;
}

/** Counts repeated siblings that each carry an author-like element: forum posts or comments. */
function countSignedPosts(roots: Element[]): number {
  let best = 0;
  const visit = (parent: Element, depth: number): void => {
    const groups = new Map<string, number>();
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      const key = `${c.localName}.${c.getAttribute('class') ?? ''}`;
      if (
        !c.querySelector(
          '[class*="author"], [class*="user"], [class*="poster"], [itemprop="author"]',
        )
      )
        continue;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    for (const n of groups.values()) best = Math.max(best, n);
    if (depth < 2)
      for (let c = parent.firstElementChild; c; c = c.nextElementSibling) visit(c, depth + 1);
  };
  for (const r of roots) visit(r, 0);
  return best;
}

/**
 * Decides whether the extracted text is an article worth annotating, not a listing
 * (home page, section front, search results), a discussion thread or a login page.
 * Returns null for an article, else the reason it is not one.
 */
export function articleVerdict(input: VerdictInput): string | null {
  const { doc, all, kept, roots, jsonLd } = input;
  const length = kept.reduce((n, b) => n + weightedLength(b.text), 0);
  if (length < MIN_ARTICLE_LENGTH) return 'too short';
  const prose = kept.filter(
    (b) => b.role !== 'heading' && weightedLength(b.text) >= PROSE_LENGTH,
  ).length;
  if (prose === 0) return 'no prose';

  const declaredArticle = jsonLd !== null && jsonLd.type !== 'DiscussionForumPosting';
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  const microdata = schemaTypes(doc);
  if (jsonLd?.type === 'DiscussionForumPosting' || microdata.includes('DiscussionForumPosting'))
    return 'forum posting';
  if (!declaredArticle && microdata.some((t) => NON_ARTICLE_TYPES.test(t))) return 'listing schema';

  // Login and sign-up pages: a password field and little prose.
  if (doc.querySelector('input[type="password"]') && prose < 3) return 'login page';

  // Listings: many linked headlines, each followed by at most a short excerpt.
  const sections: number[] = [];
  let current = -1;
  for (const b of all) {
    const linked = b.block.linkLength >= b.block.length * 0.6;
    if (HEADING_TAGS.has(b.block.element.localName) && linked) {
      if (current >= 0) sections.push(current);
      current = 0;
    } else if (current >= 0 && !linked) {
      current += weightedLength(b.text);
    }
  }
  if (current >= 0) sections.push(current);
  const minTeasers = declaredArticle || ogType === 'article' ? 2 * MIN_TEASERS : MIN_TEASERS;
  if (sections.length >= minTeasers) {
    sections.sort((x, y) => x - y);
    const median = sections[sections.length >> 1] ?? 0;
    if (median < MAX_EXCERPT_LENGTH && prose < sections.length * PROSE_PER_TEASER) return 'listing';
  }

  // Threads: several posts, each signed.
  if (!declaredArticle && ogType !== 'article' && countSignedPosts(roots) >= MIN_POSTS)
    return 'thread';
  return null;
}
