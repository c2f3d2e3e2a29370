import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import { nodeDocument } from './load-fixture.ts';

/** A clock that advances one "millisecond" per reading: budgets run out deterministically. */
function fakeClock(): () => number {
  let t = 0;
  return () => t++;
}

const PARAGRAPH =
  'The committee met on Tuesday to discuss the proposal, which would change how the city funds its libraries, parks and pools. ';

describe('pathological pages', () => {
  it('5 MB of text stops at the budget and returns what it has', () => {
    const paragraphs = Array.from({ length: 40_000 }, (_, i) => `<p>${i} ${PARAGRAPH}</p>`).join(
      '',
    );
    const html = `<html><body><article>${paragraphs}</article></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const article = extractArticle(nodeDocument(html), { budgetMs: 40, now: fakeClock() });
    expect(article.timedOut).toBe(true);
    expect(article.isArticle).toBe(true);
    expect(article.paragraphs.length).toBeGreaterThan(100);
    expect(article.paragraphs.length).toBeLessThan(40_000);
    expect(article.paragraphs[0]!.text).toBe(`0 ${PARAGRAPH.trim()}`);
  });

  it('deep nesting (20,000 levels) does not overflow the stack', () => {
    const depth = 20_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${PARAGRAPH.repeat(4)}</p><p>${PARAGRAPH.repeat(3)}</p>${'</div>'.repeat(depth)}</body></html>`;
    // A generous budget: this test is about the stack, not the clock.
    const article = extractArticle(nodeDocument(html), { budgetMs: 60_000 });
    expect(article.timedOut).toBe(false);
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      PARAGRAPH.repeat(4).trim(),
      PARAGRAPH.repeat(3).trim(),
    ]);
  });

  it('deep nesting under a tiny budget times out cleanly', () => {
    const depth = 20_000;
    const html = `<html><body>${'<div><span>x</span>'.repeat(depth)}${'</div>'.repeat(depth)}</body></html>`;
    const article = extractArticle(nodeDocument(html), { budgetMs: 3, now: fakeClock() });
    expect(article.timedOut).toBe(true);
    expect(article.isArticle).toBe(false);
    expect(article.paragraphs).toEqual([]);
  });

  it('empty and text-less documents give no article', () => {
    for (const html of ['', '<html></html>', '<html><body><img src="x.png"></body></html>']) {
      const article = extractArticle(nodeDocument(html));
      expect(article.isArticle).toBe(false);
      expect(article.text).toBe('');
    }
  });
});
