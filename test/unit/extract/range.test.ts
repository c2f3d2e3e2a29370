import { describe, expect, it } from 'vitest';
import { extractArticle, rangeForText } from '../../../src/extract/index.ts';
import { UNHURRIED, browserDocument, loadCases } from './load-fixture.ts';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const articles = loadCases().filter((c) => c.expected.isArticle !== false);

describe('rangeForText maps article text back to the live page', () => {
  for (const { name, html } of articles) {
    it(`${name}: every paragraph and sentence-sized span`, () => {
      const doc = browserDocument(html);
      const article = extractArticle(doc, UNHURRIED);
      expect(article.paragraphs.length).toBeGreaterThan(0);
      for (const p of article.paragraphs) {
        expect(article.text.slice(p.start, p.end)).toBe(p.text);
        const range = rangeForText(article, p.start, p.end);
        expect(range).not.toBeNull();
        expect(squash(range!.toString())).toBe(squash(p.text));
        expect(p.element.contains(range!.commonAncestorContainer)).toBe(true);
        // Spans inside the paragraph: a middle slice and every sentence.
        const mid = [p.start + 3, Math.min(p.end, p.start + 40)] as const;
        expect(squash(rangeForText(article, ...mid)!.toString())).toBe(
          squash(article.text.slice(...mid)),
        );
        for (const m of p.text.matchAll(/[^.!?]+[.!?]+/g)) {
          const start = p.start + m.index;
          const end = start + m[0].length;
          const r = rangeForText(article, start, end);
          expect(squash(r!.toString())).toBe(squash(article.text.slice(start, end)));
        }
      }
    });

    it(`${name}: segments map 1:1 onto text nodes`, () => {
      const article = extractArticle(browserDocument(html), UNHURRIED);
      for (const p of article.paragraphs) {
        for (const s of p.segments) {
          expect(s.textEnd - s.textStart).toBe(s.nodeEnd - s.nodeStart);
          const ours = article.text.slice(s.textStart, s.textEnd);
          const theirs = s.node.data.slice(s.nodeStart, s.nodeEnd).replace(/\s/g, ' ');
          expect(ours).toBe(theirs);
        }
      }
    });
  }

  it('a span across two paragraphs starts in the first and ends in the second', () => {
    const doc = browserDocument(articles.find((c) => c.name === 'pages/ap-putin-talks')!.html);
    const article = extractArticle(doc, UNHURRIED);
    const [a, b] = article.paragraphs;
    const range = rangeForText(article, a!.end - 10, b!.start + 12)!;
    const text = squash(range.toString());
    expect(text.startsWith(squash(a!.text.slice(-10)))).toBe(true);
    expect(text.endsWith(squash(b!.text.slice(0, 12)))).toBe(true);
  });

  it('returns null for empty or out-of-range spans', () => {
    const doc = browserDocument(articles[0]!.html);
    const article = extractArticle(doc, UNHURRIED);
    expect(rangeForText(article, 5, 5)).toBeNull();
    expect(rangeForText(article, article.text.length + 10, article.text.length + 20)).toBeNull();
  });
});

describe('extraction never changes the page', () => {
  for (const { name, html } of loadCases()) {
    it(name, () => {
      const doc = browserDocument(html);
      const before = doc.documentElement.outerHTML;
      const article = extractArticle(doc, UNHURRIED);
      if (article.paragraphs.length > 0) rangeForText(article, 0, article.text.length);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }
});
