// One event told by two outlets in their own words, and a rewrite of the first (invented
// reports in test/fixtures/pages/story-fire-*), read in turn in Chromium: the popup lists the
// second outlet's report as an independent report of the story and the rewrite as a copy; a
// claim both outlets carry shows "2 independent outlets", and the rewrite does not add one.
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './harness/chromium.ts';
import { clickHighlight } from './harness/highlights.ts';
import { tabIdOf, waitForAnalysis } from './harness/page-state.ts';
import { openPopup, popoverText } from './harness/ui.ts';
import type { StaticServer } from './harness/static-server.ts';
import { closeFixtureBrowser, openFixtureBrowser } from './harness/fixture-browser.ts';

const SHOTS = 'artifacts/e2e';
/** The claim both outlets report (each in its own article). */
const SHARED = 'no one was injured';

let server: StaticServer;
let ext: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ server, ext, page } = await openFixtureBrowser());
});

afterAll(() => closeFixtureBrowser({ ext, server }));

/** The popup's two story lists, as the sites they name. */
async function storyLists(): Promise<{ copies: string[]; independent: string[]; text: string }> {
  const popup = await openPopup(ext, await tabIdOf(ext, page));
  const lists = await popup.evaluate(() => {
    const sites = (name: string) =>
      [...document.querySelectorAll(`[data-cb="story-${name}"] .cb-story-site`)].map(
        (el) => el.textContent ?? '',
      );
    return {
      copies: sites('copies'),
      independent: sites('independent'),
      text: document.body.innerText,
    };
  });
  await popup.screenshot({ path: `${SHOTS}/story-popup-${lists.copies.length}.png` });
  await popup.close();
  return lists;
}

async function read(name: string) {
  await page.goto(server.url(`/${name}/`), { waitUntil: 'load' });
  return waitForAnalysis(ext, page);
}

async function outletsLine(): Promise<string> {
  await clickHighlight(page, SHARED);
  const text = await popoverText(page);
  await page.keyboard.press('Escape');
  return text;
}

describe('one fire, two outlets and a rewrite, read in turn', () => {
  it('finds no other report for the first', async () => {
    const summary = await read('story-fire-courier');
    expect(summary.story).toEqual([]);
  });

  it('lists the second outlet’s own report as an independent report of the story', async () => {
    const summary = await read('story-fire-ledger');
    expect(summary.story.map((m) => [m.site, m.independent])).toEqual([['Harbor Courier', true]]);
    expect(await outletsLine()).toContain('2 independent outlets');
    const lists = await storyLists();
    expect(lists.independent).toEqual(['Harbor Courier']);
    expect(lists.copies).toEqual([]);
    expect(lists.text).toContain('Independent reports of the same story');
    expect(lists.text).toContain('1 claim carried by 2 or more independent outlets');
  });

  it('lists the rewrite’s original as a copy and the other outlet as independent', async () => {
    const summary = await read('story-fire-digest');
    const bySite = Object.fromEntries(summary.story.map((m) => [m.site, m]));
    expect(bySite['Harbor Courier']?.independent).toBe(false);
    expect(bySite['Harbor Courier']?.role).toBe('original');
    expect(bySite['Valley Ledger']?.independent).toBe(true);
    expect(await outletsLine()).toContain('2 independent outlets');
    const lists = await storyLists();
    expect(lists.copies).toEqual(['Harbor Courier']);
    expect(lists.independent).toEqual(['Valley Ledger']);
    expect(lists.text).toContain('Copies of this report');
  });

  it('does not count the rewrite as a third outlet, seen from the first report', async () => {
    const summary = await read('story-fire-courier');
    const bySite = Object.fromEntries(summary.story.map((m) => [m.site, m]));
    expect(bySite['Daily Digest Online']?.independent).toBe(false);
    expect(bySite['Valley Ledger']?.independent).toBe(true);
    const text = await outletsLine();
    expect(text).toContain('2 independent outlets');
    expect(text).not.toContain('3 independent outlets');
  });
});
