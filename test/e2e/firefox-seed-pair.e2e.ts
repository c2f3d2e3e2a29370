// The reference case in Debian's Firefox ESR over WebDriver BiDi: read the AP
// report, then the aggregator's rewrite; the shared sentence is highlighted and
// the background links the page back to the AP report. Builds dist-firefox first.
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFirefox,
  firefoxAvailable,
  firefoxWaitForAnalysis,
  launchFirefoxWithExtension,
  type FirefoxExtension,
} from './harness/firefox.ts';
import { clickHighlight, paintedRanges } from './harness/highlights.ts';
import { popoverText } from './harness/ui.ts';
import { serveFolder, type StaticServer } from './harness/static-server.ts';

const SHOTS = 'artifacts/e2e';

describe.skipIf(!firefoxAvailable())('the seed pair in Firefox ESR', () => {
  let server: StaticServer;
  let ff: FirefoxExtension;
  let control: Page;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    buildFirefox();
    server = await serveFolder('test/fixtures/pages');
    ff = await launchFirefoxWithExtension('dist-firefox');
    // An extension page to talk to the content scripts from (the background can't be evaluated).
    control = await ff.openExtensionPage('src/options/index.html');
    page = await ff.browser.newPage();
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('marks the AP report and stores it', async () => {
    const url = server.url('/ap-putin-talks/');
    await page.goto(url, { waitUntil: 'load' });
    const summary = await firefoxWaitForAnalysis(control, url);
    expect(summary.isArticle).toBe(true);
    expect(summary.story).toHaveLength(0);
    const ranges = await paintedRanges(page);
    expect(ranges.find((r) => r.text.includes('massed more than 130,000 troops'))?.kind).toBe(
      'corroborate-unverified',
    );
    expect(ranges.find((r) => r.text.includes('emphasized the need for the West'))?.kind).toBe(
      'corroborate-sourced',
    );
  });

  it('highlights the aggregator sentence and links it to the AP report', async () => {
    const url = server.url('/aggregator-putin-talks/');
    await page.goto(url, { waitUntil: 'load' });
    const summary = await firefoxWaitForAnalysis(control, url);
    // Read straight from the page's registry: page and content scripts share it.
    const sourced = await page.evaluate(() => {
      const highlight = CSS.highlights.get('corroborate-sourced');
      if (!highlight) return [];
      return [...(highlight as unknown as Iterable<AbstractRange>)]
        .filter((r): r is Range => r instanceof Range)
        .map((r) => r.toString().replace(/\s+/g, ' '));
    });
    expect(sourced.some((t) => t.includes('emphasised the need for the West'))).toBe(true);
    expect(
      sourced.some((t) => t.includes('Check Also') || t.includes('Laisser un commentaire')),
    ).toBe(false);
    expect(summary.story.map((s) => s.url)).toEqual([server.url('/ap-putin-talks/')]);
    expect(summary.matchedClaims).toBeGreaterThanOrEqual(2);
    await clickHighlight(page, 'emphasised the need for the West');
    const popover = await popoverText(page);
    expect(popover).toContain('emphasized the need for the West to heed');
    await page.screenshot({ path: `${SHOTS}/firefox-aggregator.png` });
  });

  it('gives the page no extension API to reach the background with', async () => {
    const apis = await page.evaluate(() => {
      const w = window as unknown as { browser?: unknown; chrome?: { runtime?: unknown } };
      return { browser: typeof w.browser, runtime: typeof w.chrome?.runtime };
    });
    expect(apis).toEqual({ browser: 'undefined', runtime: 'undefined' });
  });
});
