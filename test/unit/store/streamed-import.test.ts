import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_LINE_CHARS } from '../../../src/model/export-file.ts';
import {
  exportBlob,
  importFile,
  IMPORT_CHUNK,
  type TransferProgress,
} from '../../../src/options/backup-transfer.ts';
import type { ReportStore } from '../../../src/store/report-store.ts';
import { AP_TEXT, makeReport, unrelatedReport } from './make-report.ts';
import { openStore } from './open-store.ts';

/** The store methods the options page reaches through messages, called directly. */
function caller(store: ReportStore) {
  const handlers = {
    exportPage: ({ after }: { after?: number }) => store.exportPage(after ?? null, 200_000),
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
  return store;
}

async function contents(store: ReportStore): Promise<string> {
  const list = await store.listReports({ limit: 5000 });
  return JSON.stringify(list.items.map((r) => [r.url, r.title]));
}

/** A Blob whose stream hands out the file in small pieces, as a large file on disk would. */
function inPieces(text: string, size: number): Blob {
  const bytes = new TextEncoder().encode(text);
  const blob = new Blob([bytes]);
  Object.defineProperty(blob, 'stream', {
    value: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
          controller.close();
        },
      }),
  });
  return blob;
}

describe('streamed import of a JSON Lines backup', () => {
  it('reads the file in pieces, reports progress as it goes, and imports every report', async () => {
    const count = IMPORT_CHUNK * 2 + 37;
    const source = await filled(count);
    const text = await (await exportBlob(caller(source))).text();
    const target = openStore();
    const seen: TransferProgress[] = [];
    // 4 KB pieces: lines are cut anywhere, multi-byte characters too.
    const imported = await importFile(caller(target), inPieces(text, 4096), {
      onProgress: (p) => seen.push(p),
    });
    expect(imported).toBe(count);
    expect(await contents(target)).toBe(await contents(source));
    const staged = seen.filter((p) => !p.committing);
    expect(staged.map((p) => p.reports)).toEqual([IMPORT_CHUNK, IMPORT_CHUNK * 2, count]);
    expect(staged.every((p) => p.totalReports === count)).toBe(true);
    const bytes = staged.map((p) => p.bytes!);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(bytes.at(-1)).toBe(new TextEncoder().encode(text).length);
    expect(seen.at(-1)).toMatchObject({ committing: true, reports: count });
  });

  it('a cancelled import changes nothing and leaves nothing staged', async () => {
    const source = await filled(IMPORT_CHUNK * 2 + 5);
    const text = await (await exportBlob(caller(source))).text();
    const target = await filled(3);
    const before = await contents(target);
    const controller = new AbortController();
    const error = await importFile(caller(target), new Blob([text]), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.reports >= IMPORT_CHUNK) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(error).toBe(controller.signal.reason);
    expect(await contents(target)).toBe(before);
    expect(await target.db.staging.count()).toBe(0);
  });

  it('a cancelled export gives no file', async () => {
    const source = await filled(30);
    const controller = new AbortController();
    controller.abort();
    await expect(exportBlob(caller(source), { signal: controller.signal })).rejects.toBe(
      controller.signal.reason,
    );
  });

  it('refuses a line longer than any report, before holding more of it', async () => {
    const header = JSON.stringify({ format: 'corroborate-export', version: 2, exportedAt: 'x' });
    const huge = `${header}\n{"url":"${'x'.repeat(MAX_IMPORT_LINE_CHARS + 10)}"}\n`;
    const target = openStore();
    await expect(importFile(caller(target), inPieces(huge, 1 << 20))).rejects.toThrow(
      /Import refused, nothing was changed: line 2 is too long/,
    );
    expect(await target.db.staging.count()).toBe(0);
  });
});
