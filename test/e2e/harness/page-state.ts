import type { Page } from 'puppeteer-core';
import { CHANNEL } from '../../../src/messaging/protocol.ts';
import type { PageSummary } from '../../../src/model/summary.ts';
import type { ExtensionBrowser } from './chromium.ts';
import { askTabSummary, tabIdByUrl } from './in-extension.ts';

/** The browser tab id of a page, found from the service worker by url. */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const worker = await ext.worker();
  const url = page.url();
  const id = await worker.evaluate(tabIdByUrl, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Asks the page's content script for its summary through the extension's own protocol. */
export async function pageSummary(ext: ExtensionBrowser, page: Page): Promise<PageSummary | null> {
  const worker = await ext.worker();
  return worker.evaluate(askTabSummary, await tabIdOf(ext, page), CHANNEL);
}

/** Waits until the content script has analysed the page and heard back from the background. */
export async function waitForAnalysis(
  ext: ExtensionBrowser,
  page: Page,
  timeoutMs = 20_000,
): Promise<PageSummary> {
  return pollUntilReady(() => pageSummary(ext, page), timeoutMs);
}

/** Reads the summary every 150 ms until it says `ready`; fails with the last one seen. */
export async function pollUntilReady(
  read: () => Promise<PageSummary | null>,
  timeoutMs: number,
): Promise<PageSummary> {
  const deadline = Date.now() + timeoutMs;
  let last: PageSummary | null = null;
  while (Date.now() < deadline) {
    last = await read();
    if (last?.ready) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`page not analysed in ${timeoutMs} ms; last summary: ${JSON.stringify(last)}`);
}
