// A service worker stopped in the middle of a large import leaves a consistent store: after
// the browser restarts the worker, the import is either all there or not there at all, the
// list, the statistics and an export agree, and matching still works. The same for the chunked
// import the options page uses (header, chunks staged, one commit): stopped while chunks are
// staged or while the commit runs, it changes nothing or everything, and leaves no staged
// chunk behind once the worker is back.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL } from '../../src/messaging/protocol.ts';
import type { Report } from '../../src/model/report.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium.ts';
import { serveFolder, type StaticServer } from './harness/static-server.ts';

/** Large enough that the import is still being written when the worker is stopped. */
const REPORTS = 4000;
/** Moments (ms after the import is sent) at which the worker is stopped. */
const STOP_AFTER_MS = [150, 600];

const HEADER = { format: 'corroborate-export', version: 1, exportedAt: '2026-01-01T00:00:00Z' };
/** Reports per chunk message, as the options page sends them. */
const CHUNK = 500;

function exportOf(batch: number): string {
  return JSON.stringify({
    ...HEADER,
    reports: Array.from({ length: REPORTS }, (_, i) => report(i, batch)),
  });
}

function report(i: number, batch: number): Report {
  const sentences = Array.from({ length: 12 }, (_, k) => {
    const text = `Officials in district ${batch}-${i} said shipment ${k} of ${100 + k} crates arrived on day ${i % 28}.`;
    return {
      index: k,
      text,
      start: 0,
      end: text.length,
      kind: 'sourced' as const,
      hedged: false,
      source: 'officials',
      sourceType: 'government' as const,
      cue: 'said',
    };
  });
  let offset = 0;
  for (const s of sentences) {
    s.start = offset;
    s.end = offset + s.text.length;
    offset = s.end + 1;
  }
  return {
    id: batch * 100_000 + i + 1,
    url: `https://news.example/${batch}/${i}`,
    canonicalUrl: null,
    site: 'news.example',
    title: `Shipment report ${batch}-${i}`,
    byline: null,
    publishedTime: null,
    lang: 'en',
    readAt: 1_700_000_000_000 + i,
    text: sentences.map((s) => s.text).join(' '),
    sentences,
  };
}

async function call<T>(page: Page, method: string, params: unknown): Promise<T> {
  const reply = await page.evaluate(
    (channel: string, m: string, p: unknown) =>
      chrome.runtime.sendMessage({ channel, method: m, params: p }),
    CHANNEL,
    method,
    params,
  );
  const r = reply as { ok: true; value: T } | { ok: false; error: string };
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

async function stopWorker(page: Page): Promise<void> {
  const session = await page.createCDPSession();
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

/** Rows in the import staging table, read straight from the extension's database. */
function stagedRows(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('corroborate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('staging')) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction('staging').objectStore('staging').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

let ext: ExtensionBrowser;
let page: Page;
let server: StaticServer;
let reader: Page | null = null;

/**
 * A page read in a tab: its content script sends matchPage (only web pages may: a report's
 * address is http or https). The same page each time, so only its first read adds a report.
 */
async function analyse(): Promise<void> {
  reader ??= await ext.browser.newPage();
  await reader.goto(server.url('/ap-putin-talks/'), { waitUntil: 'load' });
}

beforeAll(async () => {
  server = await serveFolder('test/fixtures/pages');
  ext = await launchWithExtension();
  page = await ext.openExtensionPage('src/options/index.html');
});

afterAll(async () => {
  await server?.close();
  await ext?.close();
});

describe('a service worker stopped mid-import', () => {
  it('leaves the store all-or-nothing and consistent, every time', async () => {
    let expected = 0;
    for (const [batch, delay] of STOP_AFTER_MS.entries()) {
      const json = exportOf(batch);
      await page.evaluate(
        (channel: string, j: string) => {
          // Not awaited: the worker is stopped while this is in flight.
          void chrome.runtime
            .sendMessage({ channel, method: 'importAll', params: { json: j } })
            .catch(() => undefined);
        },
        CHANNEL,
        json,
      );
      await new Promise((r) => setTimeout(r, delay));
      await stopWorker(page);

      // The next message starts a fresh worker, which opens the store again.
      const stats = await call<{ reports: number; sentences: number }>(page, 'stats', {});
      expect([expected, expected + REPORTS]).toContain(stats.reports);
      console.log(
        `worker stopped ${delay} ms into an import of ${REPORTS}: store holds ${stats.reports} reports`,
      );
      expected = stats.reports;
      const list = await call<{ total: number }>(page, 'listReports', { limit: 1 });
      expect(list.total).toBe(stats.reports);
      // The backup is JSON Lines: a header line, then one report a line.
      const lines = (await call<{ json: string }>(page, 'exportAll', {})).json
        .split('\n')
        .filter((line) => line.trim() !== '');
      const exported = { reports: lines.slice(1).map((line) => JSON.parse(line) as Report) };
      expect(exported.reports).toHaveLength(stats.reports);
      expect(stats.sentences).toBe(exported.reports.reduce((n, r) => n + r.sentences.length, 0));
    }
    const imported = await call<{ imported: number }>(page, 'importAll', { json: exportOf(9) });
    expect(imported.imported).toBe(REPORTS);
    const after = await call<{ reports: number }>(page, 'stats', {});
    expect(after.reports).toBe(expected + REPORTS);
  });

  it('a chunked import stopped while staging or committing is all-or-nothing and leaves no residue', async () => {
    const before = await call<{ reports: number }>(page, 'stats', {});
    // Stopped while chunks are being staged: the import is gone with the worker.
    const reports = Array.from({ length: REPORTS }, (_, i) => report(i, 5));
    const { importId } = await call<{ importId: string }>(page, 'beginImport', { header: HEADER });
    for (let offset = 0; offset < REPORTS / 2; offset += CHUNK) {
      await call(page, 'stageImport', {
        importId,
        offset,
        reports: reports.slice(offset, offset + CHUNK),
      });
    }
    expect(await stagedRows(page)).toBe(REPORTS / 2 / CHUNK);
    await stopWorker(page);
    await expect(
      call(page, 'stageImport', { importId, offset: REPORTS / 2, reports: [] }),
    ).rejects.toThrow(/interrupted/);
    await expect(call(page, 'commitImport', { importId })).rejects.toThrow(/interrupted/);
    expect((await call<{ reports: number }>(page, 'stats', {})).reports).toBe(before.reports);
    // The first page read after the restart sweeps the orphaned chunks away.
    await analyse();
    // The page's report is saved right after the answer.
    let afterPage = before.reports;
    for (let i = 0; i < 50 && afterPage === before.reports; i++) {
      await new Promise((r) => setTimeout(r, 100));
      afterPage = (await call<{ reports: number }>(page, 'stats', {})).reports;
    }
    expect(afterPage).toBe(before.reports + 1);
    for (let i = 0; i < 50 && (await stagedRows(page)) > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await stagedRows(page)).toBe(0);

    // Stopped while the commit runs: all of it or none of it.
    const second = await call<{ importId: string }>(page, 'beginImport', { header: HEADER });
    for (let offset = 0; offset < REPORTS; offset += CHUNK) {
      await call(page, 'stageImport', {
        importId: second.importId,
        offset,
        reports: reports.slice(offset, offset + CHUNK),
      });
    }
    await page.evaluate(
      (channel: string, id: string) => {
        void chrome.runtime
          .sendMessage({ channel, method: 'commitImport', params: { importId: id } })
          .catch(() => undefined);
      },
      CHANNEL,
      second.importId,
    );
    await new Promise((r) => setTimeout(r, 200));
    await stopWorker(page);
    const stats = await call<{ reports: number; sentences: number }>(page, 'stats', {});
    console.log(
      `worker stopped 200 ms into a chunked commit: ${stats.reports - afterPage} of ${REPORTS} imported`,
    );
    expect([afterPage, afterPage + REPORTS]).toContain(stats.reports);
    await analyse();
    for (let i = 0; i < 50 && (await stagedRows(page)) > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await stagedRows(page)).toBe(0);
    const list = await call<{ total: number }>(page, 'listReports', { limit: 1 });
    expect(list.total).toBe(stats.reports);
  });
});
