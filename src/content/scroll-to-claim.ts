import type { PaintedClaim } from './painted-claim.ts';

// A claim already between these fractions of the viewport's height is left where it is.
const COMFORT_TOP = 0.15;
const COMFORT_BOTTOM = 0.7;

/** Brings a claim into view, its first line a third of the way down, unless it is already in sight. */
export function scrollToClaim(view: Window, claim: PaintedClaim): void {
  const rect = claim.range.getClientRects()[0];
  if (!rect) return;
  if (
    rect.top >= view.innerHeight * COMFORT_TOP &&
    rect.bottom <= view.innerHeight * COMFORT_BOTTOM
  )
    return;
  const smooth = !view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const el = claim.range.startContainer.parentElement;
  // Inner scrollers first (nearest), then the window puts the line a third of the way down.
  el?.scrollIntoView?.({ block: 'nearest' });
  const again = claim.range.getClientRects()[0] ?? rect;
  view.scrollBy?.({
    top: again.top - view.innerHeight / 3,
    behavior: smooth ? 'smooth' : 'auto',
  });
}
