// Addresses a page or an import file gives us (issue 19, parts 2 and 3, and the lone
// surrogate): a page declaring another origin's canonical url leaves that origin's report as
// it was, even when a compromised content script sends the forged report itself; reports and
// import files with non-http(s) addresses are refused with a message that names the scheme;
// a sentence holding a lone surrogate is stored, matched and shown with its link.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL } from '../../src/messaging/protocol.ts';
import type { Report } from '../../src/model/report.ts';
import type { ExtensionBrowser } from './harness/chromium.ts';
import { clickHighlight } from './harness/highlights.ts';
import { inIsolatedWorld } from './harness/isolated-world.ts';
import { waitForAnalysis } from './harness/page-state.ts';
import type { StaticServer } from './harness/static-server.ts';
import { closeFixtureBrowser, openFixtureBrowser } from './harness/fixture-browser.ts';
import { waitForPopover } from './harness/ui.ts';

let server: StaticServer;
let ext: ExtensionBrowser;
let page: Page;
let scratch: string;

/** Every stored report, read in the service worker after the pending saves. */
async function storedReports(): Promise<Report[]> {
  const worker = await ext.worker();
  return worker.evaluate(async () => {
    const g = globalThis as unknown as {
      corroborate: {
        store(): {
          settled(): Promise<void>;
          listReports(q: object): Promise<{ items: Array<{ id: number }> }>;
          getReport(id: number): Promise<unknown>;
        };
      };
    };
    const store = g.corroborate.store();
    await store.settled();
    const { items } = await store.listReports({ limit: 500 });
    return (await Promise.all(items.map((i) => store.getReport(i.id)))) as never;
  });
}

/** Sends `params` as matchPage from the content script's isolated world of `page`. */
async function sendFromContentScript(params: unknown): Promise<{ ok: boolean; error?: string }> {
  const message = JSON.stringify({ channel: CHANNEL, method: 'matchPage', params });
  return (await inIsolatedWorld(
    page,
    `chrome-extension://${ext.extensionId}`,
    `chrome.runtime.sendMessage(${message}).then((r) => r ?? null)`,
  )) as { ok: boolean; error?: string };
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'corroborate-urls-'));
  ({ server, ext, page } = await openFixtureBrowser());
});

afterAll(async () => {
  await closeFixtureBrowser({ ext, server });
  rmSync(scratch, { recursive: true, force: true });
});

describe('addresses from hostile pages and files', () => {
  // The same server under another origin: localhost instead of 127.0.0.1.
  const other = () => server.url('/ap-putin-talks/').replace('127.0.0.1', 'localhost');

  it('leaves another origin’s report untouched when a page claims its canonical url', async () => {
    await page.goto(other(), { waitUntil: 'load' });
    await waitForAnalysis(ext, page);
    const before = (await storedReports()).find((r) => r.url === other());
    expect(before?.title).toMatch(/Putin/);

    await page.goto(server.url('/canonical-thief/'), { waitUntil: 'load' });
    await waitForAnalysis(ext, page);
    // A compromised content script sends the forged report with the canonical url itself.
    const forged = (await storedReports()).find((r) => r.url === server.url('/canonical-thief/'));
    expect(forged).toBeDefined();
    const reply = await sendFromContentScript({ ...forged, id: undefined, canonicalUrl: other() });
    expect(reply.ok).toBe(true);
    expect('reportId' in ((reply as { value?: object }).value ?? {})).toBe(false);

    const after = await storedReports();
    expect(after.find((r) => r.id === before?.id)).toEqual(before);
    const thief = after.filter((r) => r.url === server.url('/canonical-thief/'));
    expect(thief).toHaveLength(1);
    expect(thief[0]?.id).not.toBe(before?.id);
  });

  it('refuses reports with non-http(s) addresses, naming the scheme', async () => {
    const count = (await storedReports()).length;
    const base = (await storedReports()).find((r) => r.url === server.url('/canonical-thief/'))!;
    const input = { ...base, id: undefined, readAt: undefined };
    for (const [field, value, scheme] of [
      ['canonicalUrl', "javascript:alert('x')", 'javascript:'],
      ['canonicalUrl', 'data:text/html,<script>alert(1)</script>', 'data:'],
      ['canonicalUrl', 'file:///etc/passwd', 'file:'],
      ['url', 'chrome://settings', 'chrome:'],
    ] as const) {
      const reply = await sendFromContentScript({ ...input, [field]: value });
      expect(reply.ok).toBe(false);
      expect(reply.error).toContain(`only http and https addresses are kept, not "${scheme}"`);
    }
    expect((await storedReports()).length).toBe(count);
  });

  it('refuses an import file with a javascript: address and changes nothing', async () => {
    const reports = await storedReports();
    const evil = { ...reports[0]!, id: 999, url: 'javascript:alert(document.domain)' };
    const file = join(scratch, 'backup.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'corroborate-export',
        version: 1,
        exportedAt: '2026-01-01T00:00:00Z',
        reports: [evil],
      }),
    );
    const options = await ext.openExtensionPage('src/options/index.html');
    const input = await options.waitForSelector('input[type="file"][data-cb="import-file"]');
    await input!.uploadFile(file);
    const status = await options.waitForSelector('[data-cb="backup-status"]', { timeout: 10_000 });
    const text = await status!.evaluate((el) => el.textContent ?? '');
    expect(text).toMatch(/only http and https addresses are kept, not "javascript:"/);
    await options.close();
    expect(await storedReports()).toEqual(reports);
  });

  it('stores, matches and shows a sentence holding a lone surrogate, with its link', async () => {
    await page.goto(server.url('/lone-surrogate/?v=a'), { waitUntil: 'load' });
    await waitForAnalysis(ext, page);
    await page.goto(server.url('/lone-surrogate/?v=b'), { waitUntil: 'load' });
    const summary = await waitForAnalysis(ext, page);
    expect(summary.error).toBeNull();
    await clickHighlight(page, 'shipment of 400 crates');
    const card = await waitForPopover(page);
    expect(card.state).toBe('matches');
    const href = card.matches[0]?.href ?? '';
    expect(href.startsWith(server.url('/lone-surrogate/?v=a#:~:text='))).toBe(true);
    // The lone half became U+FFFD in the link instead of breaking the card.
    expect(href).toContain('%EF%BF%BD');
  });
});
