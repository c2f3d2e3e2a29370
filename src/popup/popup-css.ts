/** Layout of the toolbar popup (tokens and shared pieces come from PAGE_CSS). */
export const POPUP_CSS = `
body { width: 380px; min-height: 120px; }
.cb-popup { padding: 12px 14px 14px; display: grid; gap: 12px; }
.cb-bar-top { display: flex; align-items: center; justify-content: space-between; }
.cb-brand { display: inline-flex; align-items: center; gap: 8px; font-weight: 700; font-size: 14px; }
.cb-logo { display: inline-grid; place-items: center; width: 22px; height: 22px; border-radius: 50%;
  background: var(--cb-accent); color: var(--cb-accent-text); font-size: 13px; font-weight: 700; }
.cb-page { display: grid; gap: 2px; }
.cb-page-site { font-size: 12px; font-weight: 600; color: var(--cb-muted); }
.cb-page-title { font-size: 15px; font-weight: 650; line-height: 1.3; display: -webkit-box;
  -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.cb-summary { display: grid; gap: 14px; }
.cb-stats { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; }
.cb-stat { background: var(--cb-surface); border-radius: var(--cb-radius-sm); padding: 8px 10px; display: grid; gap: 2px; }
.cb-stat-n { font-size: 22px; font-weight: 700; line-height: 1.1; }
.cb-stat--sourced .cb-stat-n { color: var(--cb-sourced); }
.cb-stat--unverified .cb-stat-n { color: var(--cb-unverified); }
.cb-stat-label { font-size: 12px; color: var(--cb-muted); display: inline-flex; align-items: center; gap: 4px; }
.cb-row { display: flex; align-items: center; justify-content: space-between; gap: 12px; font-size: 13px;
  padding: 8px 10px; border: 1px solid var(--cb-border); border-radius: var(--cb-radius-sm); }
.cb-section { display: grid; }
.cb-small { font-size: 12px; }
.cb-sources { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.cb-sources li { display: grid; grid-template-columns: 1fr 72px 20px; align-items: center; gap: 8px; font-size: 13px; }
.cb-source-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.cb-bar { height: 6px; border-radius: 3px; background: var(--cb-surface-2); overflow: hidden; }
.cb-bar span { display: block; height: 100%; background: var(--cb-sourced); border-radius: 3px; }
.cb-source-count { text-align: right; font-weight: 600; font-variant-numeric: tabular-nums; }
.cb-unverified { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.cb-jump { font: inherit; text-align: left; width: 100%; display: grid; gap: 3px; cursor: pointer;
  padding: 8px 10px; border-radius: var(--cb-radius-sm); border: 1px solid var(--cb-border);
  border-left: 3px dotted var(--cb-unverified); background: var(--cb-bg); color: var(--cb-text); }
.cb-jump:hover { background: var(--cb-surface); }
.cb-jump-text { font-size: 13px; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.cb-jump-meta { font-size: 11px; color: var(--cb-muted); }
.cb-jump-go { color: var(--cb-accent); font-weight: 600; }
.cb-not-flagged summary { cursor: pointer; font-size: 12px; margin: 4px 0 6px; color: var(--cb-text); }
.cb-not-flagged-item { display: grid; gap: 3px; padding: 8px 10px; border-radius: var(--cb-radius-sm);
  border: 1px solid var(--cb-border); background: var(--cb-bg); color: var(--cb-text); }
.cb-story { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.cb-story li { border: 1px solid var(--cb-border); border-radius: var(--cb-radius-sm); padding: 8px 10px; display: grid; gap: 2px; }
.cb-story-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; font-size: 12px; font-weight: 700; }
.cb-story-title { color: var(--cb-text); font-size: 13px; font-weight: 600; text-decoration: none; }
.cb-story-title:hover { text-decoration: underline; }
.cb-story-group { display: grid; gap: 6px; margin-bottom: 8px; }
.cb-story-group-title { margin: 0; font-size: 12px; font-weight: 700; color: var(--cb-muted); }
.cb-story .cb-story-claims { list-style: disc; margin: 2px 0 0; padding-left: 16px; display: grid; gap: 2px; }
.cb-story .cb-story-claims li { border: 0; padding: 0; font-size: 12px; display: list-item; }
.cb-outlets { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 2px; font-size: 12px; color: var(--cb-muted); }
.cb-access { display: grid; gap: 10px; }
.cb-foot { border-top: 1px solid var(--cb-border); padding-top: 8px; display: flex; justify-content: flex-start; }
.cb-foot .cb-btn { color: var(--cb-muted); font-weight: 500; padding-left: 0; }
`;
