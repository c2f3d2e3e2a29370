import type { HighlightDisplay } from '../model/claim.ts';
/** A claim as the page paints it: what both the highlights and their fallback boxes draw. */
export interface PaintedClaim {
  /** Sentence index in the page analysis. */
  index: number;
  display: HighlightDisplay;
  range: Range;
}
