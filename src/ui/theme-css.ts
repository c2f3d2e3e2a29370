// Colours were chosen for WCAG AA contrast (4.5:1) on their surfaces.
const LIGHT: Readonly<Record<string, string>> = {
  '--cb-font': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  '--cb-bg': '#ffffff',
  '--cb-surface': '#f5f6f8',
  '--cb-surface-2': '#eceef2',
  '--cb-text': '#1c2230',
  '--cb-muted': '#586174',
  '--cb-border': '#dfe3ea',
  '--cb-accent': '#2251c9',
  '--cb-accent-text': '#ffffff',
  '--cb-focus': '#2251c9',
  '--cb-sourced': '#0b6b60',
  '--cb-sourced-bg': '#e1f3ef',
  '--cb-unverified': '#9a4a06',
  '--cb-unverified-bg': '#fdf0dc',
  '--cb-danger': '#b42318',
  '--cb-danger-bg': '#fdecea',
  '--cb-ins-bg': '#d9f5e1',
  '--cb-ins-text': '#145229',
  '--cb-del-bg': '#fde2e0',
  '--cb-del-text': '#8a1c12',
  '--cb-var-bg': '#fbeec8',
  '--cb-var-text': '#6b4500',
  '--cb-shadow': '0 12px 32px rgba(17, 24, 39, 0.16), 0 2px 6px rgba(17, 24, 39, 0.08)',
  '--cb-radius': '12px',
  '--cb-radius-sm': '8px',
  'color-scheme': 'light dark',
};

const DARK: Readonly<Record<string, string>> = {
  '--cb-bg': '#1a1e26',
  '--cb-surface': '#232834',
  '--cb-surface-2': '#2c3240',
  '--cb-text': '#e7e9ee',
  '--cb-muted': '#a4adbd',
  '--cb-border': '#363d4c',
  '--cb-accent': '#8fb0ff',
  '--cb-accent-text': '#10162a',
  '--cb-focus': '#8fb0ff',
  '--cb-sourced': '#6fd6c5',
  '--cb-sourced-bg': '#173a36',
  '--cb-unverified': '#f4bf6a',
  '--cb-unverified-bg': '#3d2e14',
  '--cb-danger': '#ff9b91',
  '--cb-danger-bg': '#3f1d1a',
  '--cb-ins-bg': '#1d4a2c',
  '--cb-ins-text': '#b9f0c8',
  '--cb-del-bg': '#4f2220',
  '--cb-del-text': '#ffc7c1',
  '--cb-var-bg': '#4a3a12',
  '--cb-var-text': '#ffe2a1',
  '--cb-shadow': '0 12px 32px rgba(0, 0, 0, 0.5), 0 2px 6px rgba(0, 0, 0, 0.3)',
};

/**
 * The tokens declared on `selector`, light and dark. `important` and `overrides` are for the
 * in-page UI: there the page may style our host, and only declarations made inside the shadow
 * root (important ones win over the page's, and inner elements do not inherit the host's) keep
 * the page's custom properties out.
 */
export function themeCss(
  selector: string,
  options: { important?: boolean; overrides?: Readonly<Record<string, string>> } = {},
): string {
  const bang = options.important ? ' !important' : '';
  const block = (tokens: Readonly<Record<string, string>>) =>
    Object.entries(tokens)
      .map(([name, value]) => `  ${name}: ${value}${bang};`)
      .join('\n');
  return `
${selector} {
${block({ ...LIGHT, ...options.overrides })}
}
@media (prefers-color-scheme: dark) {
  ${selector} {
${block(DARK)}
  }
}
`;
}

/**
 * Design tokens of the popup and options page: one calm palette, light and dark through
 * prefers-color-scheme, on `:root`.
 */
export const THEME_CSS = themeCss(':host, :root');

/** Pieces every surface uses: kind badges, difference badges, word diff, buttons. */
export const COMPONENTS_CSS = `
.cb-badge { display: inline-flex; align-items: center; gap: 6px; font-size: 12px; font-weight: 600;
  line-height: 1; padding: 4px 8px; border-radius: 999px; white-space: nowrap; }
.cb-badge--sourced { color: var(--cb-sourced); background: var(--cb-sourced-bg); }
.cb-badge--unverified { color: var(--cb-unverified); background: var(--cb-unverified-bg); }
.cb-badge--neutral { color: var(--cb-muted); background: var(--cb-surface-2); }
.cb-swatch { display: inline-block; width: 16px; height: 0; vertical-align: middle; }
.cb-swatch--sourced { border-bottom: 2px solid var(--cb-sourced); }
.cb-swatch--unverified { border-bottom: 2px dotted var(--cb-unverified); }
.cb-diffbadge { display: inline-block; white-space: nowrap; font-size: 11px; font-weight: 600; padding: 3px 7px;
  border-radius: 6px; background: var(--cb-surface-2); color: var(--cb-text); }
.cb-diffbadge--warn { background: var(--cb-unverified-bg); color: var(--cb-unverified); }
.cb-diffbadge--alert { background: var(--cb-danger-bg); color: var(--cb-danger); }
.cb-diff { line-height: 1.55; }
.cb-diff ins { text-decoration: none; background: var(--cb-ins-bg); color: var(--cb-ins-text);
  border-radius: 3px; padding: 0 1px; }
.cb-diff del { text-decoration: line-through; background: var(--cb-del-bg); color: var(--cb-del-text);
  border-radius: 3px; padding: 0 1px; }
.cb-diff .cb-variant { background: var(--cb-var-bg); color: var(--cb-var-text); border-radius: 3px;
  padding: 0 1px; border-bottom: 1px dashed currentColor; }
.cb-btn { font: inherit; font-size: 13px; font-weight: 600; border-radius: var(--cb-radius-sm);
  padding: 7px 12px; cursor: pointer; border: 1px solid var(--cb-border); background: var(--cb-bg);
  color: var(--cb-text); }
.cb-btn:hover { background: var(--cb-surface); }
.cb-btn--primary { background: var(--cb-accent); border-color: var(--cb-accent); color: var(--cb-accent-text); }
.cb-btn--primary:hover { background: var(--cb-accent); filter: brightness(1.08); }
.cb-btn--danger { color: var(--cb-danger); }
.cb-btn--ghost { border-color: transparent; background: transparent; }
.cb-btn:disabled { opacity: 0.6; cursor: default; }
.cb-iconbtn { font: inherit; display: inline-grid; place-items: center; width: 28px; height: 28px;
  border-radius: 8px; border: 0; background: transparent; color: var(--cb-muted); cursor: pointer; }
.cb-iconbtn:hover { background: var(--cb-surface-2); color: var(--cb-text); }
:focus-visible { outline: 2px solid var(--cb-focus); outline-offset: 2px; }
.cb-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.cb-link { color: var(--cb-accent); text-decoration: none; font-weight: 600; }
.cb-link:hover { text-decoration: underline; }
`;
