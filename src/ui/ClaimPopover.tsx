import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { HighlightDisplay, SentenceAnalysis } from '../model/claim.ts';
import type { ClaimMatch, ReportSummary, StoryRole } from '../model/report.ts';
import { ClaimWhy } from './ClaimWhy.tsx';
import { explainClaim } from './explain-claim.ts';
import { IconButton } from './IconButton.tsx';
import { KindBadge } from './KindBadge.tsx';
import { MatchList } from './MatchList.tsx';
import { placePopover, type Placement } from './place-popover.ts';
import { t, tCount } from './t.ts';

export interface PopoverClaim {
  /** Sentence index in the page analysis. */
  index: number;
  /** 1-based position among the highlighted claims, and their number. */
  ordinal: number;
  total: number;
  display: HighlightDisplay;
  sentence: SentenceAnalysis;
}

export interface ClaimPopoverProps {
  claim: PopoverClaim;
  /** Null while the background is still cross-referencing. */
  matches: readonly ClaimMatch[] | null;
  reports: Readonly<Record<number, ReportSummary>>;
  roles: Readonly<Record<number, StoryRole>>;
  /** Independent outlets carrying the claim, this page's included (absent: not counted). */
  outlets?: number;
  error: string | null;
  /** Viewport rectangle of the highlighted text, asked again on every scroll and resize. */
  anchor: () => DOMRect | null;
  view: Window;
  autoFocus: boolean;
  onClose: () => void;
  onStep: (direction: 1 | -1) => void;
}

// Wide enough for a sentence and its diff, narrow enough to sit beside the text.
const WIDTH = 400;
/**
 * The card's one height, whatever it holds (loading, "not seen elsewhere", ten matches): the
 * page can hit-test our box, so a box that grew with the matches would tell it whether the
 * reader's history holds this claim. Longer content scrolls inside.
 */
export const CARD_HEIGHT = 360;
const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The claim card: kind and why, the other reports with their diffs, next/previous. */
export function ClaimPopover(props: ClaimPopoverProps) {
  const { claim, matches, view } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<Placement | null>(null);
  const why = explainClaim(claim.sentence);
  const titleId = `cb-popover-title-${claim.index}`;

  // Follow the text on scroll and resize (one measurement per frame). Where the card goes
  // depends on the text's place and the viewport only, never on what the card holds.
  useLayoutEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const el = ref.current;
      const rect = props.anchor();
      if (!el || !rect) return;
      const size = { width: Math.min(WIDTH, view.innerWidth - 16), height: CARD_HEIGHT };
      setPlace(placePopover(rect, size, { width: view.innerWidth, height: view.innerHeight }));
    };
    const schedule = () => {
      if (!frame) frame = view.requestAnimationFrame(update);
    };
    update();
    view.addEventListener('scroll', schedule, { capture: true, passive: true });
    view.addEventListener('resize', schedule, { passive: true });
    return () => {
      if (frame) view.cancelAnimationFrame(frame);
      view.removeEventListener('scroll', schedule, { capture: true });
      view.removeEventListener('resize', schedule);
    };
  }, [props.anchor, view]);

  // Focus once placed: an element still hidden while it is measured cannot take focus.
  const placed = place !== null;
  useEffect(() => {
    if (props.autoFocus && placed) ref.current?.focus({ preventScroll: true });
  }, [claim.index, props.autoFocus, placed]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    // Keep Tab inside the dialog while it is open; Esc is the way out.
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    const active = (ref.current.getRootNode() as ShadowRoot | Document).activeElement;
    if (!first || !last) return;
    if (event.shiftKey && (active === first || active === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const style = place
    ? {
        top: `${place.top}px`,
        left: `${place.left}px`,
        height: `${Math.min(CARD_HEIGHT, place.maxHeight)}px`,
      }
    : { visibility: 'hidden', top: '0px', left: '0px', height: `${CARD_HEIGHT}px` };

  return (
    <div
      ref={ref}
      class={`cb-popover cb-popover--${place?.side ?? 'below'}`}
      role="dialog"
      aria-labelledby={titleId}
      tabindex={-1}
      data-cb="popover"
      data-index={claim.index}
      data-display={claim.display}
      style={style}
      onKeyDown={onKeyDown}
    >
      <div class="cb-popover-head">
        <KindBadge display={claim.display} />
        <h2 id={titleId} class="cb-popover-title">
          {t('claimOf', [claim.ordinal, claim.total])}
        </h2>
        <div class="cb-popover-nav">
          <IconButton label={t('previousClaim')} onClick={() => props.onStep(-1)}>
            ‹
          </IconButton>
          <IconButton label={t('nextClaim')} onClick={() => props.onStep(1)}>
            ›
          </IconButton>
          <IconButton data-cb="close" label={t('close')} onClick={props.onClose}>
            ×
          </IconButton>
        </div>
      </div>
      <ClaimWhy kind={claim.sentence.kind} why={why} />
      <section class="cb-others" aria-label={t('otherReports')}>
        <h3 class="cb-section-title">{t('otherReports')}</h3>
        {props.error ? (
          <p class="cb-empty cb-error" data-cb="error">
            {t('matchesFailed', props.error)}
          </p>
        ) : matches === null ? (
          <p class="cb-empty" data-cb="loading">
            {t('matchesLoading')}
          </p>
        ) : matches.length === 0 ? (
          <p class="cb-empty" data-cb="empty">
            {t('notSeenElsewhere')}
          </p>
        ) : (
          <>
            {props.outlets ? (
              <p class="cb-outlets-line" data-cb="outlets">
                {tCount('independentOutlets', props.outlets)}
              </p>
            ) : null}
            <MatchList
              ours={claim.sentence.text}
              matches={matches}
              reports={props.reports}
              roles={props.roles}
            />
          </>
        )}
      </section>
    </div>
  );
}
