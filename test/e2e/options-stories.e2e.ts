// The options page's Stories view in Chromium: the fire story's three invented reports
// (test/fixtures/pages/story-fire-*: two outlets in their own words and a rewrite of the first)
// read in turn are listed as one story, the rewrite beside its original and apart from the
// other outlet's independent report; and the same three, packed by `corroborate pack` (the
// rewrite first) and imported into a fresh profile, are filed into that one story too.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium.ts';
import { waitForAnalysis } from './harness/page-state.ts';
import { serveFolder, type StaticServer } from './harness/static-server.ts';
import { builtCli } from '../tools/built-cli.ts';

const SHOTS = 'artifacts/e2e';
const OPTIONS = 'src/options/index.html';
const PAGES = 'test/fixtures/pages';
const FIRE = ['story-fire-courier', 'story-fire-ledger', 'story-fire-digest'];
const ONE_STORY = [
  [['Harbor Courier:original', 'Daily Digest Online:copy'], ['Valley Ledger:independent']],
];

let server: StaticServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFolder(PAGES);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Every listed story as its origins, each as "site:role" of its reports. */
type Listed = Array<{ id: string; origins: string[][] }>;

/** Opens the options page's Stories view and reads it once its state marker says ready. */
async function listedStories(page: Page): Promise<Listed> {
  await (await page.waitForSelector('[data-cb="view-stories"]'))!.click();
  await page.waitForSelector('[data-cb="stories"][data-state="ready"]', { timeout: 20_000 });
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-cb="story"]')].map((story) => ({
      id: story.getAttribute('data-story-id') ?? '',
      origins: [...story.querySelectorAll('[data-cb="story-origin"]')].map((origin) =>
        [...origin.querySelectorAll('[data-cb="story-report"]')].map(
          (r) => `${r.querySelector('.cb-story-site')?.textContent}:${r.getAttribute('data-role')}`,
        ),
      ),
    })),
  );
}

describe('the options page lists stories', () => {
  it('shows the fire story read in turn: the rewrite with its original, the other outlet apart', async () => {
    const tab = await ext.browser.newPage();
    for (const name of FIRE) {
      await tab.goto(server.url(`/${name}/`), { waitUntil: 'load' });
      await waitForAnalysis(ext, tab);
    }
    await tab.close();
    const options = await ext.openExtensionPage(OPTIONS);
    const stories = await listedStories(options);
    expect(stories.map((s) => s.origins)).toEqual(ONE_STORY);
    const head = await options.$eval('[data-cb="story"]', (el) => el.textContent ?? '');
    expect(head).toContain('3 reports · 2 independent outlets');
    await options.screenshot({ path: `${SHOTS}/options-stories.png` });
    await options.close();
  });

  it('files the three reports of a packed archive into that story when imported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-stories-'));
    const fresh = await launchWithExtension();
    try {
      const archive = join(dir, 'fire.jsonl');
      // The rewrite first: the file's order is not the order the reports were written in.
      const files = [...FIRE].reverse().map((name) => `${PAGES}/${name}/index.html`);
      const run = spawnSync(process.execPath, [builtCli(), 'pack', ...files, '--out', archive], {
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      const options = await fresh.openExtensionPage(OPTIONS);
      const input = await options.waitForSelector('[data-cb="import-file"]');
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(archive);
      const status = await options.waitForSelector('[data-cb="backup-status"]', {
        timeout: 30_000,
      });
      expect(await status!.evaluate((el) => el.textContent)).toBe('Imported 3 reports.');
      // "ready" only once every imported report is filed (the view says "filing" until then).
      const stories = await listedStories(options);
      expect(stories.map((s) => s.origins)).toEqual(ONE_STORY);
      await options.close();
    } finally {
      await fresh.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
