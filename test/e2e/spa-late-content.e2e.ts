// Single-page apps and late content in Chromium: an article rendered by the page's
// own script after load is analysed; a History API navigation to a second story
// re-anchors every highlight in the new story's text; removing the article takes
// its highlights with it; paragraphs appended late get highlights too.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './harness/chromium.ts';
import { paintedRanges, type PaintedRange } from './harness/highlights.ts';
import { pageSummary } from './harness/page-state.ts';
import type { StaticServer } from './harness/static-server.ts';
import { closeFixtureBrowser, openFixtureBrowser } from './harness/fixture-browser.ts';

/** Longest wait for the content script to catch up with a change of the page. */
const SETTLE_MS = 15_000;

let server: StaticServer;
let ext: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  ({ server, ext, page } = await openFixtureBrowser());
});

afterAll(() => closeFixtureBrowser({ ext, server }));

/** Polls the page's highlight registry until `done` holds; fails with what was painted last. */
async function waitForRanges(
  what: string,
  done: (ranges: PaintedRange[]) => boolean,
): Promise<PaintedRange[]> {
  const deadline = Date.now() + SETTLE_MS;
  let ranges: PaintedRange[] = [];
  while (Date.now() < deadline) {
    ranges = await paintedRanges(page);
    if (done(ranges)) return ranges;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(
    `${what}: not within ${SETTLE_MS} ms; painted: ${JSON.stringify(ranges.map((r) => r.text))}`,
  );
}

const has = (needle: string) => (ranges: PaintedRange[]) =>
  ranges.some((r) => r.text.includes(needle));

/** Every range in the registry, with whether it lies in the page's current <article>. */
async function registry(): Promise<{ total: number; inArticle: number; texts: string[] }> {
  return page.evaluate(() => {
    const article = document.querySelector('article');
    let total = 0;
    let inArticle = 0;
    const texts: string[] = [];
    for (const name of ['corroborate-sourced', 'corroborate-unverified']) {
      const highlight = CSS.highlights.get(name);
      if (!highlight) continue;
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        total++;
        if (!(range instanceof Range)) continue;
        if (article && article.contains(range.commonAncestorContainer)) inArticle++;
        texts.push(range.toString());
      }
    }
    return { total, inArticle, texts };
  });
}

describe('a single-page app', () => {
  it('analyses the article its script renders after load', async () => {
    await page.goto(server.url('/spa-news/?story=1'), { waitUntil: 'load' });
    // Nothing to mark while the app shows its loading line.
    expect((await paintedRanges(page)).filter((r) => r.text.includes('Loading'))).toEqual([]);
    const ranges = await waitForRanges('story 1 highlighted', has('Maria Lindqvist'));
    // Claim quality is tested elsewhere; here both kinds just have to be painted.
    expect(new Set(ranges.map((r) => r.kind))).toEqual(
      new Set(['corroborate-sourced', 'corroborate-unverified']),
    );
    const summary = await pageSummary(ext, page);
    expect(summary?.isArticle).toBe(true);
    expect(summary?.url).toBe(server.url('/spa-news/?story=1'));
  });

  it('re-anchors every highlight in the new story after a pushState navigation', async () => {
    await page.click('aside.next a');
    await page.waitForFunction(() => location.search === '?story=2');
    await waitForRanges('story 2 highlighted', has('civil protection agency said'));
    const now = await registry();
    const article = await page.$eval('article', (a) => (a as HTMLElement).innerText);
    expect(now.total).toBeGreaterThan(2);
    // Every painted range lies in the new story: none left over from story 1.
    expect(now.inArticle).toBe(now.total);
    for (const text of now.texts)
      expect(article.replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' ').trim());
    expect(now.texts.some((t) => t.includes('Lindqvist') || t.includes('containers'))).toBe(false);
    const summary = await pageSummary(ext, page);
    expect(summary?.url).toBe(server.url('/spa-news/?story=2'));
    expect(summary?.title).toContain('Wildfire');
  });

  it('re-anchors again on the way back (popstate)', async () => {
    await page.goBack();
    await page.waitForFunction(() => location.search === '?story=1');
    await waitForRanges(
      'story 1 highlighted again',
      (r) => has('Maria Lindqvist')(r) && !has('civil protection')(r),
    );
    const now = await registry();
    expect(now.inArticle).toBe(now.total);
  });

  it('drops every highlight when the app removes the article', async () => {
    await page.click('nav a[data-story="none"]');
    await page.waitForFunction(() => !document.querySelector('article'));
    await waitForRanges('highlights gone', (ranges) => ranges.every((r) => r.text === ''));
    // Not even collapsed ranges over detached nodes may stay behind in the registry.
    const deadline = Date.now() + SETTLE_MS;
    let left = await registry();
    while (left.total > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 150));
      left = await registry();
    }
    expect(left.total).toBe(0);
    const summary = await pageSummary(ext, page);
    expect(summary?.isArticle).toBe(false);
  });
});

describe('late content on an ordinary page', () => {
  it('highlights paragraphs appended after load', async () => {
    await page.goto(server.url('/late-article/'), { waitUntil: 'load' });
    await waitForRanges('first half highlighted', has('Mayor Hanna Sørlie told councillors'));
    await page.waitForFunction(
      () => (window as unknown as { __lateDone?: boolean }).__lateDone === true,
      {
        timeout: SETTLE_MS,
      },
    );
    const ranges = await waitForRanges(
      'late half highlighted',
      has('the chamber of commerce said'),
    );
    expect(ranges.some((r) => r.text.includes('Mayor Hanna Sørlie'))).toBe(true);
    expect(ranges.filter((r) => r.text.includes('Loading the rest'))).toEqual([]);
  });
});
