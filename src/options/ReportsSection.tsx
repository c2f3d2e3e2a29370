import { useEffect, useState } from 'preact/hooks';
import type { ReportSummary } from '../model/report.ts';
import { siteOf } from '../text/site.ts';
import { formatDate } from '../ui/format.ts';
import { t, tCount } from '../ui/t.ts';
import { WebLink } from '../ui/WebLink.tsx';
import { errorText, type SectionProps } from './api.ts';

// One page of the list; "Show more" loads the next.
const PAGE = 50;
// Typing settles before the store is searched.
const SEARCH_DELAY_MS = 200;

/** The reports read so far: search, open, delete. */
export function ReportsSection({ api, version, onChanged }: SectionProps) {
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<ReportSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [limit, setLimit] = useState(PAGE);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      setLoading(true);
      api
        .listReports({ query: query.trim() || undefined, offset: 0, limit })
        .then((r) => {
          if (!live) return;
          setItems(r.items);
          setTotal(r.total);
          setError(null);
        })
        .catch((e) => live && setError(errorText(e)))
        .finally(() => live && setLoading(false));
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, limit, version]);

  const remove = async (report: ReportSummary) => {
    try {
      await api.deleteReport(report.id);
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section class="cb-card cb-section" aria-labelledby="reports-h" data-cb="reports">
      <div class="cb-section-head">
        <h2 id="reports-h">{t('optReports')}</h2>
        <span class="cb-muted">{t('optReportsCount', total)}</span>
      </div>
      <label class="cb-search">
        <span class="cb-sr">{t('optSearch')}</span>
        <input
          type="search"
          class="cb-input"
          placeholder={t('optSearchPlaceholder')}
          value={query}
          data-cb="search"
          onInput={(e) => {
            setQuery((e.currentTarget as HTMLInputElement).value);
            setLimit(PAGE);
          }}
        />
      </label>
      {error ? (
        <p class="cb-notice cb-notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {!loading && items.length === 0 ? (
        <p class="cb-empty">{query ? t('optNoMatch') : t('optNoReports')}</p>
      ) : (
        <ul class="cb-reports" aria-busy={loading}>
          {items.map((r) => (
            <li key={r.id} class="cb-report" data-cb="report" data-report-id={r.id}>
              <div class="cb-report-main">
                <WebLink class="cb-report-title" href={r.url}>
                  {r.title || r.url}
                </WebLink>
                <p class="cb-muted cb-small">
                  {[
                    r.site || (siteOf(r.url) ?? r.url),
                    formatDate(r.publishedTime),
                    t('optReadOn', formatDate(r.readAt) ?? ''),
                    tCount('optSentences', r.sentenceCount),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </div>
              <button
                type="button"
                class="cb-btn cb-btn--ghost cb-btn--danger"
                data-cb="delete-report"
                aria-label={t('optDeleteReport', r.title || r.url)}
                onClick={() => void remove(r)}
              >
                {t('optDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {items.length < total ? (
        <button type="button" class="cb-btn" onClick={() => setLimit(limit + PAGE)}>
          {t('optShowMore')}
        </button>
      ) : null}
    </section>
  );
}
