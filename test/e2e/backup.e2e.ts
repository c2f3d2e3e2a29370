// Backup in the real extension: a 2,000-report store exported to JSON Lines from the options
// page and imported into a fresh profile, the progress bar seen moving and the counts equal; a
// cancelled import changes nothing; a file of the first format still imports.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportStore } from '../../src/store/report-store.ts';
import { ReportGenerator } from '../bench/synthetic-reports.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium.ts';

const REPORTS = 2_000;
const OPTIONS = 'src/options/index.html';

interface Progress {
  value: number;
  max: number;
  text: string;
  determinate: boolean;
}

type WorkerGlobal = typeof globalThis & { corroborate?: { store: () => ReportStore } };

async function storeCount(ext: ExtensionBrowser): Promise<number> {
  const worker = await ext.worker();
  return worker.evaluate(
    async () => (await (globalThis as WorkerGlobal).corroborate!.store().stats()).reports,
  );
}

async function stagedCount(ext: ExtensionBrowser): Promise<number> {
  const worker = await ext.worker();
  return worker.evaluate(() =>
    (globalThis as WorkerGlobal).corroborate!.store().db.staging.count(),
  );
}

/**
 * Records every value the progress bar takes (a MutationObserver in the page), and with
 * `cancelAt` clicks Cancel as soon as the bar shows that many reports or more.
 */
async function recordProgress(page: Page, cancelAt: number | null = null): Promise<void> {
  await page.evaluate((cancelAfter) => {
    const seen: Progress[] = [];
    Object.assign(window, { __progress: seen });
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('[data-cb="transfer-bar"]');
      if (!bar) return;
      const text = document.querySelector('[data-cb="transfer-count"]')?.textContent ?? '';
      const last = seen.at(-1);
      if (!last || last.value !== bar.value || last.text !== text)
        seen.push({ value: bar.value, max: bar.max, text, determinate: bar.hasAttribute('value') });
      if (cancelAfter !== null && bar.hasAttribute('value') && bar.value >= cancelAfter) {
        document.querySelector<HTMLButtonElement>('[data-cb="cancel-transfer"]')?.click();
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }, cancelAt);
}

function progressSeen(page: Page) {
  return page.evaluate(() => (window as unknown as { __progress: Progress[] }).__progress);
}

async function importThrough(page: Page, file: string): Promise<string> {
  const input = await page.waitForSelector('[data-cb="import-file"]');
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
  const status = await page.waitForSelector('[data-cb="backup-status"]', { timeout: 90_000 });
  return (await status!.evaluate((el) => el.textContent)) ?? '';
}

describe('backup (Chromium)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-backup-'));
  const open: ExtensionBrowser[] = [];
  let exported = '';
  afterAll(async () => {
    for (const ext of open) await ext.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports a 2,000-report store to JSON Lines with a moving progress bar', async () => {
    const source = await launchWithExtension();
    open.push(source);
    const worker = await source.worker();
    const reports = new ReportGenerator(7).reports(REPORTS);
    for (let i = 0; i < reports.length; i += 500) {
      await worker.evaluate(
        async (batch) => {
          await (globalThis as WorkerGlobal).corroborate!.store().saveReports(batch);
        },
        reports.slice(i, i + 500),
      );
    }
    expect(await storeCount(source)).toBe(REPORTS);

    const page = await source.openExtensionPage(OPTIONS);
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', {
      behavior: 'allow',
      downloadPath: dir,
      eventsEnabled: true,
    });
    const done = new Promise<void>((resolve, reject) => {
      cdp.on('Browser.downloadProgress', (e: { state: string }) => {
        if (e.state === 'completed') resolve();
        else if (e.state === 'canceled') reject(new Error('export download canceled'));
      });
    });
    await recordProgress(page);
    await page.click('[data-cb="export"]');
    await done;
    const name = readdirSync(dir).find((f) => f.endsWith('.jsonl'))!;
    exported = join(dir, name);
    const lines = readFileSync(exported, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(REPORTS + 1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ version: 2, count: REPORTS });
    const seen = await progressSeen(page);
    const values = seen.map((s) => s.value);
    expect(new Set(values).size).toBeGreaterThanOrEqual(2);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(seen.at(-1)).toMatchObject({
      value: REPORTS,
      max: REPORTS,
      text: '2000 of 2000 reports',
    });
  });

  it('a cancelled import changes nothing; then the whole file imports with equal counts', async () => {
    const target = await launchWithExtension();
    open.push(target);
    const page = await target.openExtensionPage(OPTIONS);
    await recordProgress(page, 500);
    expect(await importThrough(page, exported)).toBe('Import cancelled: nothing was changed.');
    expect(await storeCount(target)).toBe(0);
    expect(await stagedCount(target)).toBe(0);

    await page.reload();
    await recordProgress(page);
    expect(await importThrough(page, exported)).toBe(`Imported ${REPORTS} reports.`);
    expect(await storeCount(target)).toBe(REPORTS);
    const seen = await progressSeen(page);
    // While the background applies the import the bar is indeterminate (no value).
    const counted = seen.filter((s) => s.determinate).map((s) => s.value);
    // At least a chunk in between the start and the end: the bar moved.
    expect(counted.some((v) => v > 0 && v < REPORTS)).toBe(true);
    expect(counted.at(-1)).toBe(REPORTS);
    // The figures reload after the import: wait until they answer for the store as it is now.
    await page.waitForSelector('[data-cb="stats"][aria-busy="false"]', { timeout: 30_000 });
    expect(await page.$eval('[data-cb="stat-reports"]', (el) => el.textContent)).toBe(
      String(REPORTS),
    );
    // Closed now: it goes on filing the 2,000 reports in their stories, which the next tests
    // need not share the machine with.
    await target.close();
    open.splice(open.indexOf(target), 1);
  });

  it('imports a file of the first format (one JSON object)', async () => {
    const [header, ...lines] = readFileSync(exported, 'utf8').trimEnd().split('\n');
    const { count: _count, ...rest } = JSON.parse(header!) as Record<string, unknown>;
    const reports = lines.slice(0, 50).map((l) => JSON.parse(l) as unknown);
    const old = join(dir, 'old-format.json');
    writeFileSync(old, JSON.stringify({ ...rest, version: 1, reports }));
    const target = await launchWithExtension();
    open.push(target);
    const page = await target.openExtensionPage(OPTIONS);
    expect(await importThrough(page, old)).toBe('Imported 50 reports.');
    expect(await storeCount(target)).toBe(50);
  });
  // `corroborate pack` → import → the popup on the aggregator page: packed-cli.e2e.ts, with the
  // CLI installed from the npm tarball.
});
