// Settings live in storage.sync and every open extension page follows them: a paused site
// resumed on one options page leaves the other options page (and the worker's answer) at once,
// without a reload; settings a previous version kept in the database move to storage.sync.
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportStore } from '../../src/store/report-store.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium.ts';

type WorkerGlobal = typeof globalThis & { corroborate?: { store: () => ReportStore } };
const OPTIONS = 'src/options/index.html';

function pausedChips(page: Page): Promise<string[]> {
  return page.$$eval('[data-cb="paused"] li span', (els) => els.map((e) => e.textContent ?? ''));
}

async function waitForChips(page: Page, expected: string[]): Promise<void> {
  await page.waitForFunction(
    (want: string[]) =>
      JSON.stringify(
        [...document.querySelectorAll('[data-cb="paused"] li span')].map((e) => e.textContent),
      ) === JSON.stringify(want),
    { timeout: 10_000 },
    expected,
  );
}

describe('settings in storage.sync (Chromium)', () => {
  let ext: ExtensionBrowser;
  afterAll(async () => ext?.close());

  it('moves paused sites kept locally to storage.sync, once, and keeps them', async () => {
    ext = await launchWithExtension();
    const worker = await ext.worker();
    // The worker exposes its store once its first turn has run.
    for (let i = 0; i < 100; i++) {
      if (await worker.evaluate(() => Boolean((globalThis as WorkerGlobal).corroborate))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const synced = await worker.evaluate(async () => {
      const store = (globalThis as WorkerGlobal).corroborate!.store();
      // An earlier version's setting, in the database.
      await store.db.settings.put({ key: 'pausedSites', value: ['old.example'] });
      const settings = await store.getSettings();
      const raw = await chrome.storage.sync.get('pausedSites');
      return { settings, raw };
    });
    expect(synced.settings).toEqual({ pausedSites: ['old.example'] });
    expect(synced.raw).toEqual({ pausedSites: ['old.example'] });
  });

  it('a site resumed on one options page leaves the other at once, no reload', async () => {
    const worker = await ext.worker();
    await worker.evaluate(async () => {
      await (globalThis as WorkerGlobal).corroborate!.store().setSitePaused('news.example', true);
    });
    const first = await ext.openExtensionPage(OPTIONS);
    const second = await ext.openExtensionPage(OPTIONS);
    await waitForChips(first, ['news.example', 'old.example']);
    await waitForChips(second, ['news.example', 'old.example']);
    const marker = await second.evaluate(() => {
      const id = Math.random();
      Object.assign(window, { __sameDocument: id });
      return id;
    });

    await first.bringToFront();
    const resume = await first.$$('[data-cb="paused"] li button');
    await resume[0]!.click();
    await waitForChips(first, ['old.example']);
    // A hidden tab runs no animation frames (Preact's effects wait for one): show it, as the
    // reader would by switching to it.
    await second.bringToFront();
    await waitForChips(second, ['old.example']);
    // The same document: it followed the change, it was not reloaded.
    expect(
      await second.evaluate(() => (window as unknown as { __sameDocument: number }).__sameDocument),
    ).toBe(marker);
    expect(await pausedChips(second)).toEqual(['old.example']);
    const raw = await worker.evaluate(() => chrome.storage.sync.get('pausedSites'));
    expect(raw).toEqual({ pausedSites: ['old.example'] });
  });
});
