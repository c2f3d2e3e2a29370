import { useRef, useState } from 'preact/hooks';
import { t, tCount } from '../ui/t.ts';
import { errorText, type OptionsApi } from './api.ts';

/** Export everything to a JSON file; import one back (all or nothing, errors shown). */
export function BackupSection({ api, onChanged }: { api: OptionsApi; onChanged: () => void }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const exportFile = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const url = URL.createObjectURL(await api.exportAll());
      const a = document.createElement('a');
      a.href = url;
      a.download = `corroborate-${new Date().toISOString().slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ ok: true, text: t('optExported') });
    } catch (e) {
      setStatus({ ok: false, text: t('optExportFailed', errorText(e)) });
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File) => {
    setBusy(true);
    setStatus(null);
    try {
      const count = await api.importAll(await file.text());
      setStatus({ ok: true, text: tCount('optImported', count) });
      onChanged();
    } catch (e) {
      setStatus({ ok: false, text: t('optImportFailed', errorText(e)) });
    } finally {
      setBusy(false);
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
          disabled={busy}
          onClick={() => void exportFile()}
        >
          {t('optExport')}
        </button>
        <button type="button" class="cb-btn" disabled={busy} onClick={() => input.current?.click()}>
          {t('optImport')}
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
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
