import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHANNEL } from '../../../src/messaging/protocol.ts';
import type { PageSummary } from '../../../src/model/summary.ts';
import { askTabSummary, tabIdByUrl } from './in-extension.ts';
import { pollUntilReady } from './page-state.ts';

/** Debian's Firefox ESR unless the environment names another Firefox. */
export const FIREFOX = process.env.FIREFOX_EXECUTABLE_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id fixed in the Firefox manifest (vite.config.ts). */
export const GECKO_ID = 'corroborate@corroborate.invalid';
/** Fixed internal UUID, so tests know the moz-extension:// origin in advance. */
export const FIREFOX_UUID = '4b2d7c1e-2f3a-4c5d-9e8f-0a1b2c3d4e5f';

export function firefoxAvailable(): boolean {
  return existsSync(FIREFOX);
}

export interface FirefoxExtension {
  browser: Browser;
  origin: string;
  /** Opens an extension page; Firefox never reports its navigation, so wait on location. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(
  distDir = 'dist-firefox',
  /** More Firefox preferences for one test. */
  prefs: Record<string, unknown> = {},
): Promise<FirefoxExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'corroborate-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'extensions.originControls.grantByDefault': true,
      // No traffic of Firefox's own on a closed network.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      ...prefs,
    },
  });
  await browser.installExtension(resolve(distDir));
  const origin = `moz-extension://${FIREFOX_UUID}`;
  return {
    browser,
    origin,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `${origin}/${path.replace(/^\//, '')}`;
      void page.goto(url).catch(() => undefined);
      await untilTrue(page, (u: string) => location.href === u, url, 15_000);
      return page;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Polls `check` in the page until it returns true. Unlike waitForFunction it survives the
 * evaluation errors WebDriver BiDi throws while the page swaps realms mid-navigation (from
 * about:blank to moz-extension://), which made popup and options pages fail at random.
 */
export async function untilTrue(
  page: Page,
  check: (arg: string) => boolean,
  arg: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(check, arg)) return;
    } catch (e) {
      last = e; // the realm went away under the evaluation: read again in the next one
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${page.url()}: condition not met in ${timeoutMs} ms (${String(last)})`);
}

/** Builds the extension in one of vite.config.ts's modes into `outDir` (a test's own folder). */
export function buildMode(mode: string, outDir: string): void {
  const args = ['vite', 'build', '--mode', mode, '--outDir', outDir, '--logLevel', 'warn'];
  const result = spawnSync('npx', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`vite build --mode ${mode} failed:\n${result.stderr}${result.stdout}`);
  }
}

/** Builds the Firefox extension (vite --mode firefox) so a test runs on current code. */
export function buildFirefox(outDir = 'dist-firefox'): void {
  buildMode('firefox', outDir);
}

/**
 * Asks the content script of the tab showing `url` for its summary, from an extension
 * page (Firefox gives no handle on the background): tabs.query + tabs.sendMessage.
 */
export async function firefoxPageSummary(control: Page, url: string): Promise<PageSummary | null> {
  const id = await control.evaluate(tabIdByUrl, url);
  return id === null ? null : control.evaluate(askTabSummary, id, CHANNEL);
}

/** Waits until the content script of the tab showing `url` is analysed and matched. */
export async function firefoxWaitForAnalysis(
  control: Page,
  url: string,
  timeoutMs = 20_000,
): Promise<PageSummary> {
  return pollUntilReady(() => firefoxPageSummary(control, url), timeoutMs);
}
