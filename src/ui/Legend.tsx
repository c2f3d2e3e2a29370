import { IconButton } from './IconButton.tsx';
import { Switch } from './Switch.tsx';
import { t, tCount, type MessageKey } from './t.ts';

export interface LegendProps {
  sourced: number;
  unverified: number;
  /** Sentences left unmarked, counted by their first reason (not-flagged.ts). */
  notFlagged: ReadonlyArray<{ key: MessageKey; count: number }>;
  highlightsOn: boolean;
  collapsed: boolean;
  /** The claim moved to with next/previous, if any. */
  focused: { ordinal: number; total: number; label: string } | null;
  onToggleHighlights: () => void;
  onCollapse: (collapsed: boolean) => void;
  onStep: (direction: 1 | -1) => void;
  onOpen: () => void;
  /** The bottom corner to sit in (left when the page has a widget bottom-right). */
  corner?: 'right' | 'left';
}

/**
 * The corner pill: what the two underline styles mean, how many claims, on/off, and
 * next/previous claim for keyboard users. Collapses to a small round button.
 */
export function Legend(props: LegendProps) {
  const total = props.sourced + props.unverified;
  const left = props.corner === 'left';
  if (props.collapsed) {
    return (
      <button
        type="button"
        class={left ? 'cb-legend-fab cb-corner-left' : 'cb-legend-fab'}
        data-cb="legend-expand"
        aria-label={tCount('legendExpand', total)}
        title={tCount('legendExpand', total)}
        onClick={() => props.onCollapse(false)}
      >
        <span class="cb-logo" aria-hidden="true">
          ✓
        </span>
        <span class="cb-fab-count">{total}</span>
      </button>
    );
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (target?.tagName === 'BUTTON' && (event.key === 'Enter' || event.key === ' ')) return;
    if (event.key === 'j' || event.key === 'ArrowDown') {
      event.preventDefault();
      props.onStep(1);
    } else if (event.key === 'k' || event.key === 'ArrowUp') {
      event.preventDefault();
      props.onStep(-1);
    } else if (event.key === 'Enter' && props.focused) {
      event.preventDefault();
      props.onOpen();
    }
  };
  return (
    <div
      class={left ? 'cb-legend cb-corner-left' : 'cb-legend'}
      role="region"
      aria-label={t('legendLabel')}
      data-cb="legend"
      onKeyDown={onKeyDown}
    >
      <span class="cb-legend-brand" aria-hidden="true">
        ✓
      </span>
      <span class="cb-legend-item" data-cb="legend-sourced">
        <span class="cb-swatch cb-swatch--sourced" aria-hidden="true" />
        {t('legendSourced', props.sourced)}
      </span>
      <span class="cb-legend-item" data-cb="legend-unverified">
        <span class="cb-swatch cb-swatch--unverified" aria-hidden="true" />
        {t('legendUnverified', props.unverified)}
      </span>
      <NotFlaggedItem counts={props.notFlagged} />
      <span class="cb-legend-sep" aria-hidden="true" />
      <IconButton
        label={t('previousClaim')}
        title={t('previousClaimKey')}
        disabled={total === 0 || !props.highlightsOn}
        onClick={() => props.onStep(-1)}
      >
        ‹
      </IconButton>
      {props.focused ? (
        <button
          type="button"
          class="cb-legend-pos"
          data-cb="legend-open"
          title={props.focused.label}
          aria-label={t('openClaimDetails', [props.focused.ordinal, props.focused.total])}
          aria-describedby="cb-legend-focused"
          onClick={props.onOpen}
        >
          {props.focused.ordinal}/{props.focused.total}
          <span id="cb-legend-focused" class="cb-sr">
            {props.focused.label}
          </span>
        </button>
      ) : null}
      <IconButton
        data-cb="legend-next"
        label={t('nextClaim')}
        title={t('nextClaimKey')}
        disabled={total === 0 || !props.highlightsOn}
        onClick={() => props.onStep(1)}
      >
        ›
      </IconButton>
      <Switch
        on={props.highlightsOn}
        data-cb="legend-toggle"
        aria-label={t('highlightsSwitch')}
        title={t('highlightsSwitch')}
        onClick={props.onToggleHighlights}
      />
      <IconButton
        data-cb="legend-collapse"
        label={t('legendCollapse')}
        onClick={() => props.onCollapse(true)}
      >
        ×
      </IconButton>
    </div>
  );
}

/** "Not flagged 12", with why (the reasons and their counts) as its tooltip and spoken text. */
function NotFlaggedItem({ counts }: { counts: LegendProps['notFlagged'] }) {
  const total = counts.reduce((n, c) => n + c.count, 0);
  if (total === 0) return null;
  const why = t(
    'legendNotFlaggedWhy',
    counts.map((c) => t('notFlaggedCount', [t(c.key), c.count])).join(', '),
  );
  return (
    <span class="cb-legend-item cb-legend-none" data-cb="legend-none" title={why}>
      {t('legendNotFlagged', total)}
      <span class="cb-sr" data-cb="legend-none-why">
        {' '}
        ({why})
      </span>
    </span>
  );
}
