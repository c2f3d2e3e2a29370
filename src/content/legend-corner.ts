/** Which bottom corner of the window the legend sits in. */
export type LegendCorner = 'right' | 'left';

/**
 * Points where a page's own corner widget sits (chat bubbles, cookie buttons, back-to-top
 * arrows), as offsets from the bottom corner: the legend's own footprint.
 */
const PROBES: ReadonlyArray<readonly [number, number]> = [
  [40, 40],
  [120, 32],
  [32, 90],
];

function pinned(el: Element | null, view: Window): boolean {
  for (let node = el; node; node = node.parentElement) {
    const position = view.getComputedStyle(node).position;
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}

/** Whether a pinned element of the page (not ours) covers the given corner. */
function taken(doc: Document, view: Window, ours: Element, corner: LegendCorner): boolean {
  const w = view.innerWidth;
  const h = view.innerHeight;
  for (const [dx, dy] of PROBES) {
    const x = corner === 'right' ? w - dx : dx;
    for (const el of doc.elementsFromPoint(x, h - dy)) {
      if (el === ours || ours.contains(el)) continue;
      if (el === doc.documentElement || el === doc.body) break;
      if (pinned(el, view)) return true;
      break; // the topmost page element decides
    }
  }
  return false;
}

/**
 * Bottom-right unless the page keeps a pinned widget there and the bottom-left is free: the
 * legend must never cover the page's own controls.
 */
export function chooseLegendCorner(doc: Document, view: Window, ours: Element): LegendCorner {
  if (typeof doc.elementsFromPoint !== 'function') return 'right';
  if (!taken(doc, view, ours, 'right')) return 'right';
  return taken(doc, view, ours, 'left') ? 'right' : 'left';
}
