import type { Page } from 'puppeteer-core';

/** Highlight registry names the content script paints with. */
export const HIGHLIGHT_NAMES = ['corroborate-sourced', 'corroborate-unverified'] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

export interface PaintedRange {
  kind: HighlightName;
  text: string;
  rect: { x: number; y: number; width: number; height: number } | null;
}

/**
 * Every range painted by the extension, read from the page's highlight registry
 * (shared by the page and content scripts), with its text and first client rect.
 */
export async function paintedRanges(page: Page): Promise<PaintedRange[]> {
  return page.evaluate((names: readonly string[]) => {
    const out: Array<{ kind: string; text: string; rect: DOMRect | null }> = [];
    for (const name of names) {
      const highlight = CSS.highlights.get(name);
      if (!highlight) continue;
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        if (!(range instanceof Range)) continue;
        const rect = range.getClientRects()[0] ?? null;
        out.push({
          kind: name,
          text: range.toString().replace(/\s+/g, ' ').trim(),
          rect: rect
            ? ({ x: rect.x, y: rect.y, width: rect.width, height: rect.height } as DOMRect)
            : null,
        });
      }
    }
    return out as never;
  }, HIGHLIGHT_NAMES);
}

/** Scrolls the painted range containing `needle` into view and clicks its middle. */
export async function clickHighlight(page: Page, needle: string): Promise<void> {
  const rect = await page.evaluate(
    (names: readonly string[], text: string) => {
      for (const name of names) {
        const highlight = CSS.highlights.get(name);
        if (!highlight) continue;
        for (const range of highlight as unknown as Iterable<AbstractRange>) {
          if (!(range instanceof Range) || !range.toString().includes(text)) continue;
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const r = range.getClientRects()[0];
          return r ? { x: r.x + Math.min(r.width / 2, 40), y: r.y + r.height / 2 } : null;
        }
      }
      return null;
    },
    HIGHLIGHT_NAMES,
    needle,
  );
  if (!rect) throw new Error(`no painted range contains "${needle}"`);
  await page.mouse.click(rect.x, rect.y);
}
