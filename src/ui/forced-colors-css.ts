/**
 * Windows high-contrast and other forced-colour modes replace our colours with the reader's
 * system palette: tints and shadows vanish, so what told things apart must become system
 * colours and borders. Kinds still differ by line style (solid / dotted), not by colour.
 */

/** For the `::highlight()` rules on the page. */
export function forcedColorsHighlights(names: {
  sourced: string;
  unverified: string;
  focus: string;
  hover: string;
}): string {
  return `
@media (forced-colors: active) {
  ::highlight(${names.sourced}) { text-decoration: underline solid LinkText; text-decoration-thickness: 2px; }
  ::highlight(${names.unverified}) { background-color: transparent; text-decoration: underline dotted Mark; text-decoration-thickness: 3px; }
  ::highlight(${names.focus}) { background-color: Highlight; color: HighlightText; }
  ::highlight(${names.hover}) { background-color: transparent; text-decoration: underline double Highlight; }
}`;
}

/** For the popover, popup and options page (shared class names of the page and card CSS). */
export const FORCED_COLORS_UI_CSS = `
@media (forced-colors: active) {
  .cb-card, .cb-popover, .cb-popup, .cb-chip, .cb-notice, .cb-confirm, .cb-stats-grid div,
  .cb-story li, .cb-suggest { border: 1px solid CanvasText; }
  .cb-btn, .cb-chip-x, .cb-suggest { forced-color-adjust: none; background: ButtonFace; color: ButtonText; border: 1px solid ButtonText; }
  .cb-btn:focus-visible, .cb-chip-x:focus-visible, a:focus-visible { outline: 2px solid Highlight; outline-offset: 2px; }
  .cb-btn:disabled { color: GrayText; border-color: GrayText; }
  .cb-badge, .cb-role, .cb-kind { border: 1px solid CanvasText; }
  .cb-meter, .cb-transfer progress { border: 1px solid CanvasText; }
  .cb-meter span { background: Highlight; forced-color-adjust: none; }
  .cb-muted { color: GrayText; }
  a { color: LinkText; }
}
`;
