import type { SentenceAnalysis } from '../model/claim.ts';
import type { PageAnswer, StoryRole } from '../model/report.ts';
import { whyText } from '../ui/ClaimWhy.tsx';
import { explainClaim } from '../ui/explain-claim.ts';
import type { LegendProps } from '../ui/Legend.tsx';
import { notFlaggedCounts } from '../ui/not-flagged.ts';
import type { OverlayProps } from '../ui/Overlay.tsx';
import { t } from '../ui/t.ts';
import type { LegendCorner } from './legend-corner.ts';
import type { PaintedClaim } from './painted-claim.ts';

/** The claim card that is open: which claim, where it sits, whether it takes focus. */
export interface OpenPopover {
  index: number;
  anchor: () => DOMRect | null;
  autoFocus: boolean;
}

/** A claim as the legend and the screen reader name it: "2 of 9, sourced: …". */
export interface ClaimLabel {
  ordinal: number;
  total: number;
  text: string;
}

export function claimLabel(
  claims: readonly PaintedClaim[],
  sentences: readonly SentenceAnalysis[],
  index: number,
): ClaimLabel | null {
  const pos = claims.findIndex((c) => c.index === index);
  const claim = claims[pos];
  const sentence = sentences[index];
  if (!claim || !sentence) return null;
  const kind = t(claim.display === 'sourced' ? 'kindSourced' : 'kindUnverified');
  const why = whyText(sentence.kind, explainClaim(sentence));
  return { ordinal: pos + 1, total: claims.length, text: `${kind}: ${why}` };
}

/** What the overlay shows, read from the session at one moment. */
export interface OverlayState {
  view: Window;
  claims: readonly PaintedClaim[];
  sentences: readonly SentenceAnalysis[];
  matches: PageAnswer | null;
  matchesError: string | null;
  highlightsOn: boolean;
  legendCollapsed: boolean;
  legendCorner: LegendCorner;
  focused: number | null;
  popover: OpenPopover | null;
  announcement: string;
}

/** What the overlay's controls do. */
export interface OverlayActions {
  toggleHighlights: () => void;
  collapseLegend: (collapsed: boolean) => void;
  step: (direction: 1 | -1) => number | null;
  openFocused: () => void;
  closePopover: () => void;
}

// The legend's not-flagged counts, made once per analysis: the overlay re-renders on every hover.
const notFlaggedMemo = new WeakMap<readonly SentenceAnalysis[], LegendProps['notFlagged']>();

function notFlagged(sentences: readonly SentenceAnalysis[]): LegendProps['notFlagged'] {
  let counts = notFlaggedMemo.get(sentences);
  if (!counts) {
    counts = notFlaggedCounts(sentences.filter((s) => s.kind === 'none'));
    notFlaggedMemo.set(sentences, counts);
  }
  return counts;
}

/** The overlay's props (legend, open card, announcement) from the session's state. */
export function overlayProps(state: OverlayState, actions: OverlayActions): OverlayProps {
  const { claims } = state;
  const sourced = claims.filter((c) => c.display === 'sourced').length;
  const focused =
    state.focused !== null ? claimLabel(claims, state.sentences, state.focused) : null;
  const legend: LegendProps = {
    sourced,
    unverified: claims.length - sourced,
    notFlagged: notFlagged(state.sentences),
    highlightsOn: state.highlightsOn,
    collapsed: state.legendCollapsed,
    corner: state.legendCorner,
    focused: focused
      ? { ordinal: focused.ordinal, total: focused.total, label: focused.text }
      : null,
    onToggleHighlights: actions.toggleHighlights,
    onCollapse: actions.collapseLegend,
    onStep: actions.step,
    onOpen: actions.openFocused,
  };
  return {
    legend,
    popover: popoverProps(state),
    announcement: state.announcement,
    view: state.view,
    onClosePopover: actions.closePopover,
    onStep: actions.step,
  };
}

function popoverProps(state: OverlayState): OverlayProps['popover'] {
  const open = state.popover;
  if (!open) return null;
  const { claims, matches, matchesError } = state;
  const claimPos = claims.findIndex((c) => c.index === open.index);
  const claim = claims[claimPos];
  const sentence = state.sentences[open.index];
  if (!claim || !sentence) return null;
  const roles: Record<number, StoryRole> = {};
  for (const m of matches?.story ?? []) roles[m.reportId] = m.role;
  return {
    claim: {
      index: open.index,
      ordinal: claimPos + 1,
      total: claims.length,
      display: claim.display,
      sentence,
    },
    matches: matchesError ? [] : matches ? (matches.matches[open.index] ?? []) : null,
    reports: matches?.reports ?? {},
    roles,
    ...(matches?.outlets?.[open.index] ? { outlets: matches.outlets[open.index] } : {}),
    error: matchesError,
    anchor: open.anchor,
    autoFocus: open.autoFocus,
  };
}
