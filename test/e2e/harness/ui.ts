import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './chromium.ts';

/**
 * Text of the open popover inside the extension's shadow root, read through the
 * DevTools protocol so it works whether the shadow root is open or closed.
 */
export async function popoverText(page: Page, timeoutMs = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const handle = await page.$('pierce/[role="dialog"]');
    if (handle) {
      const text = await handle.evaluate((el) => (el as HTMLElement).innerText || el.textContent || '');
      await handle.dispose();
      if (text.trim()) return text;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no popover opened');
}

/** Opens the toolbar popup as a tab, pointed at the given tab (the popup reads `?tabId=`). */
export async function openPopup(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await ext.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
  await popup.waitForFunction(() => document.body.innerText.trim().length > 40, { timeout: 10_000 });
  return popup;
}
