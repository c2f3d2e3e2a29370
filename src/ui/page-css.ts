import { FORCED_COLORS_UI_CSS } from './forced-colors-css.ts';
import { COMPONENTS_CSS, THEME_CSS } from './theme-css.ts';

/** Base of the extension's own pages (popup, options). */
export const PAGE_CSS = `${THEME_CSS}
* { box-sizing: border-box; }
html, body { margin: 0; background: var(--cb-bg); color: var(--cb-text); font-family: var(--cb-font);
  font-size: 14px; line-height: 1.45; }
h1, h2, h3, p { margin: 0; }
.cb-muted { color: var(--cb-muted); }
.cb-section-title { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em;
  color: var(--cb-muted); margin: 0 0 8px; }
.cb-card { background: var(--cb-bg); border: 1px solid var(--cb-border); border-radius: var(--cb-radius);
  padding: 14px 16px; }
.cb-notice { padding: 10px 12px; border-radius: var(--cb-radius-sm); background: var(--cb-surface); font-size: 13px; }
.cb-notice--error { background: var(--cb-danger-bg); color: var(--cb-danger); }
.cb-notice--ok { background: var(--cb-sourced-bg); color: var(--cb-sourced); }
.cb-role { font-size: 11px; font-weight: 600; padding: 2px 8px; border-radius: 999px; white-space: nowrap;
  background: var(--cb-surface-2); color: var(--cb-muted); }
.cb-role--original, .cb-role--earlier { background: var(--cb-sourced-bg); color: var(--cb-sourced); }
.cb-role--copy { background: var(--cb-unverified-bg); color: var(--cb-unverified); }
.cb-input { font: inherit; font-size: 14px; color: var(--cb-text); background: var(--cb-bg);
  border: 1px solid var(--cb-border); border-radius: var(--cb-radius-sm); padding: 8px 10px; }
.cb-input::placeholder { color: var(--cb-muted); opacity: 1; }
.cb-switch { position: relative; width: 36px; height: 22px; border-radius: 999px; border: 0; cursor: pointer;
  background: var(--cb-border); padding: 0; flex: none; }
.cb-switch[aria-checked='true'] { background: var(--cb-accent); }
.cb-switch-knob { position: absolute; top: 3px; left: 3px; width: 16px; height: 16px; border-radius: 50%;
  background: #fff; transition: left 120ms; box-shadow: 0 1px 2px rgba(0,0,0,.2); }
.cb-switch[aria-checked='true'] .cb-switch-knob { left: 17px; }
${COMPONENTS_CSS}.cb-shortcuts { display: grid; gap: 6px; }
.cb-shortcuts dl { margin: 0; display: grid; gap: 4px; }
.cb-shortcuts dl div { display: flex; justify-content: space-between; gap: 12px; }
.cb-shortcuts dd { margin: 0; }
.cb-shortcuts kbd { font: inherit; font-size: 12px; padding: 1px 6px; border: 1px solid var(--cb-border);
  border-radius: 4px; background: var(--cb-surface); white-space: nowrap; }
.cb-linkbtn { font: inherit; justify-self: start; padding: 0; border: 0; background: none; color: var(--cb-accent);
  text-decoration: underline; cursor: pointer; }
.cb-popup-foot { border-top: 1px solid var(--cb-border); padding: 8px 12px; }
${FORCED_COLORS_UI_CSS}
`;

/** Adds a style sheet to an extension page (no inline <style>, so a strict CSP is fine). */
export function adoptCss(doc: Document, ...css: string[]): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css.join('\n'));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
