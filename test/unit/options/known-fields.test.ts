import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT } from '../../../src/model/export-file.ts';
import type { exportBlob } from '../../../src/options/backup-transfer.ts';
import {
  IMPORT_CHUNK_CHARS,
  importFile,
  importText,
} from '../../../src/options/backup-transfer.ts';
import { knownReportFields } from '../../../src/options/known-fields.ts';
import { makeReport } from '../store/make-report.ts';

type Call = Parameters<typeof exportBlob>[0];

/** A background that stages whatever it is sent and records each chunk. */
function recorder(): { call: Call; chunks: unknown[][] } {
  const chunks: unknown[][] = [];
  const handlers: Record<string, (p: never) => unknown> = {
    beginImport: () => ({ importId: 'x' }),
    stageImport: (p: { reports: unknown[] }) => {
      chunks.push(p.reports);
      return { staged: p.reports.length };
    },
    commitImport: () => ({ imported: chunks.flat().length }),
    abortImport: () => ({ aborted: true }),
  };
  const call = (async (method: string, params: never) =>
    handlers[method]!(params)) as unknown as Call;
  return { call, chunks };
}

const stored = (i: number, text = 'Officials said so. ') => ({
  ...makeReport(`https://news.example/${i}`, text),
  id: i + 1,
  readAt: 1_700_000_000_000,
});

describe('options import: known fields only, chunks by size', () => {
  it.each([
    ['an unknown top-level field', { ...stored(0), tracking: 'x'.repeat(1000) }],
    [
      'an unknown sentence field',
      { ...stored(0), sentences: [{ ...stored(0).sentences[0], html: '<b>' }] },
    ],
    [
      'a prototype key',
      JSON.parse(`{"__proto__": {"polluted": true}, "url": "https://a.example/"}`),
    ],
  ])('drops %s', (_case, report) => {
    const kept = knownReportFields(report) as Record<string, unknown>;
    expect(Object.keys(kept)).not.toContain('tracking');
    expect(JSON.stringify(kept)).not.toMatch(/tracking|html|polluted/);
  });

  it('passes a value of the wrong shape on unchanged, for the background to refuse', () => {
    expect(knownReportFields('text')).toBe('text');
    expect(knownReportFields([1])).toEqual([1]);
  });

  it('sends no unknown field from a streamed (JSON Lines) file', async () => {
    const header = JSON.stringify({ format: EXPORT_FORMAT, version: 2, exportedAt: 'x', count: 2 });
    const lines = [stored(0), stored(1)].map((r) => JSON.stringify({ ...r, secret: 'x' }));
    const { call, chunks } = recorder();
    await importFile(call, new Blob([`${header}\n${lines.join('\n')}\n`]));
    expect(chunks.flat()).toHaveLength(2);
    expect(JSON.stringify(chunks)).not.toContain('secret');
  });

  it('cuts a version 1 file into chunks by characters, not only by count', async () => {
    const long = 'Officials said the port was closed. '.repeat(
      Math.ceil(IMPORT_CHUNK_CHARS / 6 / 36),
    );
    const reports = [0, 1, 2, 3, 4].map((i) => ({ ...stored(i, long), extra: i }));
    const file = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: '2026-01-01T00:00:00Z',
      reports,
    });
    const { call, chunks } = recorder();
    expect(await importText(call, file)).toBe(5);
    // Five reports are far below the 500-report count: only their size splits them.
    expect(chunks.length).toBeGreaterThan(1);
    const largest = Math.max(...reports.map((r) => JSON.stringify(r).length));
    for (const chunk of chunks) {
      expect(JSON.stringify(chunk).length).toBeLessThan(IMPORT_CHUNK_CHARS + largest);
    }
    expect(JSON.stringify(chunks)).not.toContain('"extra"');
  });
});
