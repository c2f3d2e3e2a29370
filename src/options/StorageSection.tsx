import { useEffect, useState } from 'preact/hooks';
import type { StoreStats } from '../model/store-api.ts';
import { formatBytes } from '../ui/format.ts';
import { t, tCount } from '../ui/t.ts';
import { errorText, type SectionProps } from './api.ts';

/** Storage used, and "delete everything" behind a confirmation. */
export function StorageSection({ api, version, onChanged }: SectionProps) {
  const [stats, setStats] = useState<StoreStats | null>(null);
  // The store version the figures shown answer for: behind `version` while a reload is out, so
  // the figures say they are about to change (aria-busy) from the very render that changed them.
  const [shown, setShown] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    let latest = true;
    api.stats().then(
      (s) => {
        if (!latest) return;
        setStats(s);
        setShown(version);
      },
      (e) => {
        if (!latest) return;
        setStatus({ ok: false, text: errorText(e) });
        setShown(version);
      },
    );
    // A slower answer to an older request must not overwrite the newer figures.
    return () => {
      latest = false;
    };
  }, [api, version]);

  const clear = async () => {
    setConfirming(false);
    try {
      const n = await api.clearAll();
      setStatus({ ok: true, text: tCount('optCleared', n) });
      onChanged();
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    }
  };

  const used = formatBytes(stats?.bytesUsed);
  const quota = formatBytes(stats?.bytesQuota);
  const share =
    stats?.bytesUsed != null && stats.bytesQuota
      ? Math.min(1, stats.bytesUsed / stats.bytesQuota)
      : null;

  return (
    <section class="cb-card cb-section" aria-labelledby="storage-h" data-cb="storage">
      <h2 id="storage-h">{t('optStorage')}</h2>
      <dl class="cb-stats-grid" data-cb="stats" aria-busy={shown !== version}>
        <div>
          <dt>{t('optStatReports')}</dt>
          <dd data-cb="stat-reports">{stats ? stats.reports : '…'}</dd>
        </div>
        <div>
          <dt>{t('optStatSentences')}</dt>
          <dd>{stats ? stats.sentences : '…'}</dd>
        </div>
        <div>
          <dt>{t('optStatUsed')}</dt>
          <dd>{used ?? '—'}</dd>
        </div>
      </dl>
      {share !== null ? (
        <div
          class="cb-meter"
          role="meter"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(share * 100)}
          aria-label={t('optStatUsed')}
        >
          <span style={{ width: `${Math.max(1, share * 100)}%` }} />
        </div>
      ) : null}
      {used && quota ? <p class="cb-muted cb-small">{t('optUsedOf', [used, quota])}</p> : null}
      <div class="cb-danger-zone">
        {confirming ? (
          <div
            class="cb-confirm"
            role="group"
            aria-label={tCount('optClearConfirm', stats?.reports ?? 0)}
          >
            <p>{tCount('optClearConfirm', stats?.reports ?? 0)}</p>
            <div class="cb-actions">
              <button type="button" class="cb-btn" onClick={() => setConfirming(false)}>
                {t('optCancel')}
              </button>
              <button
                type="button"
                class="cb-btn cb-btn--dangerfill"
                data-cb="clear-confirm"
                onClick={() => void clear()}
              >
                {t('optClearYes')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            class="cb-btn cb-btn--danger"
            data-cb="clear-all"
            onClick={() => setConfirming(true)}
          >
            {t('optClearAll')}
          </button>
        )}
      </div>
      {status ? (
        <p
          class={`cb-notice ${status.ok ? 'cb-notice--ok' : 'cb-notice--error'}`}
          role={status.ok ? 'status' : 'alert'}
        >
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
