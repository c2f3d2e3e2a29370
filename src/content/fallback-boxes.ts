import type { PaintedClaim } from './painted-claim.ts';

// Boxes are only drawn for lines near the viewport; this caps the work on very long pages.
const MAX_BOXES = 1500;
const VIEWPORT_MARGIN = 200;

/**
 * Underline boxes in our own shadow root, for engines without the CSS Custom Highlight API.
 * They never touch the page's DOM, ignore the pointer, and are redrawn once per frame on
 * scroll and resize.
 */
export class FallbackBoxes {
  private claims: readonly PaintedClaim[] = [];
  private focused: number | null = null;
  private frame = 0;
  private readonly controller = new AbortController();

  constructor(
    private readonly view: Window,
    private readonly layer: HTMLElement,
  ) {
    const schedule = () => this.schedule();
    const opts = { capture: true, passive: true, signal: this.controller.signal };
    view.addEventListener('scroll', schedule, opts);
    view.addEventListener('resize', schedule, opts);
  }

  set(claims: readonly PaintedClaim[], focused: number | null): void {
    this.claims = claims;
    this.focused = focused;
    this.schedule();
  }

  destroy(): void {
    this.controller.abort();
    if (this.frame) this.view.cancelAnimationFrame(this.frame);
    this.layer.replaceChildren();
  }

  private schedule(): void {
    if (!this.frame) this.frame = this.view.requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    this.frame = 0;
    const doc = this.layer.ownerDocument;
    const boxes: HTMLElement[] = [];
    const height = this.view.innerHeight;
    for (const claim of this.claims) {
      for (const r of claim.range.getClientRects()) {
        if (boxes.length >= MAX_BOXES) break;
        if (r.bottom < -VIEWPORT_MARGIN || r.top > height + VIEWPORT_MARGIN || r.width === 0) {
          continue;
        }
        const box = doc.createElement('div');
        box.className = `cb-fallback-box cb-fallback-box--${claim.display}${
          claim.index === this.focused ? ' cb-fallback-box--focus' : ''
        }`;
        box.style.cssText = `top:${r.top}px;left:${r.left}px;width:${r.width}px;height:${r.height + 2}px`;
        boxes.push(box);
      }
    }
    this.layer.replaceChildren(...boxes);
  }
}
