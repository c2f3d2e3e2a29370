import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';

/** Chromium from Debian unless the environment names another. */
export const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';

/** Flags for root on a machine with no network: no sandbox, no GPU, no background traffic. */
export const OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** …and the window the end-to-end tests and their screenshots are laid out in. */
export const CHROMIUM_ARGS = [...OFFLINE_FLAGS, '--window-size=1280,900'];

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  userDataDir: string;
  /** The extension's service worker (started on demand). */
  worker(): Promise<WebWorker>;
  /** Opens a page of the extension, e.g. `src/popup/index.html?tabId=3`. */
  openExtensionPage(path: string): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  distDir?: string;
  /** Reuse a profile (to test a restart); a fresh one otherwise. */
  userDataDir?: string;
  headless?: boolean;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  // CORROBORATE_DIST points every suite at another build (a helper's own outDir).
  const distDir = resolve(options.distDir ?? process.env.CORROBORATE_DIST ?? 'dist');
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'corroborate-profile-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: [distDir],
    userDataDir,
    args: CHROMIUM_ARGS,
    defaultViewport: { width: 1280, height: 900 },
  });
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 20_000 },
  );
  const extensionId = new URL(target.url()).host;
  const worker = async (): Promise<WebWorker> => {
    const t = await browser.waitForTarget(
      (x) =>
        x.type() === 'service_worker' && x.url().startsWith(`chrome-extension://${extensionId}/`),
      { timeout: 20_000 },
    );
    const w = await t.worker();
    if (!w) throw new Error('service worker target has no worker');
    return w;
  };
  return {
    browser,
    extensionId,
    userDataDir,
    worker,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close(opts) {
      await browser.close();
      if (!opts?.keepProfile && !options.userDataDir)
        rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
