import type { Page } from 'puppeteer-core';
import type { PageSummary } from '../../../src/model/summary.ts';
import { launchWithExtension } from './chromium.ts';
import {
  buildFirefox,
  firefoxAvailable,
  firefoxWaitForAnalysis,
  launchFirefoxWithExtension,
  untilTrue,
} from './firefox.ts';
import { tabIdByUrl } from './in-extension.ts';
import { tabIdOf, waitForAnalysis } from './page-state.ts';
import type { StaticServer } from './static-server.ts';
import { openPopup } from './ui.ts';

/** The popup is done loading its page's summary and matches. */
const POPUP_SETTLED = 'main.cb-popup[aria-busy="false"]';

/**
 * A browser with the extension and one tab reading the fixture server's pages, driven the same
 * way in Chromium and in Firefox, so a test of what a reader sees runs unchanged in both.
 */
export interface Driver {
  page: Page;
  /** Opens `path` and waits until the extension analysed it and heard from the background. */
  open(path: string): Promise<PageSummary>;
  /** The toolbar popup's text for the current page, once it says it is loaded. */
  popupText(): Promise<string>;
  close(): Promise<void>;
}

async function readPopup(popup: Page): Promise<string> {
  const text = await popup.evaluate(() => document.body.innerText);
  await popup.close();
  return text;
}

export async function chromiumDriver(server: StaticServer): Promise<Driver> {
  const ext = await launchWithExtension();
  const page = await ext.browser.newPage();
  return {
    page,
    async open(path) {
      await page.goto(server.url(path), { waitUntil: 'load' });
      return waitForAnalysis(ext, page);
    },
    async popupText() {
      return readPopup(await openPopup(ext, await tabIdOf(ext, page)));
    },
    close: () => ext.close(),
  };
}

/** Builds dist-firefox first, so the test runs on current code. */
export async function firefoxDriver(server: StaticServer): Promise<Driver> {
  buildFirefox();
  const ff = await launchFirefoxWithExtension('dist-firefox');
  // An extension page to reach tabs and content scripts from (Firefox gives no background handle).
  const control = await ff.openExtensionPage('src/options/index.html');
  const page = await ff.browser.newPage();
  return {
    page,
    async open(path) {
      const url = server.url(path);
      await page.goto(url, { waitUntil: 'load' });
      return firefoxWaitForAnalysis(control, url);
    },
    async popupText() {
      const url = page.url();
      const tabId = await control.evaluate(tabIdByUrl, url);
      if (tabId === null) throw new Error(`no tab shows ${url}`);
      const popup = await ff.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
      await untilTrue(popup, (sel: string) => !!document.querySelector(sel), POPUP_SETTLED, 20_000);
      return readPopup(popup);
    },
    close: () => ff.close(),
  };
}

/** Both browsers, for describe.each; Firefox is skipped where it is not installed. */
export const BROWSERS = [
  { name: 'Chromium', tag: 'chromium', launch: chromiumDriver, skip: false },
  { name: 'Firefox ESR', tag: 'firefox', launch: firefoxDriver, skip: !firefoxAvailable() },
] as const;
