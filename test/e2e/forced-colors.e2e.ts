// High-contrast (forced colours) mode: the extension's pages and the page highlights switch to
// system colours, and the kinds still differ by line style, not colour.
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium.ts';

describe('forced colors (Chromium)', () => {
  let ext: ExtensionBrowser;
  afterAll(async () => ext?.close());

  it('options page: buttons and cards get system-colour borders', async () => {
    ext = await launchWithExtension();
    const page = await ext.openExtensionPage('src/options/index.html');
    await page.waitForSelector('[data-cb="export"]');
    const style = () =>
      page.$eval('[data-cb="export"]', (el) => {
        const s = getComputedStyle(el);
        return { border: s.borderTopStyle, forced: matchMedia('(forced-colors: active)').matches };
      });
    const normal = await style();
    // puppeteer's emulateMediaFeatures does not know this feature; the protocol does.
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    const forced = await style();
    expect(forced).toEqual({ border: 'solid', forced: true });
    expect(normal.forced).toBe(false);
    const card = await page.$eval('.cb-card', (el) => getComputedStyle(el).borderTopStyle);
    expect(card).toBe('solid');
  });
});
