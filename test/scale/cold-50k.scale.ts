// Years of reading (issue 18): fill a store with 50,000 synthetic reports in batches, restart
// the browser on the same profile, and answer a page from the cold worker. Prints the figures
// (no wall-clock assertions); asserts the answer came from the snapshot and found the story.
// Too slow for `npm test` (minutes to fill): `npm run e2e:scale` (builds first).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WebWorker } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/harness/chromium.ts';
import { blankPageServer, matchFromContentScript } from '../bench/content-sender.ts';
import { extensionMemory, ingest, type WorkerGlobal } from '../bench/bench-store.ts';
import { ReportGenerator } from '../bench/synthetic-reports.ts';

/** Reports in the store (the size). */
const REPORTS = Number(process.env.SCALE_REPORTS ?? 50_000);
/** Reports per saveReports call (one transaction; a few MB of JSON through DevTools). */
const BATCH = 500;

const profile = mkdtempSync(join(tmpdir(), 'corroborate-scale-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

/** The extension's worker once its module has run (it exposes the store for tools). */
async function storeWorker(browser: ExtensionBrowser): Promise<WebWorker> {
  for (let i = 0; i < 600; i++) {
    try {
      const worker = await browser.worker();
      if (await worker.evaluate(() => Boolean((globalThis as WorkerGlobal).corroborate))) {
        return worker;
      }
    } catch {
      // The worker of the first start can stop and start again meanwhile.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the worker never exposed its store');
}

describe(`a store of ${REPORTS} reports`, () => {
  it('answers a page from a cold worker after a browser restart, from the snapshot', async () => {
    const gen = new ReportGenerator(7);
    const first = await launchWithExtension({ userDataDir: profile });
    const t0 = performance.now();
    try {
      const worker = await storeWorker(first);
      // The index loaded first, so each batch goes into it and flush writes its snapshot.
      await worker.evaluate(() => (globalThis as WorkerGlobal).corroborate!.store().warmUp());
      for (let stored = 0; stored < REPORTS; stored += BATCH) {
        await ingest(worker, gen.reports(Math.min(BATCH, REPORTS - stored)), false);
      }
      const stats = await worker.evaluate(async () => {
        const store = (globalThis as WorkerGlobal).corroborate!.store();
        await store.flush();
        return store.stats();
      });
      expect(stats.reports).toBe(REPORTS);
    } finally {
      await first.close({ keepProfile: true });
    }
    const fillS = (performance.now() - t0) / 1000;

    const second = await launchWithExtension({ userDataDir: profile });
    try {
      const server = await blankPageServer();
      const tab = await second.browser.newPage();
      await tab.goto(server.url);
      // No DevTools on the worker before the answer: it would slow the worker down.
      const answer = await matchFromContentScript(tab, second.extensionId, gen.pages(1)[0]!);
      await server.close();
      const pid = second.browser.process()?.pid;
      const memory = extensionMemory(pid);
      const worker = await storeWorker(second);
      const info = await worker.evaluate(() =>
        (globalThis as WorkerGlobal).corroborate!.store().indexInfo(),
      );
      const load = info.lastLoad!;
      console.log(
        `[scale] ${REPORTS} reports filled in ${fillS.toFixed(0)} s; after a restart, ` +
          `matchPage from the cold worker ${answer.ms.toFixed(0)} ms (index load ` +
          `${load.totalMs.toFixed(0)} ms: read ${load.readMs.toFixed(0)}, decode ` +
          `${load.decodeMs.toFixed(0)}; query ${info.lastMatch?.queryMs?.toFixed(0)}, fetch ` +
          `${info.lastMatch?.fetchMs?.toFixed(0)}, compare ${info.lastMatch?.compareMs?.toFixed(0)} ms); ` +
          `snapshot ${(load.snapshotBytes / 1048576).toFixed(1)} MB; extension private memory ` +
          `${memory ? memory.private.toFixed(0) : '-'} MB; ${answer.matched} claims matched, ` +
          `${answer.story} story members`,
      );
      expect(load.fromSnapshot).toBe(REPORTS);
      expect(load.replayed).toBe(0);
      // Half the page's claims are rewrites of a stored story's.
      expect(answer.matched).toBeGreaterThan(5);
      expect(answer.story).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });
});
