import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { CHROMIUM, OFFLINE_FLAGS } from '../e2e/harness/chromium.ts';
import { ingest, serviceWorker, type WorkerGlobal } from './bench-store.ts';
import { blankPageServer } from './content-sender.ts';
import { ReportGenerator } from './synthetic-reports.ts';

/** Reports sent to the worker per batch while filling. */
const FILL_BATCH = 250;

export interface FilledBrowser {
  browser: Browser;
  worker: WebWorker;
  extensionId: string;
  /** A blank loopback tab whose content script sends the requests (see content-sender.ts). */
  page: Page;
  /** The generator the store was filled from: its pages are new to the store. */
  gen: ReportGenerator;
  /** The browser's profile folder (removed by close). */
  userDataDir: string;
  /** Closes the browser and the server, and removes the profile. */
  close(): Promise<void>;
}

/**
 * Chromium with the built extension (`distDir`) and its store filled, in batches, with `size`
 * of the store benchmark's synthetic reports, then flushed: the start of every probe. With
 * `indexed`, the match index is loaded before the fill (as bench-store.ts does), so the saves
 * index as they go and the flush writes its snapshot; without, the first answer builds it.
 */
export async function filledBrowser(
  distDir: string,
  size: number,
  { indexed = false } = {},
): Promise<FilledBrowser> {
  const server = await blankPageServer();
  const profile = mkdtempSync(join(tmpdir(), 'probe-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: [distDir],
    userDataDir: profile,
    args: OFFLINE_FLAGS,
  });
  const close = async () => {
    await browser.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const worker = await serviceWorker(browser);
    const page = await browser.newPage();
    await page.goto(server.url);
    const gen = new ReportGenerator(7);
    if (indexed) {
      await worker.evaluate(() => (globalThis as WorkerGlobal).corroborate!.store().warmUp());
    }
    for (let n = 0; n < size; n += FILL_BATCH) {
      await ingest(worker, gen.reports(Math.min(FILL_BATCH, size - n)), false);
    }
    await worker.evaluate(() => (globalThis as WorkerGlobal).corroborate!.store().flush());
    return {
      browser,
      worker,
      extensionId: new URL(worker.url()).host,
      page,
      gen,
      userDataDir: profile,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The median of a list of figures. */
export const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The probes' command line: `DIST_DIR [REPORTS, default 10000] …`. */
export function probeArgs(): { distDir: string; size: number } {
  const distDir = process.argv[2];
  if (!distDir) throw new Error('usage: npx tsx test/bench/<probe>.ts DIST_DIR [REPORTS] …');
  return { distDir, size: Number(process.argv[3] ?? 10000) };
}
