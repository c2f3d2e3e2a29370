/** Where the popover goes: below the highlight, above it near the viewport bottom. */

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
  side: 'below' | 'above';
}

// Space kept between the popover and the text, and the viewport's edges.
const GAP = 8;
const MARGIN = 8;

export function placePopover(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const width = Math.min(size.width, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - width - MARGIN));
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  // Below reads naturally after the text: keep it there unless it clearly fits worse.
  if (size.height <= below || below >= Math.min(above, size.height) * 0.8) {
    return { top: anchor.bottom + GAP, left, maxHeight: Math.max(below, 120), side: 'below' };
  }
  const height = Math.min(size.height, above);
  return { top: anchor.top - GAP - height, left, maxHeight: above, side: 'above' };
}
