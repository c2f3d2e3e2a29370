import { useEffect, useState } from 'preact/hooks';
import { t, tCount } from '../ui/t.ts';
import { errorText, type OptionsApi } from './api.ts';
import newsSites from './news-sites.json';
import { groupGranted, patternsFor, type NewsSite } from './origins.ts';

const SUGGESTED: NewsSite[] = newsSites;
// Suggestions shown before "Show all": enough to scan, short enough not to bury the rest.
const FIRST_SUGGESTIONS = 8;

/** Sites Corroborate may read, sites paused, and a suggested list of news sites to allow. */
export function SitesSection({ api }: { api: OptionsApi }) {
  const [granted, setGranted] = useState<string[]>([]);
  const [paused, setPaused] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [showAll, setShowAll] = useState(false);

  useEffect(() => {
    Promise.all([api.grantedOrigins(), api.pausedSites()])
      .then(([g, p]) => {
        setGranted(g);
        setPaused(p);
      })
      .catch((e) => setError(errorText(e)));
  }, [api, version]);

  // Sites allowed or paused on another page (or in another browser) show here at once.
  useEffect(() => api.onSettingsChanged?.(() => setVersion((v) => v + 1)), [api]);

  const act = (work: Promise<unknown>) => {
    setError(null);
    work.then(() => setVersion((v) => v + 1)).catch((e) => setError(errorText(e)));
  };

  const groups = groupGranted(granted);
  const allowed = new Set(groups.map((g) => g.site));
  const suggestions = SUGGESTED.filter((s) => !allowed.has(s.host));

  return (
    <section class="cb-card cb-section" aria-labelledby="sites-h" data-cb="sites">
      <h2 id="sites-h">{t('optSites')}</h2>
      <p class="cb-muted">{t('optSitesHelp')}</p>
      {error ? (
        <p class="cb-notice cb-notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {groups.length === 0 ? (
        <p class="cb-empty">{t('optNoSites')}</p>
      ) : (
        <ul class="cb-chips" data-cb="granted">
          {groups.map((g) => (
            <li key={g.site} class="cb-chip">
              <span>{g.site}</span>
              <button
                type="button"
                class="cb-chip-x"
                aria-label={t('optRemoveSite', g.site)}
                title={t('optRemoveSite', g.site)}
                onClick={() => act(api.removeOrigins(g.patterns))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {paused.length > 0 ? (
        <>
          <h3 class="cb-section-title">{t('optPaused')}</h3>
          <ul class="cb-chips" data-cb="paused">
            {paused.map((site) => (
              <li key={site} class="cb-chip cb-chip--paused">
                <span>{site}</span>
                <button
                  type="button"
                  class="cb-chip-x"
                  aria-label={t('optResumeSite', site)}
                  title={t('optResumeSite', site)}
                  onClick={() => act(api.setPaused(site, false))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {suggestions.length > 0 ? (
        <>
          <div class="cb-section-head">
            <h3 class="cb-section-title">{t('optSuggested')}</h3>
            <button
              type="button"
              class="cb-btn cb-btn--primary"
              data-cb="allow-all"
              onClick={() =>
                act(api.requestOrigins(suggestions.flatMap((s) => patternsFor(s.host))))
              }
            >
              {t('optAllowAll')}
            </button>
          </div>
          <ul class="cb-suggested" data-cb="suggested">
            {(showAll ? suggestions : suggestions.slice(0, FIRST_SUGGESTIONS)).map((s) => (
              <li key={s.host}>
                <button
                  type="button"
                  class="cb-suggest"
                  title={t('optAllowSite', s.name)}
                  onClick={() => act(api.requestOrigins(patternsFor(s.host)))}
                >
                  <span class="cb-suggest-name">{s.name}</span>
                  <span class="cb-muted cb-small">{s.host}</span>
                  <span class="cb-suggest-plus" aria-hidden="true">
                    +
                  </span>
                  <span class="cb-sr">{t('optAllowHint')}</span>
                </button>
              </li>
            ))}
          </ul>
          {!showAll && suggestions.length > FIRST_SUGGESTIONS ? (
            <button
              type="button"
              class="cb-btn cb-btn--ghost cb-more"
              onClick={() => setShowAll(true)}
            >
              {tCount('optShowAllSites', suggestions.length)}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
