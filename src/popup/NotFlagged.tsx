import type { PageSummary } from '../model/summary.ts';
import { notFlaggedText } from '../ui/ClaimWhy.tsx';
import { notFlaggedCounts, notFlaggedKeys } from '../ui/not-flagged.ts';
import { t, type MessageKey } from '../ui/t.ts';

// The popup is small: the sentences listed are cut here (the counts cover them all).
const MAX_LISTED = 8;
// Page furniture is counted but not listed: a reader asks about sentences, not headings.
const FURNITURE: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'notFlaggedHeading',
  'notFlaggedByline',
  'notFlaggedBoilerplate',
  'notFlaggedLanguage',
  'notFlaggedTooLong',
]);

/**
 * The sentences left unmarked and why: reason counts, then the sentences themselves (page text,
 * rendered as text) with their reasons, folded away until asked for. No section at all when
 * every sentence is a claim: a heading over nothing only makes the reader look for it.
 */
export function NotFlagged({ sentences }: { sentences: PageSummary['notFlagged'] }) {
  if (sentences.length === 0) return null;
  const counts = notFlaggedCounts(sentences);
  const listed = sentences.filter((s) => {
    const first = notFlaggedKeys(s.reasons)[0];
    return first && !FURNITURE.has(first);
  });
  return (
    <section class="cb-section" aria-labelledby="cb-not-flagged-h" data-cb="not-flagged">
      <h2 id="cb-not-flagged-h" class="cb-section-title">
        {t('popupNotFlagged', sentences.length)}
      </h2>
      {counts.length > 0 ? (
        <p class="cb-muted cb-small" data-cb="not-flagged-counts">
          {counts.map((c) => t('notFlaggedCount', [t(c.key), c.count])).join(' · ')}
        </p>
      ) : null}
      {listed.length > 0 ? (
        <details class="cb-not-flagged">
          <summary>{t('popupNotFlaggedIntro')}</summary>
          <ol class="cb-unverified" data-cb="not-flagged-list">
            {listed.slice(0, MAX_LISTED).map((s) => (
              <li key={s.index} class="cb-not-flagged-item" data-index={s.index}>
                <span class="cb-jump-text">{s.text}</span>
                <span class="cb-jump-meta" data-cb="not-flagged-why">
                  {notFlaggedText(s.reasons)}
                </span>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
