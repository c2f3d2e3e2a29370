import { describe, expect, it } from 'vitest';
import { chooseLegendCorner } from '../../../src/content/legend-corner.ts';

/** A page whose elementsFromPoint answers from a list of pinned rectangles (no layout here). */
function page(pinned: Array<{ left: number; right: number; top: number; bottom: number }>) {
  const doc = document.implementation.createHTMLDocument('t');
  const ours = doc.createElement('corroborate-root');
  doc.body.append(ours);
  const widgets = pinned.map((rect) => {
    const el = doc.createElement('div');
    el.style.position = 'fixed';
    doc.body.append(el);
    return { el, rect };
  });
  doc.elementsFromPoint = (x: number, y: number) => [
    ours,
    ...widgets
      .filter(({ rect }) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom)
      .map((w) => w.el),
    doc.body,
    doc.documentElement,
  ];
  const view = {
    innerWidth: 1000,
    innerHeight: 800,
    getComputedStyle: (el: Element) => ({ position: (el as HTMLElement).style.position }),
  } as unknown as Window;
  return { doc, view, ours };
}

describe('chooseLegendCorner', () => {
  it.each([
    ['an empty corner', [], 'right'],
    ['a go-to-top button bottom-right', [{ left: 940, right: 990, top: 740, bottom: 790 }], 'left'],
    [
      'widgets in both corners (stays right)',
      [
        { left: 940, right: 990, top: 740, bottom: 790 },
        { left: 0, right: 200, top: 700, bottom: 800 },
      ],
      'right',
    ],
    [
      'a full-width pinned footer (stays right)',
      [{ left: 0, right: 1000, top: 700, bottom: 800 }],
      'right',
    ],
    ['a widget elsewhere on the page', [{ left: 400, right: 600, top: 0, bottom: 60 }], 'right'],
  ])('with %s', (_name, rects, corner) => {
    const { doc, view, ours } = page(rects);
    expect(chooseLegendCorner(doc, view, ours)).toBe(corner);
  });
});
