// The reader's experience in Chromium (issue 6): read the AP report, then the aggregator's
// rewrite, and use everything a reader touches — highlights and legend, the claim card by
// mouse and by keyboard, the toolbar popup (summary, jump-to, on/off, pause this site, no
// access yet) and the options page (search, export, delete, storage) — with axe-core on the
// popover, every popup state and the options page, light and dark. One browser for the file;
// the tests run in order and share its store. Screenshots: see SHOTS.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageSummary } from '../../src/model/summary.ts';
import messages from '../../src/public/_locales/en/messages.json';
import { notFlaggedCounts } from '../../src/ui/not-flagged.ts';
import { axeAudit, type AxeAudit } from './harness/axe.ts';
import type { ExtensionBrowser } from './harness/chromium.ts';
import { paintedRanges } from './harness/highlights.ts';
import { tabIdOf, waitForAnalysis } from './harness/page-state.ts';
import type { StaticServer } from './harness/static-server.ts';
import { closeFixtureBrowser, openFixtureBrowser } from './harness/fixture-browser.ts';
import {
  clickClaim,
  focusedClaimBox,
  focusedThing,
  highlightRules,
  highlightSizes,
  legendText,
  liveText,
  openPopup,
  overlayState,
  readPopover,
  stepClaim,
  waitForPopover,
  waitForPopoverClosed,
  type Box,
  type PopoverInfo,
} from './harness/ui.ts';

/**
 * Screenshots go to artifacts/ so `npm test` leaves the tree as it found it; `npm run
 * screenshots` sets CORROBORATE_README_SHOTS to refresh the ones the README shows.
 */
const SHOTS = process.env.CORROBORATE_README_SHOTS
  ? 'test/e2e/screenshots'
  : 'artifacts/e2e/screenshots';
const VIEWPORT = { width: 1280, height: 820 };
/** "Next to the highlight": the card's near edge within this many px of the claim. */
const NEAR_PX = 40;
/** Sub-pixel rounding between two reads of the same layout. */
const SAME_PX = 2;
/** Where a claim is scrolled to for a screenshot, so its whole card fits below it. */
const CLAIM_TOP_PX = 150;

const AP = '/ap-putin-talks/';
const AGGREGATOR = '/aggregator-putin-talks/';
const AP_TITLE = 'Putin says Russia ready for security talks, pulls back some troops';
const AGGREGATOR_TITLE = 'Putin says ready for talks on security, NATO concerns';
// The aggregator's sentences left unmarked, as its analysis gave them (first test).
let notFlagged: PageSummary['notFlagged'] = [];
/** The aggregator's rewording of an AP sentence ("emphasised" there, "emphasized" at AP). */
const REWORDED = 'emphasised the need for the West';
/** A claim only the aggregator carries: nothing else read has it. */
const ONLY_HERE = 'Blinken has told Russian counterpart Sergei Lavrov';

let server: StaticServer;
let ext: ExtensionBrowser;
let page: Page;
let tabId: number;

/** Vertical gap between the card and the claim it belongs to (negative: they overlap). */
function gap(card: Box, claim: Box): number {
  return card.top >= claim.top ? card.top - claim.bottom : claim.top - card.bottom;
}

/** No violations, and colour contrast was really measured (axe skips what it cannot see). */
function expectAccessible(audit: AxeAudit, minContrastChecks = 20): void {
  expect(audit.violations).toEqual([]);
  expect(audit.contrastPassed).toBeGreaterThan(minContrastChecks);
}

async function frames(p: Page, n = 3): Promise<void> {
  await p.evaluate(
    (count: number) =>
      new Promise<void>((done) => {
        const step = (left: number) =>
          left === 0 ? done() : requestAnimationFrame(() => step(left - 1));
        step(count);
      }),
    n,
  );
}

async function openCard(needle: string): Promise<PopoverInfo> {
  await page.bringToFront();
  await clickClaim(page, needle);
  return waitForPopover(page);
}

/** Scrolls the focused claim up to CLAIM_TOP_PX (the open card follows it). */
async function raiseClaim(): Promise<void> {
  const box = await focusedClaimBox(page);
  if (!box) throw new Error('no focused claim');
  await page.evaluate((dy: number) => window.scrollBy(0, dy), Math.round(box.top - CLAIM_TOP_PX));
  await waitForPopover(page);
  await frames(page);
}

async function scheme(p: Page, value: 'light' | 'dark'): Promise<void> {
  await p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value }]);
}

async function popupFor(id: number): Promise<Page> {
  const popup = await openPopup(ext, id);
  await popup.setViewport({ width: 380, height: 600 });
  return popup;
}

async function waitFor<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 60));
    last = await probe();
  }
  return last;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ server, ext, page } = await openFixtureBrowser());
  await page.setViewport(VIEWPORT);
});

afterAll(() => closeFixtureBrowser({ ext, server }));

describe('the reader UI in Chromium', () => {
  it('marks the two kinds apart by line style and counts them in the legend', async () => {
    await page.goto(server.url(AP), { waitUntil: 'load' });
    const ap = await waitForAnalysis(ext, page);
    // Sentences left unmarked are counted apart, with why in words (issue 15).
    const why = notFlaggedCounts(ap.notFlagged);
    const total = why.reduce((n, c) => n + c.count, 0);
    expect(total).toBeGreaterThan(0);
    const none = await page.$eval('pierce/[data-cb="legend-none"]', (el) => ({
      text: (el.firstChild?.textContent ?? '').trim(),
      title: el.getAttribute('title') ?? '',
    }));
    expect(none.text).toBe(`Not flagged ${total}`);
    for (const c of why) expect(none.title).toContain(`${messages[c.key].message} ${c.count}`);

    await page.goto(server.url(AGGREGATOR), { waitUntil: 'load' });
    const summary = await waitForAnalysis(ext, page);
    notFlagged = summary.notFlagged;
    tabId = await tabIdOf(ext, page);
    expect(summary.story.map((s) => s.url)).toEqual([server.url(AP)]);

    const host = await overlayState(page);
    expect(host).toMatchObject({ state: 'ready', matches: 'ready', highlights: 'on' });
    expect(host?.native).toBe('true');

    // Without colour vision the kinds still read apart: solid vs dotted underline.
    const rules = await highlightRules(page);
    const sourced = rules['corroborate-sourced'];
    const unverified = rules['corroborate-unverified'];
    expect(sourced?.line).toContain('underline');
    expect(unverified?.line).toContain('underline');
    expect(sourced?.style).toBeTruthy();
    expect(unverified?.style).toBeTruthy();
    expect(sourced?.style).not.toBe(unverified?.style);

    const ranges = await paintedRanges(page);
    const nSourced = ranges.filter((r) => r.kind === 'corroborate-sourced').length;
    const nUnverified = ranges.length - nSourced;
    expect(nSourced).toBeGreaterThan(0);
    expect(nUnverified).toBeGreaterThan(0);
    expect(Number(host?.claims)).toBe(ranges.length);
    const legend = await legendText(page);
    expect(legend?.sourced).toMatch(new RegExp(`\\b${nSourced}\\b`));
    expect(legend?.unverified).toMatch(new RegExp(`\\b${nUnverified}\\b`));
    expect(legend?.sourced).toMatch(/sourced/i);
    expect(legend?.unverified).toMatch(/unverified/i);

    await page.evaluate(() => {
      document.querySelector('h1')?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -24);
    });
    await frames(page);
    await page.screenshot({ path: `${SHOTS}/page.png` });
  });

  it('opens a claim card next to the highlight with source, cue, diff and badges', async () => {
    const card = await openCard(REWORDED);
    expect(card.display).toBe('sourced');
    expect(card.text).toMatch(/sourced/i);
    expect(card.source).toContain('Vladimir Putin');
    expect(card.cue).toMatch(/said/);
    expect(card.focusInside).toBe(true);
    expect(card.state).toBe('matches');
    // The AP's "But he emphasized…" (our second clause), then its lead's "ready for security
    // talks" (an overlapping claim: our first clause says it with other words around it).
    expect(card.matches).toHaveLength(2);
    expect(card.matches[1]!.diff).toContain('Moscow: Russian President Vladimir Putin');
    const match = card.matches[0]!;
    expect(card.text).toContain('AP News');
    expect(match.diff).toContain('emphasized the need for the West to heed');
    expect(match.deleted.join(' ')).toMatch(/Russian President Vladimir/);
    const wording = match.differences.find((d) => d.type === 'wording');
    expect(wording?.text).toMatch(/emphasised/);
    expect(wording?.text).toMatch(/emphasized/);
    // The link opens the AP report scrolled to its sentence (a text fragment).
    expect(match.href?.startsWith(`${server.url(AP)}#:~:text=`)).toBe(true);
    expect(decodeURIComponent(match.href ?? '')).toContain('emphasized');

    const claim = await focusedClaimBox(page);
    expect(claim).not.toBeNull();
    expect(gap(card.rect, claim!)).toBeGreaterThanOrEqual(-SAME_PX);
    expect(gap(card.rect, claim!)).toBeLessThanOrEqual(NEAR_PX);

    // Scrolling moves the card with the text: bring the claim up near the top of the window.
    const by = Math.round(claim!.top - CLAIM_TOP_PX);
    expect(by).toBeGreaterThan(50);
    await page.evaluate((dy: number) => window.scrollBy(0, dy), by);
    await frames(page);
    const scrolled = (await readPopover(page))!;
    const claimScrolled = (await focusedClaimBox(page))!;
    expect(Math.abs(claimScrolled.top - (claim!.top - by))).toBeLessThanOrEqual(SAME_PX);
    expect(
      Math.abs(scrolled.rect.top - card.rect.top - (claimScrolled.top - claim!.top)),
    ).toBeLessThanOrEqual(SAME_PX);
    expect(Math.abs(scrolled.rect.left - card.rect.left)).toBeLessThanOrEqual(SAME_PX);
    await page.screenshot({ path: `${SHOTS}/popover.png` });

    // A narrower window rewraps the text; the card follows and stays on screen.
    await page.setViewport({ width: 900, height: 760 });
    await frames(page);
    const resized = (await readPopover(page))!;
    const claimResized = (await focusedClaimBox(page))!;
    expect(gap(resized.rect, claimResized)).toBeGreaterThanOrEqual(-SAME_PX);
    expect(gap(resized.rect, claimResized)).toBeLessThanOrEqual(NEAR_PX);
    expect(resized.rect.left).toBeGreaterThanOrEqual(0);
    expect(resized.rect.right).toBeLessThanOrEqual(900);
    await page.setViewport(VIEWPORT);
    await frames(page);

    // Esc closes it and gives focus back (to the page: nothing of ours keeps it).
    await page.keyboard.press('Escape');
    await waitForPopoverClosed(page);
    expect(await focusedThing(page)).toBe('body');
  });

  it('closes on a click outside and shows the empty state for a claim seen nowhere else', async () => {
    await openCard(REWORDED);
    const outside = await page.evaluate(
      (x: number, y: number) => {
        const el = document.elementFromPoint(x, y);
        return el ? !el.closest('a, button, input, corroborate-root') : false;
      },
      12,
      400,
    );
    expect(outside).toBe(true);
    await page.mouse.click(12, 400);
    await waitForPopoverClosed(page);

    const empty = await openCard(ONLY_HERE);
    expect(empty.state).toBe('empty');
    expect(empty.matches).toHaveLength(0);
    expect(empty.text).toMatch(/Not seen in other reports/);
    await page.keyboard.press('Escape');
    await waitForPopoverClosed(page);

    const unverified = (await paintedRanges(page)).find((r) => r.kind === 'corroborate-unverified');
    const card = await openCard(unverified!.text.slice(0, 40));
    expect(card.display).toBe('unverified');
    await page.screenshot({ path: `${SHOTS}/popover-unverified.png` });
    await page.keyboard.press('Escape');
    await waitForPopoverClosed(page);
  });

  it('steps through claims from the keyboard command, Enter opens, Esc goes back', async () => {
    await page.bringToFront();
    // Esc with no card open ends claim navigation: the next step starts from the top.
    await page.keyboard.press('Escape');
    // Focus starts on a link of the page; it must come back there at the end.
    const hasLink = await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('a[href]');
      (window as { cbOrigin?: Element }).cbOrigin = link ?? undefined;
      link?.focus();
      return document.activeElement === link;
    });
    expect(hasLink).toBe(true);

    const first = await stepClaim(ext, tabId, 1);
    expect(first).not.toBeNull();
    const live = await waitFor(
      () => liveText(page),
      (t) => t.includes('Claim 1 of'),
      'live region',
    );
    expect(live).toMatch(/^Claim 1 of \d+, (Sourced|Unverified)/);
    expect(await focusedThing(page)).toBe('overlay:legend-open');
    expect((await legendText(page))?.all).toMatch(/\b1\/\d+\b/);

    const second = await stepClaim(ext, tabId, 1);
    expect(second).not.toBe(first);
    await waitFor(
      () => liveText(page),
      (t) => t.includes('Claim 2 of'),
      'live region',
    );

    await page.keyboard.press('Enter');
    const card = await waitForPopover(page);
    expect(card.index).toBe(second);
    expect(card.focusInside).toBe(true);
    expect(card.text).toMatch(/Claim 2 of/);

    await page.keyboard.press('Escape');
    await waitForPopoverClosed(page);
    expect(await focusedThing(page)).toBe('overlay:legend-open');
    await page.keyboard.press('Escape');
    const back = await waitFor(
      () =>
        page.evaluate(() => document.activeElement === (window as { cbOrigin?: Element }).cbOrigin),
      (b) => b,
      'focus back on the page link',
    );
    expect(back).toBe(true);
  });

  it('has no axe violations in the popover and legend, light and dark', async () => {
    for (const mode of ['light', 'dark'] as const) {
      await scheme(page, mode);
      await openCard(REWORDED);
      await raiseClaim();
      expectAccessible(await axeAudit(page, '#corroborate-root'));
      if (mode === 'dark') await page.screenshot({ path: `${SHOTS}/popover-dark.png` });
      await page.keyboard.press('Escape');
      await waitForPopoverClosed(page);
    }
    await scheme(page, 'light');
  });

  it('sums the page up in the popup, jumps to a claim and turns highlights off and on', async () => {
    const popup = await popupFor(tabId);
    const summary = await popup.$eval('[data-cb="summary"]', (el) => (el as HTMLElement).innerText);
    expect(summary).toContain(AGGREGATOR_TITLE);
    const counts = await popup.evaluate(() =>
      ['sourced', 'unverified'].map((k) =>
        Number(document.querySelector(`[data-cb="count-${k}"] .cb-stat-n`)?.textContent),
      ),
    );
    const ranges = await paintedRanges(page);
    expect(counts).toEqual([
      ranges.filter((r) => r.kind === 'corroborate-sourced').length,
      ranges.filter((r) => r.kind === 'corroborate-unverified').length,
    ]);
    const sources = await popup.$eval('[data-cb="sources"]', (el) => (el as HTMLElement).innerText);
    expect(sources).toContain('Vladimir Putin');
    // The section is there only when some sentence is unmarked (the popup is no longer busy,
    // so its absence is final); the rewrite's count depends on the claim analysis.
    const unmarked = await popup.evaluate(() => {
      const el = document.querySelector('[data-cb="not-flagged"]');
      return el
        ? {
            heading: el.querySelector('h2')?.textContent ?? '',
            counts: el.querySelector('[data-cb="not-flagged-counts"]')?.textContent ?? '',
          }
        : null;
    });
    if (notFlagged.length === 0) expect(unmarked).toBeNull();
    else expect(unmarked?.heading).toBe(`Not flagged (${notFlagged.length})`);
    for (const c of notFlaggedCounts(notFlagged))
      expect(unmarked?.counts).toContain(`${messages[c.key].message} ${c.count}`);
    const story = await popup.$$eval('[data-cb="story-member"]', (els) =>
      els.map((el) => ({
        role: (el as HTMLElement).dataset.role,
        text: (el as HTMLElement).innerText,
      })),
    );
    expect(story).toHaveLength(1);
    expect(story[0]?.text).toContain(AP_TITLE);
    expect(['original', 'earlier']).toContain(story[0]?.role);

    for (const mode of ['light', 'dark'] as const) {
      await scheme(popup, mode);
      expectAccessible(await axeAudit(popup));
      await popup.screenshot({
        path: `${SHOTS}/popup${mode === 'dark' ? '-dark' : ''}.png`,
        fullPage: true,
      });
    }
    await scheme(popup, 'light');

    // Jump to the first unverified claim: the page opens its card.
    const index = Number(
      await popup.$eval('[data-cb="jump"]', (el) => (el as HTMLElement).dataset.index),
    );
    await popup.click('[data-cb="jump"]');
    await page.bringToFront();
    expect((await waitForPopover(page)).index).toBe(index);
    await page.keyboard.press('Escape');
    await waitForPopoverClosed(page);

    await popup.bringToFront();
    await popup.click('[data-cb="highlights-switch"]');
    await popup.waitForSelector('[data-cb="highlights-switch"][aria-checked="false"]');
    const off = await highlightSizes(page);
    expect(Object.values(off).every((n) => n === 0)).toBe(true);
    expect((await overlayState(page))?.highlights).toBe('off');

    await popup.click('[data-cb="highlights-switch"]');
    await popup.waitForSelector('[data-cb="highlights-switch"][aria-checked="true"]');
    const on = await highlightSizes(page);
    expect(on['corroborate-sourced']).toBe(counts[0]);
    expect(on['corroborate-unverified']).toBe(counts[1]);
    await popup.close();
  });

  it('turns highlights off from the legend, and remembers it collapsed across pages', async () => {
    await page.bringToFront();
    const legendButton = (name: string) => page.$(`pierce/[data-cb="${name}"]`);
    const toggle = await legendButton('legend-toggle');
    expect(await toggle!.evaluate((el) => el.getAttribute('aria-checked'))).toBe('true');
    await toggle!.click();
    await waitFor(
      () => overlayState(page),
      (h) => h?.highlights === 'off',
      'legend switch off',
    );
    expect(Object.values(await highlightSizes(page)).every((n) => n === 0)).toBe(true);
    expect(await toggle!.evaluate((el) => el.getAttribute('aria-checked'))).toBe('false');
    await toggle!.click();
    await waitFor(
      () => overlayState(page),
      (h) => h?.highlights === 'on',
      'legend switch on',
    );
    expect((await highlightSizes(page))['corroborate-sourced']).toBeGreaterThan(0);

    const total = Number((await overlayState(page))?.claims);
    await (await legendButton('legend-collapse'))!.click();
    const fab = await page.waitForSelector('pierce/[data-cb="legend-expand"]');
    expect(await fab!.evaluate((el) => el.textContent)).toContain(String(total));
    expect(await legendText(page)).toBeNull();
    // Keyboard focus stays in our UI, on the button that replaced the one pressed.
    expect(await focusedThing(page)).toBe('overlay:legend-expand');

    await page.reload({ waitUntil: 'load' });
    await waitForAnalysis(ext, page);
    const again = await page.waitForSelector('pierce/[data-cb="legend-expand"]');
    await again!.click();
    await page.waitForSelector('pierce/[data-cb="legend"]');
    expect((await legendText(page))?.all).toMatch(/Sourced \d+/);
  });

  it('keeps the legend off the corner where the page pins its own widget', async () => {
    await page.bringToFront();
    const corner = () =>
      page.$eval('pierce/[data-cb="legend"]', (el) =>
        el.classList.contains('cb-corner-left') ? 'left' : 'right',
      );
    const resize = async () => {
      await page.setViewport({ ...VIEWPORT, width: VIEWPORT.width - 1 });
      await page.setViewport(VIEWPORT);
    };
    // The aggregator's own "go to top" button is pinned bottom-right: the legend sits left.
    expect(await page.$eval('#go-to-top', (el) => getComputedStyle(el).position)).toBe('fixed');
    expect(await corner()).toBe('left');
    const box = await page.$eval(
      'pierce/[data-cb="legend"]',
      (el) => el.getBoundingClientRect().right,
    );
    expect(box).toBeLessThan(VIEWPORT.width / 2);
    // Without it, the legend goes back to the usual corner…
    const button = await page.evaluate(() => {
      const el = document.getElementById('go-to-top')!;
      const html = el.outerHTML;
      el.remove();
      return html;
    });
    await resize();
    await waitFor(corner, (c) => c === 'right', 'legend back in the right corner');
    // …and a widget that arrives later (a chat bubble) moves it again.
    await page.evaluate((html: string) => {
      document.body.insertAdjacentHTML('beforeend', html);
    }, button);
    await resize();
    await waitFor(corner, (c) => c === 'left', 'legend moved left again');
  });

  it('pauses on this site from the popup (nothing painted after reload) and resumes', async () => {
    let popup = await popupFor(tabId);
    await popup.click('[data-cb="pause-site"]');
    await popup.waitForSelector('[data-cb="paused"]');
    await popup.close();

    await page.bringToFront();
    await page.reload({ waitUntil: 'load' });
    const paused = await waitForAnalysis(ext, page);
    expect(paused.isArticle).toBe(false);
    expect(paused.highlightsOn).toBe(false);
    expect(Object.values(await highlightSizes(page)).every((n) => n === 0)).toBe(true);
    // Paused: the overlay is not even created, or says so.
    const host = await overlayState(page);
    if (host) expect(host.state).toBe('paused');

    popup = await popupFor(tabId);
    const resume = await popup.waitForSelector('[data-cb="paused"] button');
    expect(await popup.$eval('[data-cb="paused"]', (el) => (el as HTMLElement).innerText)).toMatch(
      /Paused on 127\.0\.0\.1/,
    );
    expectAccessible(await axeAudit(popup), 1);
    await resume!.click();
    await popup.waitForSelector('[data-cb="summary"]');
    await popup.close();
    await page.bringToFront();
    const resumed = await waitForAnalysis(ext, page);
    expect(resumed.isArticle).toBe(true);
    expect((await overlayState(page))?.state).toBe('ready');
    const sizes = await highlightSizes(page);
    expect(sizes['corroborate-sourced']).toBeGreaterThan(0);
    expect(sizes['corroborate-unverified']).toBeGreaterThan(0);
  });

  it('offers "analyse this page" where the site has no permission, and knows non-web tabs', async () => {
    // 127.0.0.2 is loopback too, but not among the hosts the extension may read.
    const other = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync('test/fixtures/pages/ap-putin-talks/index.html'));
    });
    await new Promise<void>((done) => other.listen(0, '127.0.0.2', done));
    const port = (other.address() as AddressInfo).port;
    // Without host access the extension cannot read that tab's url: it is the tab that is new.
    const tabIds = async () =>
      (await ext.worker()).evaluate(async () =>
        ((await chrome.tabs.query({})) as Array<{ id?: number }>).map((t) => t.id ?? -1),
      );
    const before = await tabIds();
    const elsewhere = await ext.browser.newPage();
    try {
      await elsewhere.goto(`http://127.0.0.2:${port}/story`, { waitUntil: 'load' });
      const fresh = (await tabIds()).filter((id) => !before.includes(id));
      expect(fresh).toHaveLength(1);
      const popup = await popupFor(fresh[0]!);
      // Opened by a test, not by the toolbar button, the popup gets no activeTab grant and so
      // no url: "always analyse this site" needs one, "analyse this page" does not.
      const access = await popup.waitForSelector('[data-cb="no-access"]');
      expect(await access!.evaluate((el) => (el as HTMLElement).innerText)).toMatch(/hasn.t read/);
      expect(await popup.$('[data-cb="analyse-now"]')).not.toBeNull();
      expectAccessible(await axeAudit(popup), 2);
      await popup.close();
      // Nothing of ours was put into the page it may not read.
      expect(await elsewhere.$('corroborate-root')).toBeNull();
    } finally {
      await elsewhere.close();
      other.closeAllConnections();
      await new Promise((done) => other.close(done));
    }

    const optionsTab = await ext.openExtensionPage('src/options/index.html');
    const popup = await popupFor(await tabIdOf(ext, optionsTab));
    await popup.waitForSelector('[data-cb="unsupported"]');
    expectAccessible(await axeAudit(popup), 1);
    await popup.close();
    await optionsTab.close();
  });

  it('lists, searches, exports and deletes reports on the options page', async () => {
    const options = await ext.openExtensionPage('src/options/index.html');
    await options.setViewport({ width: 1100, height: 900 });
    const titles = () =>
      options.$$eval('[data-cb="report"] .cb-report-title', (els) =>
        els.map((e) => e.textContent ?? ''),
      );
    expect((await waitFor(titles, (t) => t.length === 2, 'two reports')).sort()).toEqual(
      [AGGREGATOR_TITLE, AP_TITLE].sort(),
    );
    const stat = () => options.$eval('[data-cb="stat-reports"]', (el) => el.textContent ?? '');
    await waitFor(stat, (s) => s === '2', 'storage figure');
    const storage = await options.$eval(
      '[data-cb="storage"]',
      (el) => (el as HTMLElement).innerText,
    );
    expect(storage).toMatch(/\d+(\.\d+)?\s?(B|KB|kB|MB)/);

    for (const mode of ['light', 'dark'] as const) {
      await scheme(options, mode);
      expectAccessible(await axeAudit(options));
      await options.screenshot({
        path: `${SHOTS}/options${mode === 'dark' ? '-dark' : ''}.png`,
        fullPage: true,
      });
    }
    await scheme(options, 'light');

    await options.type('[data-cb="search"]', 'pulls back');
    await waitFor(titles, (t) => t.length === 1, 'search to filter');
    expect(await titles()).toEqual([AP_TITLE]);
    await options.$eval('[data-cb="search"]', (el) => {
      (el as HTMLInputElement).value = '';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitFor(titles, (t) => t.length === 2, 'search cleared');

    // Export: the real download, read back from disk.
    const downloads = mkdtempSync(join(tmpdir(), 'corroborate-dl-'));
    try {
      const cdp = await options.createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', {
        behavior: 'allow',
        downloadPath: downloads,
        eventsEnabled: true,
      });
      const done = new Promise<string>((resolve, reject) => {
        cdp.on('Browser.downloadProgress', (e: { state: string }) => {
          if (e.state === 'completed') resolve(e.state);
          else if (e.state === 'canceled') reject(new Error('export download canceled'));
        });
      });
      await options.click('[data-cb="export"]');
      await options.waitForSelector('[data-cb="backup-status"]');
      await done;
      const file = readdirSync(downloads).find((f) => f.endsWith('.jsonl'));
      expect(file).toMatch(/^corroborate-.*\.jsonl$/);
      const json = readFileSync(join(downloads, file!), 'utf8');
      // JSON Lines: every line parses on its own.
      expect(() =>
        json
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l) as unknown),
      ).not.toThrow();
      expect(json).toContain(AP_TITLE);
      expect(json).toContain(AGGREGATOR_TITLE);
      await cdp.detach();
    } finally {
      rmSync(downloads, { recursive: true, force: true });
    }

    const aggregatorRow = await options.$$eval(
      '[data-cb="report"]',
      (els, title: string) => {
        const row = els.find((el) => el.textContent?.includes(title));
        return (row as HTMLElement | undefined)?.dataset.reportId ?? null;
      },
      AGGREGATOR_TITLE,
    );
    expect(aggregatorRow).not.toBeNull();
    await options.click(
      `[data-cb="report"][data-report-id="${aggregatorRow}"] [data-cb="delete-report"]`,
    );
    expect(await waitFor(titles, (t) => t.length === 1, 'delete')).toEqual([AP_TITLE]);
    await waitFor(stat, (s) => s === '1', 'storage figure after delete');
    await options.close();
  });
});
