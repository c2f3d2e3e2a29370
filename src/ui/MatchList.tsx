import type { ClaimMatch, ReportSummary, StoryRole } from '../model/report.ts';
import { safeHref } from '../model/web-url.ts';
import { DiffText } from './DiffText.tsx';
import { DifferenceBadges } from './DifferenceBadges.tsx';
import { siteOf } from '../text/site.ts';
import { formatDate } from './format.ts';
import { t, type MessageKey } from './t.ts';
import { textFragmentUrl } from './text-fragment.ts';

export const ROLE_KEYS: Record<StoryRole, MessageKey> = {
  original: 'roleOriginal',
  copy: 'roleCopy',
  earlier: 'roleEarlier',
  later: 'roleLater',
  related: 'roleRelated',
};

export interface MatchListProps {
  ours: string;
  matches: readonly ClaimMatch[];
  reports: Readonly<Record<number, ReportSummary>>;
  roles: Readonly<Record<number, StoryRole>>;
}

/** The other reports carrying this claim: where, when, their wording and what differs. */
export function MatchList({ ours, matches, reports, roles }: MatchListProps) {
  return (
    <ol class="cb-matches" data-cb="matches">
      {matches.map((m) => {
        const report = reports[m.reportId];
        const url = report?.url ?? '';
        // Only an http(s) address becomes a link, whatever the store holds.
        const web = safeHref(url);
        const link = web ? textFragmentUrl(web, m.sentence) : null;
        const date = formatDate(report?.publishedTime ?? report?.readAt ?? null);
        const role = roles[m.reportId];
        return (
          <li
            key={`${m.reportId}:${m.sentenceIndex}`}
            class="cb-match"
            data-cb="match"
            data-report-id={m.reportId}
          >
            <div class="cb-match-head">
              <span class="cb-site">
                {report?.site || (siteOf(url) ?? url) || t('unknownSite')}
              </span>
              {date ? <span class="cb-muted"> · {date}</span> : null}
              {role && role !== 'related' ? (
                <span class={`cb-role cb-role--${role}`}>{t(ROLE_KEYS[role])}</span>
              ) : null}
            </div>
            {report?.title ? <p class="cb-match-title">{report.title}</p> : null}
            <p class="cb-relation cb-muted" data-cb="relation" data-relation={m.relation ?? 'same'}>
              {t(m.relation === 'overlap' ? 'relationOverlap' : 'relationSame')}
            </p>
            <DiffText ours={ours} theirs={m.sentence} />
            <DifferenceBadges
              differences={m.differences}
              site={report?.site || t('diffOtherReport')}
            />
            {link ? (
              <a
                class="cb-link cb-open"
                data-cb="open-report"
                href={link}
                target="_blank"
                rel="noopener noreferrer"
              >
                {t('openAtSentence')}
                <span aria-hidden="true"> ↗</span>
              </a>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
