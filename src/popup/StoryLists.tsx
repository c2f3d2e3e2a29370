import type { StoryMember } from '../model/report.ts';
import type { PageSummary } from '../model/summary.ts';
import { siteOf } from '../text/site.ts';
import { formatDate } from '../ui/format.ts';
import { ROLE_KEYS } from '../ui/MatchList.tsx';
import { t, tCount, type MessageKey } from '../ui/t.ts';
import { WebLink } from '../ui/WebLink.tsx';

/** Shared claims shown per report; the page's popovers have the rest. */
const MAX_SHARED = 3;

/** Claims by independent outlets carrying them: several, this outlet only, no other report. */
export function OutletCounts({ outlets }: { outlets: PageSummary['outlets'] }) {
  return (
    <ul class="cb-outlets" data-cb="outlet-counts" aria-label={t('popupOutlets')}>
      <li data-cb="outlets-many">{tCount('popupOutletsMany', outlets.many)}</li>
      <li data-cb="outlets-one">{tCount('popupOutletsOne', outlets.one)}</li>
      <li data-cb="outlets-none">{tCount('popupOutletsNone', outlets.none)}</li>
    </ul>
  );
}

function Member({ m, shared }: { m: StoryMember; shared: PageSummary['storyClaims'][number] }) {
  return (
    <li data-cb="story-member" data-role={m.role} data-independent={String(m.independent ?? false)}>
      <div class="cb-story-head">
        <span class="cb-story-site">{m.site || (siteOf(m.url) ?? m.url)}</span>
        <span class={`cb-role cb-role--${m.role}`}>{t(ROLE_KEYS[m.role])}</span>
      </div>
      <WebLink class="cb-story-title" href={m.url}>
        {m.title || m.url}
      </WebLink>
      <p class="cb-muted cb-small">
        {[formatDate(m.publishedTime ?? m.readAt), tCount('popupSharedCount', shared.length)].join(
          ' · ',
        )}
      </p>
      {shared.length > 0 ? (
        <ul class="cb-story-claims" data-cb="story-claims">
          {shared.slice(0, MAX_SHARED).map((c) => (
            <li key={c.index}>{c.text}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * The story elsewhere in two lists: copies of this report (its original, copies, rewrites:
 * one outlet's text) and reports of the same story written independently.
 */
export function StoryLists({ summary }: { summary: PageSummary }) {
  const lists: Array<[string, MessageKey, StoryMember[]]> = [
    ['copies', 'popupCopies', summary.story.filter((m) => !m.independent)],
    ['independent', 'popupIndependent', summary.story.filter((m) => m.independent)],
  ];
  return (
    <>
      {lists.map(([name, title, members]) =>
        members.length === 0 ? null : (
          <div key={name} class="cb-story-group">
            <h3 class="cb-story-group-title">{t(title)}</h3>
            <ol class="cb-story" data-cb={`story-${name}`}>
              {members.map((m) => (
                <Member key={m.reportId} m={m} shared={summary.storyClaims[m.reportId] ?? []} />
              ))}
            </ol>
          </div>
        ),
      )}
    </>
  );
}
