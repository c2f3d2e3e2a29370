// The store survives a browser restart: read the AP report and the aggregator's
// rewrite, close Chromium, start it again on the same profile, and the
// aggregator's popover still lists the AP report with its typed differences.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from './harness/chromium.ts';
import { clickHighlight } from './harness/highlights.ts';
import { waitForAnalysis } from './harness/page-state.ts';
import { serveFolder, type StaticServer } from './harness/static-server.ts';

let server: StaticServer;
const profile = mkdtempSync(join(tmpdir(), 'corroborate-restart-'));

beforeAll(async () => {
  server = await serveFolder('test/fixtures/pages');
});

afterAll(async () => {
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** Types of the difference badges of the AP match in the open popover. */
async function differenceTypes(page: Page): Promise<string[]> {
  await page.waitForSelector('pierce/[data-cb="match"]', { timeout: 10_000 });
  const badges = await page.$$('pierce/[data-cb="difference"]');
  return Promise.all(badges.map((b) => b.evaluate((el) => el.getAttribute('data-type') ?? '')));
}

describe('a restarted browser keeps what was read', () => {
  it('still links the aggregator to the AP report after a restart', async () => {
    const first = await launchWithExtension({ userDataDir: profile });
    try {
      const page = await first.browser.newPage();
      await page.goto(server.url('/ap-putin-talks/'), { waitUntil: 'load' });
      await waitForAnalysis(first, page);
      await page.goto(server.url('/aggregator-putin-talks/'), { waitUntil: 'load' });
      const summary = await waitForAnalysis(first, page);
      expect(summary.story.map((s) => s.url)).toEqual([server.url('/ap-putin-talks/')]);
    } finally {
      await first.close({ keepProfile: true });
    }

    const second = await launchWithExtension({ userDataDir: profile });
    try {
      const page = await second.browser.newPage();
      await page.goto(server.url('/aggregator-putin-talks/'), { waitUntil: 'load' });
      const summary = await waitForAnalysis(second, page);
      expect(summary.story.map((s) => s.url)).toEqual([server.url('/ap-putin-talks/')]);
      await clickHighlight(page, 'emphasised the need for the West');
      const types = await differenceTypes(page);
      expect(types).toContain('wording');
      const match = await page.$eval('pierce/[data-cb="match"]', (el) => el.textContent ?? '');
      expect(match).toContain('AP News');
      expect(match).toContain('emphasized');
    } finally {
      await second.close();
    }
  });
});
