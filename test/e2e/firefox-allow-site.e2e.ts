// A site allowed on the options page is at once allowed everywhere else: a second options page
// lists it without a reload (permissions.onAdded through ui/settings-changes.ts), and the
// background has registered the content script for it.
//
// Firefox only: allowing a site is `permissions.request`, which shows the browser's prompt.
// Firefox has a preference that answers such prompts with "allow"
// (`extensions.webextOptionalPermissionPrompts`), so our real click handler, the real request
// and the real events run; Chromium has no launch flag or preference for it (only its C++
// browser tests can auto-confirm), and a host the manifest already grants fires no event.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFirefox,
  firefoxAvailable,
  launchFirefoxWithExtension,
  type FirefoxExtension,
} from './harness/firefox.ts';

const OPTIONS = 'src/options/index.html';

function grantedChips(page: Page): Promise<string[]> {
  return page.$$eval('[data-cb="granted"] li span', (els) => els.map((e) => e.textContent ?? ''));
}

async function waitForGranted(page: Page, site: string): Promise<void> {
  await page.waitForFunction(
    (want: string) =>
      [...document.querySelectorAll('[data-cb="granted"] li span')].some(
        (e) => e.textContent === want,
      ),
    { timeout: 15_000 },
    site,
  );
}

describe.skipIf(!firefoxAvailable())('allowing a site (Firefox ESR)', () => {
  let ff: FirefoxExtension;

  beforeAll(async () => {
    buildFirefox();
    ff = await launchFirefoxWithExtension('dist-firefox', {
      'extensions.webextOptionalPermissionPrompts': false,
    });
  });
  afterAll(async () => ff?.close());

  it('a site allowed on one options page shows on the other at once, no reload', async () => {
    const first = await ff.openExtensionPage(OPTIONS);
    const second = await ff.openExtensionPage(OPTIONS);
    for (const page of [first, second]) {
      await page.waitForSelector('[data-cb="suggested"] li button');
      expect(await grantedChips(page)).toEqual([]);
    }
    const marker = await second.evaluate(() => {
      const id = Math.random();
      Object.assign(window, { __sameDocument: id });
      return id;
    });

    await first.bringToFront();
    const suggestion = await first.waitForSelector('[data-cb="suggested"] li button');
    const host = await suggestion!.$eval('.cb-muted', (el) => el.textContent ?? '');
    expect(host).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
    await suggestion!.click();
    await waitForGranted(first, host);

    // A hidden tab runs no animation frames (Preact's effects wait for one): show it.
    await second.bringToFront();
    await waitForGranted(second, host);
    expect(
      await second.evaluate(() => (window as unknown as { __sameDocument: number }).__sameDocument),
    ).toBe(marker);
    expect(await grantedChips(second)).toEqual([host]);

    // The background heard it too: the content script is registered for the new site.
    const matches = await second.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      for (let i = 0; i < 50; i++) {
        const scripts = (await api.scripting.getRegisteredContentScripts()) as Array<{
          matches?: string[];
        }>;
        const all = scripts.flatMap((s) => s.matches ?? []);
        if (all.length > 0) return all;
        await new Promise((r) => setTimeout(r, 100));
      }
      return [];
    });
    expect(matches).toEqual(expect.arrayContaining([`https://${host}/*`, `https://*.${host}/*`]));
  });
});
