import { describe, expect, it } from 'vitest';
import type { ReportStore } from '../../../src/store/report-store.ts';
import {
  exportBlob,
  importFile,
  importText,
  IMPORT_CHUNK,
} from '../../../src/options/backup-transfer.ts';
import { AGGREGATOR_TEXT, AP_TEXT, makeReport, unrelatedReport } from './make-report.ts';
import { openStore } from './open-store.ts';
import { matchKeys } from './test-engine.ts';

function linesOf(text: string): Record<string, unknown>[] {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function snapshotOf(store: ReportStore): Promise<string> {
  const list = await store.listReports({ limit: 2000 });
  const full = await Promise.all(list.items.map((r) => store.getReport(r.id)));
  return JSON.stringify({ full, settings: await store.getSettings() });
}

/** The store methods the options page reaches through messages, called directly. */
function caller(store: ReportStore) {
  const handlers = {
    exportPage: ({ after }: { after?: number }) => store.exportPage(after ?? null, 2_000),
    beginImport: async ({ header }: { header: unknown }) => ({
      importId: await store.beginImport(header),
    }),
    stageImport: async (p: { importId: string; offset: number; reports: unknown[] }) => ({
      staged: await store.stageImport(p.importId, p.offset, p.reports),
    }),
    commitImport: async ({ importId }: { importId: string }) => ({
      imported: await store.commitImport(importId),
    }),
    abortImport: async ({ importId }: { importId: string }) => ({
      aborted: await store.abortImport(importId),
    }),
  };
  return ((method: keyof typeof handlers, params: never) =>
    handlers[method](params)) as unknown as Parameters<typeof exportBlob>[0];
}

async function filled(count: number): Promise<ReportStore> {
  const store = openStore();
  await store.saveReport(makeReport('https://apnews.com/a', AP_TEXT));
  await store.saveReports(Array.from({ length: count - 1 }, (_, i) => unrelatedReport(i)));
  await store.setSitePaused('paused.example', true);
  return store;
}

describe('chunked export and import', () => {
  it('exports page by page to the same file exportAll writes', async () => {
    const store = await filled(40);
    const blob = await exportBlob(caller(store));
    const [header, ...paged] = linesOf(await blob.text());
    const [, ...whole] = linesOf(await store.exportAll());
    expect(paged).toHaveLength(40);
    expect(paged).toEqual(whole);
    expect(header).toMatchObject({ version: 2, count: 40 });
    expect(header!.settings).toEqual({ pausedSites: ['paused.example'] });
    // Small pages: several messages, none repeated or skipped.
    const first = await store.exportPage(null, 2_000);
    expect(first.next).not.toBeNull();
    expect(first.count).toBeLessThan(40);
  });

  it('imports in chunks, all at the commit, and the imported reports are matched', async () => {
    const source = await filled(IMPORT_CHUNK + 20);
    const text = await (await exportBlob(caller(source))).text();
    const target = openStore();
    await target.warmUp();
    const progress: number[] = [];
    const imported = await importText(caller(target), text, {
      onProgress: (p) => {
        if (!p.committing) progress.push(p.reports);
      },
    });
    expect(imported).toBe(IMPORT_CHUNK + 20);
    expect(progress).toEqual([IMPORT_CHUNK, IMPORT_CHUNK + 20]);
    expect((await target.stats()).reports).toBe(IMPORT_CHUNK + 20);
    expect(await target.getSettings()).toEqual({ pausedSites: ['paused.example'] });
    expect(await target.db.staging.count()).toBe(0);
    const page = makeReport('https://agg.example.com/p', AGGREGATOR_TEXT);
    expect(matchKeys(await target.matchPage(page)).length).toBeGreaterThanOrEqual(2);
  });

  it('nothing is visible before the commit', async () => {
    const store = openStore();
    const id = await store.beginImport({
      format: 'corroborate-export',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
    });
    const reports = [1, 2].map((i) => ({ ...unrelatedReport(i), id: i, readAt: i }));
    expect(await store.stageImport(id, 0, reports)).toBe(2);
    expect((await store.stats()).reports).toBe(0);
    expect(await store.commitImport(id)).toBe(2);
    expect((await store.stats()).reports).toBe(2);
  });

  it.each([
    ['a bad report in a later chunk', 'report', /reports\[503\]\.url/],
    ['a file of another format', 'format', /not a Corroborate export/],
    ['text that is not JSON', 'json', /not valid JSON/],
  ])(
    'refuses %s with a clear error, changes nothing, leaves nothing staged',
    async (_n, kind, message) => {
      const store = await filled(3);
      const source = await filled(IMPORT_CHUNK + 20);
      let text = await (await exportBlob(caller(source))).text();
      if (kind === 'report') {
        const lines = text.split('\n');
        // Line 1 is the header: report 503 is on line 505.
        lines[504] = JSON.stringify({ ...JSON.parse(lines[504]!), url: 42 });
        text = lines.join('\n');
      } else if (kind === 'format') text = text.replace('corroborate-export', 'other');
      else text = text.slice(0, -10);
      const streamed = await importFile(caller(store), new Blob([text])).catch((e: unknown) => e);
      expect(String(streamed)).toMatch(message);
      const before = await snapshotOf(store);
      const error = await importText(caller(store), text).catch((e: unknown) => e);
      expect(String(error)).toMatch(/Import refused, nothing was changed/);
      expect(String(error)).toMatch(message);
      expect(await snapshotOf(store)).toBe(before);
      expect(await store.db.staging.count()).toBe(0);
    },
  );

  it('an import cut short by a restart changes nothing and leaves nothing behind', async () => {
    const name = `chunked-${Date.now()}`;
    const store = openStore(name);
    await store.saveReport(makeReport('https://apnews.com/a', AP_TEXT));
    const before = await snapshotOf(store);
    const id = await store.beginImport({
      format: 'corroborate-export',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
    });
    const reports = [1, 2, 3].map((i) => ({ ...unrelatedReport(i), id: i, readAt: i }));
    await store.stageImport(id, 0, reports);
    expect(await store.db.staging.count()).toBe(1);
    await store.close();

    // The worker restarted: the import's session is gone with it.
    const restarted = openStore(name);
    await expect(restarted.commitImport(id)).rejects.toThrow(/interrupted.*start it again/);
    await expect(restarted.stageImport(id, 3, reports)).rejects.toThrow(/interrupted/);
    expect(await snapshotOf(restarted)).toBe(before);
    // The first page read after the restart sweeps the orphaned chunks away.
    await restarted.matchPage(makeReport('https://agg.example.com/p', AGGREGATOR_TEXT));
    await restarted.settled();
    await restarted.flush();
    expect(await restarted.db.staging.count()).toBe(0);
  });

  it('refuses chunks out of order', async () => {
    const store = openStore();
    const id = await store.beginImport({
      format: 'corroborate-export',
      version: 1,
      exportedAt: 'x',
    });
    const reports = [{ ...unrelatedReport(1), id: 1, readAt: 1 }];
    await expect(store.stageImport(id, 5, reports)).rejects.toThrow(/out of order/);
  });
});
