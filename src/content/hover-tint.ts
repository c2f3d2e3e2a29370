import type { ClaimHighlights } from './claim-highlights.ts';
import type { TrustCheck } from './trusted-input.ts';

/**
 * Tints the claim under the reader's mouse: one hit-test per frame at most, mouse only (a touch
 * has no hover), until `signal` aborts.
 */
export function tintOnHover(
  view: Window,
  trusted: TrustCheck,
  highlights: () => ClaimHighlights | null,
  signal: AbortSignal,
): void {
  let frame = 0;
  let last: PointerEvent | null = null;
  view.document.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType !== 'mouse' || !trusted(e)) return;
      last = e;
      if (frame) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        const hit = last && highlights()?.claimAt(last.clientX, last.clientY);
        highlights()?.setHovered(hit ? hit.index : null);
      });
    },
    { passive: true, signal },
  );
}
