import type { SourceType } from '../model/claim.ts';
import type { PageSummary } from '../model/summary.ts';
import { sourceTypeLabel } from '../ui/ClaimWhy.tsx';
import { Switch } from '../ui/Switch.tsx';
import { t, tCount } from '../ui/t.ts';
import { NotFlagged } from './NotFlagged.tsx';
import { OutletCounts, StoryLists } from './StoryLists.tsx';

// The popup is small: long lists are cut here, the page has the rest.
const MAX_SOURCES = 6;
const MAX_UNVERIFIED = 8;

export interface SummaryViewProps {
  summary: PageSummary;
  onJump: (index: number) => void;
  onToggleHighlights: (on: boolean) => void;
}

/** The page at a glance: counts, who speaks, what is unverified, the story elsewhere. */
export function SummaryView({ summary, onJump, onToggleHighlights }: SummaryViewProps) {
  const unverified = summary.counts.anonymous + summary.counts.unattributed;
  const topCount = summary.sources[0]?.count ?? 1;
  return (
    <div class="cb-summary" data-cb="summary">
      <header class="cb-page">
        <p class="cb-page-site">{summary.site}</p>
        <h1 class="cb-page-title">{summary.title}</h1>
      </header>
      <ul class="cb-stats" aria-label={t('popupCounts')}>
        <li class="cb-stat cb-stat--sourced" data-cb="count-sourced">
          <span class="cb-stat-n">{summary.counts.sourced}</span>
          <span class="cb-stat-label">
            <span class="cb-swatch cb-swatch--sourced" aria-hidden="true" /> {t('kindSourced')}
          </span>
        </li>
        <li class="cb-stat cb-stat--unverified" data-cb="count-unverified">
          <span class="cb-stat-n">{unverified}</span>
          <span class="cb-stat-label">
            <span class="cb-swatch cb-swatch--unverified" aria-hidden="true" />{' '}
            {t('kindUnverified')}
          </span>
        </li>
        <li class="cb-stat" data-cb="count-matched">
          <span class="cb-stat-n">{summary.ready ? summary.matchedClaims : '…'}</span>
          <span class="cb-stat-label">{t('popupMatched')}</span>
        </li>
      </ul>
      {summary.ready && !summary.error ? <OutletCounts outlets={summary.outlets} /> : null}
      {summary.error ? (
        <p class="cb-notice cb-notice--error" role="alert">
          {t('matchesFailed', summary.error)}
        </p>
      ) : null}
      <div class="cb-row">
        <span id="cb-hl-label">{t('highlightsSwitch')}</span>
        <Switch
          on={summary.highlightsOn}
          aria-labelledby="cb-hl-label"
          data-cb="highlights-switch"
          onClick={() => onToggleHighlights(!summary.highlightsOn)}
        />
      </div>

      <section class="cb-section" aria-labelledby="cb-sources-h">
        <h2 id="cb-sources-h" class="cb-section-title">
          {t('popupSources')}
        </h2>
        {summary.sources.length === 0 ? (
          <p class="cb-muted cb-small">{t('popupNoSources')}</p>
        ) : (
          <ol class="cb-sources" data-cb="sources">
            {summary.sources.slice(0, MAX_SOURCES).map((s) => (
              <li key={s.name}>
                <span class="cb-source-name">
                  {s.name} <span class="cb-muted">· {sourceTypeLabel(s.type as SourceType)}</span>
                </span>
                <span class="cb-bar" aria-hidden="true">
                  <span style={{ width: `${Math.max(8, (s.count / topCount) * 100)}%` }} />
                </span>
                {/* aria-label is not allowed on a plain span: the spoken form is hidden text. */}
                <span class="cb-source-count">
                  <span aria-hidden="true">{s.count}</span>
                  <span class="cb-sr">{tCount('popupTimes', s.count)}</span>
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section class="cb-section" aria-labelledby="cb-unverified-h">
        <h2 id="cb-unverified-h" class="cb-section-title">
          {t('popupUnverified', unverified)}
        </h2>
        {summary.unverified.length === 0 ? (
          <p class="cb-muted cb-small">{t('popupNoUnverified')}</p>
        ) : (
          <ol class="cb-unverified" data-cb="unverified">
            {summary.unverified.slice(0, MAX_UNVERIFIED).map((u) => (
              <li key={u.index}>
                <button
                  type="button"
                  class="cb-jump"
                  data-cb="jump"
                  data-index={u.index}
                  onClick={() => onJump(u.index)}
                >
                  <span class="cb-jump-text">{u.text}</span>
                  <span class="cb-jump-meta">
                    {t(u.kind === 'anonymous' ? 'popupAnonymous' : 'popupNoSource')}
                    {u.hedged ? ` · ${t('popupHedged')}` : ''}
                    <span class="cb-jump-go"> · {t('popupJump')}</span>
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>

      <NotFlagged sentences={summary.notFlagged} />

      <section class="cb-section" aria-labelledby="cb-story-h">
        <h2 id="cb-story-h" class="cb-section-title">
          {t('popupStory')}
        </h2>
        {summary.story.length === 0 ? (
          <p class="cb-muted cb-small">{summary.ready ? t('popupNoStory') : t('matchesLoading')}</p>
        ) : (
          <StoryLists summary={summary} />
        )}
      </section>
    </div>
  );
}
