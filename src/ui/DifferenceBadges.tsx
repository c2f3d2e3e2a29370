import type { Difference, DifferenceType } from '../model/report.ts';
import { differenceDetail } from './difference-detail.ts';
import { t, type MessageKey } from './t.ts';

const LABEL_KEYS: Record<DifferenceType, MessageKey> = {
  'attribution-dropped': 'diffAttributionDropped',
  'attribution-added': 'diffAttributionAdded',
  'attribution-changed': 'diffAttributionChanged',
  'number-changed': 'diffNumberChanged',
  'hedge-added': 'diffHedgeAdded',
  'hedge-removed': 'diffHedgeRemoved',
  'quote-altered': 'diffQuoteAltered',
  'detail-missing': 'diffDetailMissing',
  'detail-added': 'diffDetailAdded',
  wording: 'diffWording',
};

// Differences that change what the reader can check get a stronger colour.
const TONE: Partial<Record<DifferenceType, string>> = {
  'attribution-dropped': 'alert',
  'number-changed': 'alert',
  'quote-altered': 'alert',
  'attribution-changed': 'warn',
  'hedge-removed': 'warn',
  'hedge-added': 'warn',
};

export function differenceLabel(type: DifferenceType): string {
  return t(LABEL_KEYS[type] ?? 'diffWording');
}

/** Typed difference badges, each with its plain-text detail; `site` names the other report. */
export function DifferenceBadges({
  differences,
  site,
}: {
  differences: readonly Difference[];
  site: string;
}) {
  if (differences.length === 0) return null;
  return (
    <ul class="cb-diffs" aria-label={t('differencesLabel')}>
      {differences.map((d, i) => (
        <li key={i} data-cb="difference" data-type={d.type}>
          <span class={`cb-diffbadge${TONE[d.type] ? ` cb-diffbadge--${TONE[d.type]}` : ''}`}>
            {differenceLabel(d.type)}
          </span>
          <span class="cb-diffdetail">{differenceDetail(d, site)}</span>
        </li>
      ))}
    </ul>
  );
}
