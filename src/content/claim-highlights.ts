import { HIGHLIGHT_NAMES, installHighlightSheet } from './highlight-sheet.ts';
import { FallbackBoxes } from './fallback-boxes.ts';
import type { PaintedClaim } from './painted-claim.ts';

interface HitResult {
  highlight?: Highlight;
  ranges?: AbstractRange[];
}

type Registry = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number) => Array<HitResult | Highlight>;
};

// Clicks this close to a line of a claim count as on it (underline sits below the glyphs).
const HIT_SLOP = 3;

/**
 * Paints claims with the CSS Custom Highlight API (no DOM change). Where the API is missing it
 * draws boxes in our own shadow root instead. Also answers "which claim is at this point".
 */
export class ClaimHighlights {
  readonly native: boolean;
  private claims: PaintedClaim[] = [];
  private byRange = new Map<AbstractRange, PaintedClaim>();
  private visible = true;
  private focused: number | null = null;
  private hovered: number | null = null;
  private registry: Registry | null = null;
  private highlights: Record<keyof typeof HIGHLIGHT_NAMES, Highlight> | null = null;
  private removeSheet: (() => void) | null = null;
  private fallback: FallbackBoxes | null = null;

  constructor(
    private readonly doc: Document,
    boxLayer: HTMLElement,
  ) {
    const view = doc.defaultView as
      (Window & { Highlight?: typeof Highlight; CSS?: { highlights?: Registry } }) | null;
    const registry = view?.CSS?.highlights;
    const HighlightCtor = view?.Highlight;
    this.removeSheet = registry && HighlightCtor ? installHighlightSheet(doc) : null;
    this.native = !!(registry && HighlightCtor && this.removeSheet);
    if (this.native && registry && HighlightCtor) {
      this.registry = registry;
      this.highlights = {
        sourced: new HighlightCtor(),
        unverified: new HighlightCtor(),
        focus: new HighlightCtor(),
        hover: new HighlightCtor(),
      };
      this.highlights.focus.priority = 2;
      this.highlights.hover.priority = 1;
    } else if (view) {
      this.fallback = new FallbackBoxes(view, boxLayer);
    }
  }

  /** Replaces the painted claims. */
  paint(claims: readonly PaintedClaim[]): void {
    this.claims = [...claims];
    this.byRange = new Map(claims.map((c) => [c.range, c]));
    if (!this.claims.some((c) => c.index === this.focused)) this.focused = null;
    this.sync();
  }

  setVisible(on: boolean): void {
    this.visible = on;
    this.sync();
  }

  setFocused(index: number | null): void {
    this.focused = index;
    this.sync();
  }

  /** The claim under the mouse: a light tint says "this can be clicked" (no cursor change). */
  setHovered(index: number | null): void {
    if (index === this.hovered) return;
    this.hovered = index;
    const hover = this.highlights?.hover;
    if (!hover) return;
    hover.clear();
    const claim = this.claims.find((c) => c.index === index);
    if (claim && index !== this.focused) hover.add(claim.range);
  }

  get all(): readonly PaintedClaim[] {
    return this.claims;
  }

  /** The claim under a viewport point, or null. */
  claimAt(x: number, y: number): PaintedClaim | null {
    if (!this.visible) return null;
    const fromPoint = this.registry?.highlightsFromPoint;
    if (this.registry && fromPoint && this.highlights) {
      let hits: Array<HitResult | Highlight>;
      try {
        hits = fromPoint.call(this.registry, x, y);
      } catch {
        hits = [];
      }
      for (const hit of hits) {
        const ranges = 'ranges' in hit && Array.isArray(hit.ranges) ? hit.ranges : null;
        const claim = ranges?.map((r) => this.byRange.get(r)).find((c) => c);
        if (claim) return claim;
      }
    }
    // Rectangle hit-test: older engines, and highlightsFromPoint without ranges.
    for (const claim of this.claims) {
      for (const rect of claim.range.getClientRects()) {
        if (
          x >= rect.left - HIT_SLOP &&
          x <= rect.right + HIT_SLOP &&
          y >= rect.top - HIT_SLOP &&
          y <= rect.bottom + HIT_SLOP
        ) {
          return claim;
        }
      }
    }
    return null;
  }

  /** The line box of a claim nearest to a point (or its first line), in viewport coordinates. */
  rectOf(index: number, near?: { x: number; y: number }): DOMRect | null {
    const claim = this.claims.find((c) => c.index === index);
    if (!claim) return null;
    const rects = [...claim.range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
    if (rects.length === 0) return null;
    if (!near) return rects[0] ?? null;
    let best = rects[0] ?? null;
    let bestDistance = Infinity;
    for (const r of rects) {
      const d = Math.abs((r.top + r.bottom) / 2 - near.y);
      if (d < bestDistance) {
        bestDistance = d;
        best = r;
      }
    }
    return best;
  }

  destroy(): void {
    if (this.registry) {
      for (const name of Object.values(HIGHLIGHT_NAMES)) this.registry.delete(name);
    }
    this.removeSheet?.();
    this.removeSheet = null;
    this.fallback?.destroy();
    this.claims = [];
    this.byRange.clear();
  }

  private sync(): void {
    if (this.highlights && this.registry) {
      const { sourced, unverified, focus, hover } = this.highlights;
      sourced.clear();
      unverified.clear();
      focus.clear();
      hover.clear();
      this.hovered = null;
      for (const c of this.claims) (c.display === 'sourced' ? sourced : unverified).add(c.range);
      const f = this.claims.find((c) => c.index === this.focused);
      if (f) focus.add(f.range);
      for (const key of Object.keys(HIGHLIGHT_NAMES) as Array<keyof typeof HIGHLIGHT_NAMES>) {
        const name = HIGHLIGHT_NAMES[key];
        if (this.visible) this.registry.set(name, this.highlights[key]);
        else this.registry.delete(name);
      }
    }
    this.fallback?.set(this.visible ? this.claims : [], this.focused);
  }
}
