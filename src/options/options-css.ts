/** Layout of the options page (tokens and shared pieces come from PAGE_CSS). */
export const OPTIONS_CSS = `
body { background: var(--cb-surface); min-height: 100vh; }
.cb-options { max-width: 1080px; margin: 0 auto; padding: 28px 24px 48px; }
.cb-options-head { display: flex; align-items: center; gap: 14px; margin-bottom: 20px; }
.cb-options-head h1 { font-size: 22px; font-weight: 700; }
.cb-logo { display: inline-grid; place-items: center; width: 40px; height: 40px; border-radius: 50%;
  background: var(--cb-accent); color: var(--cb-accent-text); font-size: 20px; font-weight: 700; }
.cb-options-grid { display: grid; grid-template-columns: minmax(0, 1.5fr) minmax(0, 1fr); gap: 18px; align-items: start; }
@media (max-width: 820px) { .cb-options-grid { grid-template-columns: 1fr; } }
.cb-side { display: grid; gap: 18px; }
.cb-section { display: grid; gap: 12px; box-shadow: 0 1px 2px rgba(16, 24, 40, 0.05); }
.cb-section h2 { font-size: 16px; font-weight: 700; }
.cb-section-head { display: flex; align-items: center; justify-content: space-between; gap: 12px; }
.cb-small { font-size: 12px; }
.cb-search .cb-input { width: 100%; }
.cb-empty { padding: 14px; border: 1px dashed var(--cb-border); border-radius: var(--cb-radius-sm); color: var(--cb-muted); }
.cb-reports { list-style: none; margin: 0; padding: 0; display: grid; }
.cb-report { display: flex; align-items: center; gap: 12px; padding: 10px 0; border-top: 1px solid var(--cb-border); }
.cb-report:first-child { border-top: 0; }
.cb-report-main { flex: 1; min-width: 0; display: grid; gap: 2px; }
.cb-report-title { color: var(--cb-text); font-weight: 600; text-decoration: none; overflow: hidden;
  text-overflow: ellipsis; white-space: nowrap; }
.cb-report-title:hover { text-decoration: underline; }
.cb-main { display: grid; gap: 10px; min-width: 0; }
.cb-views { display: inline-flex; justify-self: start; gap: 2px; padding: 3px; border-radius: 999px; background: var(--cb-surface-2); }
.cb-view { font: inherit; font-size: 13px; font-weight: 600; border: 0; border-radius: 999px; padding: 5px 14px; cursor: pointer;
  background: transparent; color: var(--cb-muted); }
.cb-view[aria-pressed="true"] { background: var(--cb-bg); color: var(--cb-text); box-shadow: 0 1px 2px rgba(16, 24, 40, 0.12); }
.cb-stories { list-style: none; margin: 0; padding: 0; display: grid; }
.cb-story-item { display: grid; gap: 6px; padding: 12px 0; border-top: 1px solid var(--cb-border); }
.cb-story-item:first-child { border-top: 0; }
.cb-story-name { font-size: 14px; font-weight: 700; }
.cb-story-origins { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.cb-story-origin { border: 1px solid var(--cb-border); border-radius: var(--cb-radius-sm); padding: 6px 10px; }
.cb-story-reports { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.cb-story-report { display: grid; gap: 2px; min-width: 0; }
.cb-story-report + .cb-story-report { padding-top: 6px; border-top: 1px dashed var(--cb-border); }
.cb-story-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; font-size: 12px; font-weight: 700; }
.cb-actions { display: flex; gap: 8px; flex-wrap: wrap; }
.cb-chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.cb-chip { display: inline-flex; align-items: center; gap: 4px; padding: 3px 4px 3px 10px; border-radius: 999px;
  background: var(--cb-sourced-bg); color: var(--cb-sourced); font-size: 13px; font-weight: 600; }
.cb-chip--paused { background: var(--cb-unverified-bg); color: var(--cb-unverified); }
.cb-chip-x { font: inherit; border: 0; background: transparent; color: inherit; cursor: pointer; width: 22px; height: 22px;
  border-radius: 50%; }
.cb-chip-x:hover { background: rgba(127, 127, 127, 0.2); }
.cb-suggested { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 6px; }
.cb-suggest { font: inherit; width: 100%; text-align: left; display: grid; grid-template-columns: 1fr auto; cursor: pointer;
  padding: 6px 10px; border: 1px solid var(--cb-border); border-radius: var(--cb-radius-sm); background: var(--cb-bg); color: var(--cb-text); }
.cb-suggest:hover { background: var(--cb-surface); }
.cb-suggest-name { font-size: 13px; font-weight: 600; }
.cb-suggest .cb-small { grid-column: 1; }
.cb-more { justify-self: start; color: var(--cb-accent); padding-left: 0; }
.cb-suggest-plus { grid-row: 1 / span 2; grid-column: 2; align-self: center; color: var(--cb-accent); font-size: 18px; font-weight: 700; }
.cb-stats-grid { margin: 0; display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; }
.cb-stats-grid div { background: var(--cb-surface); border-radius: var(--cb-radius-sm); padding: 8px 10px; }
.cb-stats-grid dt { font-size: 12px; color: var(--cb-muted); }
.cb-stats-grid dd { margin: 0; font-size: 18px; font-weight: 700; }
.cb-meter { height: 6px; border-radius: 3px; background: var(--cb-surface-2); overflow: hidden; }
.cb-meter span { display: block; height: 100%; background: var(--cb-accent); }
.cb-transfer { display: grid; gap: 6px; }
.cb-transfer progress { width: 100%; height: 10px; accent-color: var(--cb-accent); }
.cb-transfer-row { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.cb-danger-zone { border-top: 1px solid var(--cb-border); padding-top: 12px; }
.cb-confirm { display: grid; gap: 8px; padding: 10px 12px; border-radius: var(--cb-radius-sm); background: var(--cb-danger-bg); color: var(--cb-danger); }
.cb-btn--dangerfill { background: var(--cb-danger); border-color: var(--cb-danger); color: #fff; }
@media (prefers-color-scheme: dark) { .cb-btn--dangerfill { color: #2a0d0a; } }
`;
