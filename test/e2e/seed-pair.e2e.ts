// The reference case, as a reader sees it in Chromium: read the AP report, then
// the aggregator's rewrite; the shared claims link back, the clutter stays
// unmarked, the popup sums up the page. Screenshots go to artifacts/e2e/.
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './harness/chromium.ts';
import { clickHighlight, paintedRanges } from './harness/highlights.ts';
import { tabIdOf, waitForAnalysis } from './harness/page-state.ts';
import { popoverText, openPopup } from './harness/ui.ts';
import type { StaticServer } from './harness/static-server.ts';
import { closeFixtureBrowser, openFixtureBrowser } from './harness/fixture-browser.ts';

const SHOTS = 'artifacts/e2e';

/** Sentences of the aggregator page that are clutter, never to be highlighted. */
const CLUTTER = [
  'World Opinions',
  'ميادين',
  'Check Also',
  'Lampedusa',
  'Laisser un commentaire',
  'Votre adresse e-mail',
  'Résoudre',
];

let server: StaticServer;
let ext: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ server, ext, page } = await openFixtureBrowser());
});

afterAll(() => closeFixtureBrowser({ ext, server }));

describe('the seed pair in Chromium', () => {
  it('marks the AP report: troop build-up unverified, Putin sourced', async () => {
    await page.goto(server.url('/ap-putin-talks/'), { waitUntil: 'load' });
    const summary = await waitForAnalysis(ext, page);
    expect(summary.isArticle).toBe(true);
    const ranges = await paintedRanges(page);
    const troops = ranges.find((r) => r.text.includes('massed more than 130,000 troops'));
    expect(troops?.kind).toBe('corroborate-unverified');
    const heed = ranges.find((r) => r.text.includes('emphasized the need for the West'));
    expect(heed?.kind).toBe('corroborate-sourced');
    expect(summary.sources.some((s) => s.name.includes('Vladimir Putin'))).toBe(true);
    expect(summary.story).toHaveLength(0);
    await page.screenshot({ path: `${SHOTS}/ap-page.png` });
  });

  it('links the aggregator rewrite back to the AP report and leaves the clutter alone', async () => {
    await page.goto(server.url('/aggregator-putin-talks/'), { waitUntil: 'load' });
    const summary = await waitForAnalysis(ext, page);
    const ranges = await paintedRanges(page);
    expect(ranges.length).toBeGreaterThan(4);
    for (const needle of CLUTTER) {
      expect(ranges.filter((r) => r.text.includes(needle)).map((r) => r.text)).toEqual([]);
    }
    const heed = ranges.find((r) => r.text.includes('emphasised the need for the West'));
    expect(heed).toBeDefined();
    expect(summary.story).toHaveLength(1);
    expect(summary.story[0]?.url).toBe(server.url('/ap-putin-talks/'));
    expect(summary.matchedClaims).toBeGreaterThanOrEqual(2);

    await clickHighlight(page, 'emphasised the need for the West');
    const text = await popoverText(page);
    expect(text).toContain('AP');
    expect(text).toContain('emphasized the need for the West to heed');
    await page.screenshot({ path: `${SHOTS}/aggregator-popover.png` });
  });

  it('sums the page up in the toolbar popup', async () => {
    const tabId = await tabIdOf(ext, page);
    const popup = await openPopup(ext, tabId);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toMatch(/sourced/i);
    expect(text).toMatch(/unverified/i);
    expect(text).toContain('Putin says Russia');
    await popup.screenshot({ path: `${SHOTS}/popup.png` });
    await popup.close();
  });
});
