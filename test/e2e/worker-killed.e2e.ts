// A service worker stopped in the middle of a large import leaves a consistent store: after
// the browser restarts the worker, the import is either all there or not there at all, the
// list, the statistics and an export agree, and matching still works.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL } from '../../src/messaging/protocol.ts';
import type { Report } from '../../src/model/report.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium.ts';

/** Large enough that the import is still being written when the worker is stopped. */
const REPORTS = 4000;
/** Moments (ms after the import is sent) at which the worker is stopped. */
const STOP_AFTER_MS = [150, 600];

function exportOf(batch: number): string {
  return JSON.stringify({
    format: 'corroborate-export',
    version: 1,
    exportedAt: new Date().toISOString(),
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

let ext: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  ext = await launchWithExtension();
  page = await ext.openExtensionPage('src/options/index.html');
});

afterAll(async () => {
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
      const session = await page.createCDPSession();
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      await session.detach();

      // The next message starts a fresh worker, which opens the store again.
      const stats = await call<{ reports: number; sentences: number }>(page, 'stats', {});
      expect([expected, expected + REPORTS]).toContain(stats.reports);
      console.log(
        `worker stopped ${delay} ms into an import of ${REPORTS}: store holds ${stats.reports} reports`,
      );
      expected = stats.reports;
      const list = await call<{ total: number }>(page, 'listReports', { limit: 1 });
      expect(list.total).toBe(stats.reports);
      const exported = JSON.parse((await call<{ json: string }>(page, 'exportAll', {})).json) as {
        reports: Report[];
      };
      expect(exported.reports).toHaveLength(stats.reports);
      expect(stats.sentences).toBe(exported.reports.reduce((n, r) => n + r.sentences.length, 0));
    }
    const imported = await call<{ imported: number }>(page, 'importAll', { json: exportOf(9) });
    expect(imported.imported).toBe(REPORTS);
    const after = await call<{ reports: number }>(page, 'stats', {});
    expect(after.reports).toBe(expected + REPORTS);
  });
});
