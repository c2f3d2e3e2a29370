import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoryListing, StoryOrigin, StoryReport } from '../model/story-list.ts';
import { siteOf } from '../text/site.ts';
import { formatDate } from '../ui/format.ts';
import { t, tCount, type MessageKey } from '../ui/t.ts';
import { WebLink } from '../ui/WebLink.tsx';
import { errorText, type SectionProps } from './api.ts';

// Stories per request; "Show more" asks for the next page (the background caps a page at 50).
const PAGE = 20;
// While imported reports are still being filed, the list is asked for again this often.
const FILING_POLL_MS = 1_000;

type Role = 'original' | 'copy' | 'independent';

const ROLE_KEYS: Record<Role, MessageKey> = {
  original: 'roleOriginal',
  copy: 'roleCopy',
  independent: 'roleIndependent',
};

/** An origin with copies: its original, then the copies; one alone is an independent report. */
function roleOf(origin: StoryOrigin, i: number): Role {
  if (origin.reports.length === 1) return 'independent';
  return i === 0 ? 'original' : 'copy';
}

function Report({ r, role, badge }: { r: StoryReport; role: Role; badge: boolean }) {
  return (
    <li class="cb-story-report" data-cb="story-report" data-role={role} data-report-id={r.id}>
      <div class="cb-story-head">
        <span class="cb-story-site">{r.site || (siteOf(r.url) ?? r.url)}</span>
        {badge ? <span class={`cb-role cb-role--${role}`}>{t(ROLE_KEYS[role])}</span> : null}
      </div>
      <WebLink class="cb-report-title" href={r.url}>
        {r.title || r.url}
      </WebLink>
      <p class="cb-muted cb-small">
        {[formatDate(r.publishedTime), t('optReadOn', formatDate(r.readAt) ?? '')]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </li>
  );
}

function Story({ story }: { story: StoryListing }) {
  const lead = story.origins[0]?.reports[0];
  const listed = story.origins.reduce((n, o) => n + o.reports.length, 0);
  // A story of one report has no roles to tell apart.
  const badges = story.reportCount > 1;
  return (
    <li class="cb-story-item" data-cb="story" data-story-id={story.id}>
      <h3 class="cb-story-name">{lead ? lead.title || lead.url : ''}</h3>
      <p class="cb-muted cb-small">
        {[
          tCount('optStoryReports', story.reportCount),
          tCount('optStoryOutlets', story.originCount),
          t('optReadOn', formatDate(story.latestReadAt) ?? ''),
        ].join(' · ')}
      </p>
      <ol class="cb-story-origins">
        {story.origins.map((origin) => (
          <li
            key={origin.reports[0]?.id}
            class="cb-story-origin"
            data-cb="story-origin"
            data-copies={String(origin.reports.length > 1)}
          >
            {origin.agency ? (
              <p class="cb-muted cb-small" data-cb="story-agency">
                {t('optStoryAgency', origin.agency)}
              </p>
            ) : null}
            <ul class="cb-story-reports">
              {origin.reports.map((r, i) => (
                <Report key={r.id} r={r} role={roleOf(origin, i)} badge={badges} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {story.reportCount > listed ? (
        <p class="cb-muted cb-small">{tCount('optStoryMore', story.reportCount - listed)}</p>
      ) : null}
    </li>
  );
}

/** The reports read so far grouped by story, and within a story by origin (copies together). */
export function StoriesSection({ api, version }: SectionProps) {
  const [items, setItems] = useState<StoryListing[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [filing, setFiling] = useState(0);
  // Answers of an older load (before a change reset the list) are dropped.
  const generation = useRef(0);

  /** Loads the page of stories from `offset` (0 starts the list again; else appends). */
  const load = (offset: number) => {
    const mine = offset === 0 ? ++generation.current : generation.current;
    setLoading(true);
    api
      .listStories({ offset, limit: PAGE })
      .then((r) => {
        if (mine !== generation.current) return;
        setItems((shown) => (offset === 0 ? r.items : [...shown, ...r.items]));
        setTotal(r.total);
        setFiling(r.filing);
        setError(null);
      })
      .catch((e) => mine === generation.current && setError(errorText(e)))
      .finally(() => mine === generation.current && setLoading(false));
  };

  useEffect(() => {
    load(0);
    return () => void ++generation.current;
  }, [api, version]);

  // Reports being filed move into their stories: the first page again until they all have.
  useEffect(() => {
    if (loading || filing === 0) return;
    const timer = setTimeout(() => load(0), FILING_POLL_MS);
    return () => clearTimeout(timer);
  }, [loading, filing]);

  const state = loading ? 'loading' : error ? 'error' : filing > 0 ? 'filing' : 'ready';
  return (
    <section
      class="cb-card cb-section"
      aria-labelledby="stories-h"
      data-cb="stories"
      data-state={state}
    >
      <div class="cb-section-head">
        <h2 id="stories-h">{t('optStories')}</h2>
        <span class="cb-muted">{tCount('optStoriesCount', total)}</span>
      </div>
      {filing > 0 && !error ? (
        <p class="cb-notice" role="status" data-cb="stories-filing">
          {tCount('optStoriesFiling', filing)}
        </p>
      ) : null}
      {error ? (
        <p class="cb-notice cb-notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {!loading && !error && items.length === 0 ? (
        <p class="cb-empty">{t('optNoStories')}</p>
      ) : (
        <ul class="cb-stories" aria-busy={loading}>
          {items.map((s) => (
            <Story key={s.id} story={s} />
          ))}
        </ul>
      )}
      {items.length < total ? (
        <button
          type="button"
          class="cb-btn"
          data-cb="more-stories"
          disabled={loading}
          onClick={() => load(items.length)}
        >
          {t('optShowMore')}
        </button>
      ) : null}
    </section>
  );
}
