// The options page and the popup show the keys the browser has for the extension's commands
// (commands.getAll), with a way to the browser's page for changing them.
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium.ts';

describe('keyboard shortcuts shown (Chromium)', () => {
  let ext: ExtensionBrowser;
  afterAll(async () => ext?.close());

  it.each(['src/options/index.html', 'src/popup/index.html'])(
    '%s lists the current keys',
    async (path) => {
      ext ??= await launchWithExtension();
      const page = await ext.openExtensionPage(path);
      await page.waitForSelector('[data-cb="shortcuts"] dt');
      const rows = await page.$$eval('[data-cb="shortcuts"] dl div', (els) =>
        els.map((e) => [e.querySelector('dt')?.textContent, e.querySelector('dd')?.textContent]),
      );
      expect(rows).toEqual(
        expect.arrayContaining([
          ['Go to the next claim', 'Alt+Shift+J'],
          ['Go to the previous claim', 'Alt+Shift+K'],
        ]),
      );
      // What the browser really assigned: this Chromium leaves the popup's suggested key unset,
      // and the list says so instead of repeating the manifest.
      const popup = rows.find((r) => r[0] === 'Show the summary of this page');
      expect(['Alt+Shift+C', 'not set']).toContain(popup?.[1]);
      expect(await page.$('[data-cb="change-shortcuts"]')).not.toBeNull();
      await page.close();
    },
  );
});
