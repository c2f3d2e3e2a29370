/** A claim as the page paints it: what both the highlights and their fallback boxes draw. */
export interface PaintedClaim {
  /** Sentence index in the page analysis. */
  index: number;
  display: 'sourced' | 'unverified';
  range: Range;
}
