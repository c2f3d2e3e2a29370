import { forcedColorsHighlights } from '../ui/forced-colors-css.ts';

/** The `::highlight()` rules, added to the page's adopted style sheets (appended, never replacing). */

export const HIGHLIGHT_NAMES = {
  sourced: 'corroborate-sourced',
  unverified: 'corroborate-unverified',
  focus: 'corroborate-focus',
  hover: 'corroborate-hover',
} as const;

// Sourced: a solid teal underline. Unverified: a dotted amber underline on a light amber tint.
// They differ by line style and tint, not only hue, so they read apart without colour vision.
// Mid-tone colours with alpha stay legible on light and dark pages alike.
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.sourced}) {
  text-decoration: underline solid rgba(13, 128, 114, 0.95);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
::highlight(${HIGHLIGHT_NAMES.unverified}) {
  background-color: rgba(245, 158, 11, 0.16);
  text-decoration: underline dotted rgba(194, 100, 6, 0.95);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
::highlight(${HIGHLIGHT_NAMES.focus}) {
  background-color: rgba(59, 110, 235, 0.22);
}
::highlight(${HIGHLIGHT_NAMES.hover}) {
  background-color: rgba(59, 110, 235, 0.1);
}
${forcedColorsHighlights(HIGHLIGHT_NAMES)}
@media print {
  ${Object.values(HIGHLIGHT_NAMES)
    .map((n) => `::highlight(${n})`)
    .join(', ')} {
    background-color: transparent;
    text-decoration: none;
  }
}
`;

function isOurs(sheet: CSSStyleSheet): boolean {
  try {
    const first = sheet.cssRules[0] as CSSStyleRule | undefined;
    return !!first && first.cssText.includes(HIGHLIGHT_NAMES.sourced);
  } catch {
    return false;
  }
}

/** Adds our rules; returns a remover, or null when the page cannot take an adopted sheet. */
export function installHighlightSheet(doc: Document): (() => void) | null {
  const view = doc.defaultView;
  if (!view?.CSSStyleSheet) return null;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    // Drop a sheet an earlier copy of the extension left (reload, update) before adding ours.
    doc.adoptedStyleSheets = [...(doc.adoptedStyleSheets ?? []).filter((s) => !isOurs(s)), sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return null;
  }
}
