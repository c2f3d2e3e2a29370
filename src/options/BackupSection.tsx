import { useRef, useState } from 'preact/hooks';
import { t, tCount } from '../ui/t.ts';
import { errorText, type OptionsApi } from './api.ts';
import type { TransferProgress } from './backup-transfer.ts';

type Job = {
  kind: 'export' | 'import';
  progress: TransferProgress | null;
  controller: AbortController;
};

/** Cancelled by the reader (the Cancel button), as opposed to failed. */
function wasCancelled(error: unknown, controller: AbortController): boolean {
  return controller.signal.aborted && (error === controller.signal.reason || isAbort(error));
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Export everything to a JSON Lines file; import one back (either format, all or nothing,
 * errors shown). Both show a progress bar with counts and can be cancelled; a cancelled import
 * changes nothing.
 */
export function BackupSection({ api, onChanged }: { api: OptionsApi; onChanged: () => void }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const start = (kind: Job['kind']): Job => {
    const next: Job = { kind, progress: null, controller: new AbortController() };
    setJob(next);
    setStatus(null);
    return next;
  };
  const onProgress = (current: Job) => (progress: TransferProgress) =>
    setJob({ ...current, progress });

  const exportFile = async () => {
    const current = start('export');
    try {
      const blob = await api.exportAll({
        signal: current.controller.signal,
        onProgress: onProgress(current),
      });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `corroborate-${new Date().toISOString().slice(0, 10)}.jsonl`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ ok: true, text: t('optExported') });
    } catch (e) {
      setStatus(
        wasCancelled(e, current.controller)
          ? { ok: true, text: t('optExportCancelled') }
          : { ok: false, text: t('optExportFailed', errorText(e)) },
      );
    } finally {
      setJob(null);
    }
  };

  const importFile = async (file: File) => {
    const current = start('import');
    try {
      const count = await api.importAll(file, {
        signal: current.controller.signal,
        onProgress: onProgress(current),
      });
      setStatus({ ok: true, text: tCount('optImported', count) });
      onChanged();
    } catch (e) {
      setStatus(
        wasCancelled(e, current.controller)
          ? { ok: true, text: t('optImportCancelled') }
          : { ok: false, text: t('optImportFailed', errorText(e)) },
      );
    } finally {
      setJob(null);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section class="cb-card cb-section" aria-labelledby="backup-h" data-cb="backup">
      <h2 id="backup-h">{t('optBackup')}</h2>
      <p class="cb-muted">{t('optBackupHelp')}</p>
      <div class="cb-actions">
        <button
          type="button"
          class="cb-btn"
          data-cb="export"
          disabled={job !== null}
          onClick={() => void exportFile()}
        >
          {t('optExport')}
        </button>
        <button
          type="button"
          class="cb-btn"
          data-cb="import"
          disabled={job !== null}
          onClick={() => input.current?.click()}
        >
          {t('optImport')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".jsonl,.ndjson,.json,application/json,application/x-ndjson"
          class="cb-sr"
          tabindex={-1}
          aria-label={t('optImport')}
          data-cb="import-file"
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      {job ? <TransferBar job={job} /> : null}
      {status ? (
        <p
          class={`cb-notice ${status.ok ? 'cb-notice--ok' : 'cb-notice--error'}`}
          role={status.ok ? 'status' : 'alert'}
          data-cb="backup-status"
        >
          {status.text}
        </p>
      ) : null}
    </section>
  );
}

/** The bar: reports done of the total (or bytes of the file read), a count, and Cancel. */
function TransferBar({ job }: { job: Job }) {
  const p = job.progress;
  const label = p?.committing
    ? t('optApplying')
    : t(job.kind === 'export' ? 'optExporting' : 'optImporting');
  // The report count when the total is known; else how much of the file has been read.
  const [value, max] =
    p === null || p.committing
      ? [undefined, undefined]
      : p.totalReports !== null
        ? [p.reports, Math.max(p.totalReports, 1)]
        : p.bytes !== undefined && p.totalBytes
          ? [p.bytes, p.totalBytes]
          : [undefined, undefined];
  const count =
    p === null
      ? ''
      : p.totalReports !== null
        ? tCount('optProgressOf', p.totalReports, [p.reports, p.totalReports])
        : tCount('optProgressSoFar', p.reports);
  return (
    <div class="cb-transfer" data-cb="transfer">
      <label class="cb-small" for="cb-transfer-bar">
        {label}
      </label>
      <progress id="cb-transfer-bar" data-cb="transfer-bar" value={value} max={max} />
      <div class="cb-transfer-row">
        <span class="cb-small cb-muted" data-cb="transfer-count" aria-live="polite">
          {count}
        </span>
        <button
          type="button"
          class="cb-btn"
          data-cb="cancel-transfer"
          disabled={p?.committing === true}
          onClick={() => job.controller.abort()}
        >
          {t('optCancel')}
        </button>
      </div>
    </div>
  );
}
