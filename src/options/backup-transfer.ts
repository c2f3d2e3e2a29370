import type { BackgroundMethods, ParamsOf, ResultOf } from '../messaging/protocol.ts';
import { MAX_IMPORT_CHUNK } from '../model/export-file.ts';
import { parseExportText } from '../store/export-format.ts';

type Call = <K extends keyof BackgroundMethods>(
  method: K,
  params: ParamsOf<BackgroundMethods, K>,
) => Promise<ResultOf<BackgroundMethods, K>>;

/** Reports per import chunk: a few MB per message, far below the runtime cap. */
export const IMPORT_CHUNK = Math.min(500, MAX_IMPORT_CHUNK);

/**
 * The whole store as an export file, asked for page by page (each page one message far below
 * the runtime cap) and assembled as a Blob, so its size is bounded by the reader's memory only.
 */
export async function exportBlob(call: Call): Promise<Blob> {
  const parts: string[] = [];
  let after: number | undefined;
  let first = true;
  for (;;) {
    const page = await call('exportPage', after === undefined ? {} : { after });
    if (page.head !== null) parts.push(page.head);
    if (page.count > 0) {
      parts.push(first ? page.reports : `,${page.reports}`);
      first = false;
    }
    if (page.next === null) break;
    after = page.next;
  }
  parts.push(']}');
  return new Blob(parts, { type: 'application/json' });
}

/**
 * Imports an export file in chunks: the header first (format and version checked here for a
 * quick, clear refusal, and again by the background), then the reports, staged by the
 * background and applied in one transaction at the commit. Any failure aborts the import, which
 * changes nothing; so does closing the page or a worker restart mid-way.
 */
export async function importText(
  call: Call,
  text: string,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const { header, reports } = parseExportText(text);
  const { importId } = await call('beginImport', { header: { ...header } });
  try {
    for (let offset = 0; offset < reports.length; offset += IMPORT_CHUNK) {
      const chunk = reports.slice(offset, offset + IMPORT_CHUNK);
      await call('stageImport', { importId, offset, reports: chunk });
      onProgress?.(Math.min(offset + chunk.length, reports.length), reports.length);
    }
    return (await call('commitImport', { importId })).imported;
  } catch (error) {
    await call('abortImport', { importId }).catch(() => undefined);
    throw error;
  }
}
