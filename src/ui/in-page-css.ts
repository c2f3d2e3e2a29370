import { FORCED_COLORS_UI_CSS } from './forced-colors-css.ts';
import { COMPONENTS_CSS, themeCss } from './theme-css.ts';

/**
 * Font of everything we draw in a page: generic families only. A named family ('Arial') can be
 * redefined by the page's own @font-face, whose per-character unicode-range rules would make the
 * browser fetch one url per letter we draw — and tell the page's server what the card says.
 */
export const IN_PAGE_FONT = 'system-ui, sans-serif';

/**
 * Styles inside our shadow root. The page can style our host (and set custom properties on it,
 * which `all: initial` does not reset): the host is reset here with !important (an important
 * declaration of the shadow tree beats the page's, inline ones included), and our two layers
 * reset every inherited property and declare every token themselves, so nothing the page sets
 * reaches what we draw.
 */
export const IN_PAGE_CSS = `${themeCss(':host, .cb-layer, .cb-boxes', {
  important: true,
  overrides: { '--cb-font': IN_PAGE_FONT },
})}
:host { all: initial !important; display: block !important; position: fixed !important;
  top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important;
  overflow: visible !important; z-index: 2147483647 !important; }
* { box-sizing: border-box; }
/* Form controls take the system font by default, which Firefox names by family (a name the
   page's @font-face can claim): ours inherit the generic one. */
button, input, select, textarea { font: inherit; }
.cb-layer, .cb-boxes { all: initial; display: block; position: fixed; inset: 0; pointer-events: none;
  font-family: ${IN_PAGE_FONT}; font-size: 14px; line-height: 1.45; color: var(--cb-text);
  text-align: left; letter-spacing: normal; }
.cb-layer > * { pointer-events: auto; }
/* Always a scrollbar: one that appeared only when the matches overflow would change the box the
   page can hit-test (Firefox hit-tests a scrollbar past the rounded corner). */
.cb-popover { position: fixed; width: min(400px, calc(100vw - 16px)); overflow-x: hidden; overflow-y: scroll;
  background: var(--cb-bg); color: var(--cb-text); border: 1px solid var(--cb-border);
  border-radius: var(--cb-radius); box-shadow: var(--cb-shadow); padding: 14px 16px 16px;
  font-family: var(--cb-font); font-size: 14px; line-height: 1.45; text-align: left;
  animation: cb-in 120ms ease-out; overscroll-behavior: contain; }
.cb-popover:focus, .cb-popover:focus-visible { outline: none; }
@keyframes cb-in { from { opacity: 0; transform: translateY(-4px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .cb-popover { animation: none; } }
@media print { .cb-layer { display: none; } }
.cb-popover-head { display: flex; align-items: center; gap: 10px; margin-bottom: 10px; }
.cb-popover-title { margin: 0; font-size: 13px; font-weight: 500; color: var(--cb-muted); flex: 1; }
.cb-popover-nav { display: flex; gap: 2px; font-size: 18px; }
.cb-why { margin: 0 0 12px; padding: 10px 12px; background: var(--cb-surface); border-radius: var(--cb-radius-sm);
  display: grid; gap: 4px; font-size: 13px; }
.cb-why-row { display: grid; grid-template-columns: 84px 1fr; gap: 8px; }
.cb-why dt { color: var(--cb-muted); }
.cb-why dd { margin: 0; }
.cb-muted { color: var(--cb-muted); }
.cb-block { display: block; font-size: 12px; }
.cb-section-title { margin: 0 0 8px; font-size: 12px; font-weight: 700; text-transform: uppercase;
  letter-spacing: 0.04em; color: var(--cb-muted); }
.cb-outlets-line { margin: 0 0 8px; font-size: 12px; font-weight: 600; color: var(--cb-sourced); }
.cb-empty { margin: 0; padding: 10px 12px; border: 1px dashed var(--cb-border); border-radius: var(--cb-radius-sm);
  color: var(--cb-muted); font-size: 13px; }
.cb-error { color: var(--cb-danger); border-color: var(--cb-danger); }
.cb-matches { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
.cb-match { border: 1px solid var(--cb-border); border-radius: var(--cb-radius-sm); padding: 10px 12px; }
.cb-match-head { font-size: 12px; display: flex; align-items: center; gap: 4px; flex-wrap: wrap; }
.cb-site { font-weight: 700; }
.cb-role { margin-left: auto; font-size: 11px; font-weight: 600; padding: 2px 7px; border-radius: 999px;
  background: var(--cb-surface-2); color: var(--cb-muted); }
.cb-role--original, .cb-role--earlier { background: var(--cb-sourced-bg); color: var(--cb-sourced); }
.cb-role--copy { background: var(--cb-unverified-bg); color: var(--cb-unverified); }
.cb-match-title { margin: 2px 0 6px; font-size: 13px; font-weight: 600; }
.cb-relation { margin: 0 0 4px; font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; }
.cb-match .cb-diff { margin: 0 0 8px; font-size: 13px; }
.cb-diffs { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 4px; font-size: 12px; }
.cb-diffs li { display: grid; grid-template-columns: auto 1fr; gap: 6px; align-items: baseline; }
.cb-diffdetail { color: var(--cb-muted); }
.cb-open { font-size: 13px; }
.cb-legend { position: fixed; right: 16px; bottom: 16px; display: flex; align-items: center; gap: 8px;
  padding: 6px 6px 6px 12px; background: var(--cb-bg); color: var(--cb-text); border: 1px solid var(--cb-border);
  border-radius: 999px; box-shadow: var(--cb-shadow); font-size: 13px; }
.cb-legend-brand, .cb-logo { display: inline-grid; place-items: center; width: 20px; height: 20px; border-radius: 50%;
  background: var(--cb-accent); color: var(--cb-accent-text); font-size: 12px; font-weight: 700; }
.cb-legend-item { display: inline-flex; align-items: center; gap: 6px; white-space: nowrap; }
.cb-legend-none { color: var(--cb-muted); cursor: help; }
.cb-legend-sep { width: 1px; height: 18px; background: var(--cb-border); }
.cb-legend .cb-iconbtn { font-size: 18px; }
.cb-legend .cb-iconbtn:disabled { opacity: 0.4; cursor: default; }
.cb-legend-pos { font: inherit; font-size: 12px; font-weight: 600; border: 0; border-radius: 6px; padding: 3px 6px;
  background: var(--cb-surface-2); color: var(--cb-text); cursor: pointer; }
.cb-switch { position: relative; width: 34px; height: 20px; border-radius: 999px; border: 0; cursor: pointer;
  background: var(--cb-border); padding: 0; }
.cb-switch[aria-checked='true'] { background: var(--cb-accent); }
.cb-switch-knob { position: absolute; top: 3px; left: 3px; width: 14px; height: 14px; border-radius: 50%;
  background: #fff; transition: left 120ms; }
.cb-switch[aria-checked='true'] .cb-switch-knob { left: 17px; }
.cb-legend-fab { position: fixed; right: 16px; bottom: 16px; display: inline-flex; align-items: center; gap: 6px;
  padding: 5px 10px 5px 5px; border-radius: 999px; border: 1px solid var(--cb-border); background: var(--cb-bg);
  color: var(--cb-text); box-shadow: var(--cb-shadow); font: 600 13px ${IN_PAGE_FONT}; cursor: pointer; }
.cb-legend.cb-corner-left, .cb-legend-fab.cb-corner-left { right: auto; left: 16px; }
.cb-fallback-box { position: fixed; pointer-events: none; border-bottom: 2px solid var(--cb-sourced); }
.cb-fallback-box--unverified { border-bottom-style: dotted; border-bottom-color: var(--cb-unverified);
  background: rgba(245, 158, 11, 0.12); }
.cb-fallback-box--focus { background: rgba(34, 81, 201, 0.14); }
@media (forced-colors: active) {
  .cb-fallback-box { border-bottom-color: LinkText; background: transparent; }
  .cb-fallback-box--unverified { border-bottom-color: Mark; }
  .cb-fallback-box--focus { outline: 2px solid Highlight; }
}
${COMPONENTS_CSS}
${FORCED_COLORS_UI_CSS}`;
