import type { PageSummary } from '../model/summary.ts';
import { siteOf } from '../text/site.ts';

/** What the popup knows about the tab it was opened for. */
export type PopupState =
  | { kind: 'loading' }
  /** Not a web page (browser pages, the store, PDFs in the viewer). */
  | { kind: 'unsupported' }
  /** Our content script is not in the page: no permission for the site yet. */
  | { kind: 'no-access'; hostname: string; origin: string }
  | { kind: 'paused'; hostname: string }
  | { kind: 'summary'; hostname: string; summary: PageSummary };

export interface PopupDeps {
  tabUrl: () => Promise<string | null>;
  getSummary: () => Promise<PageSummary>;
  pausedSites: () => Promise<string[]>;
}

/** Reads the tab's state once: summary, paused, or no content script there. */
export async function loadPopupState(deps: PopupDeps): Promise<PopupState> {
  const url = await deps.tabUrl().catch(() => null);
  if (url && !/^https?:/i.test(url)) return { kind: 'unsupported' };
  let summary: PageSummary | null = null;
  try {
    summary = await deps.getSummary();
  } catch {
    summary = null;
  }
  const pageUrl = summary?.url || url || '';
  const hostname = siteOf(pageUrl) ?? '';
  const paused = await deps.pausedSites().catch(() => [] as string[]);
  if (hostname && paused.includes(hostname)) return { kind: 'paused', hostname };
  if (!summary) {
    if (!url) return { kind: 'no-access', hostname: '', origin: '' };
    return { kind: 'no-access', hostname, origin: new URL(url).origin };
  }
  return { kind: 'summary', hostname, summary };
}

// How long the popup waits for a page still being analysed, and how often it asks.
export const POLL_MS = 250;
export const POLL_LIMIT_MS = 15_000;

/** Asks again until the summary is ready (matches in), the limit passes, or `signal` aborts. */
export async function pollUntilReady(
  deps: PopupDeps,
  onState: (state: PopupState) => void,
  signal: AbortSignal,
  /** Right after injecting the script: a missing script means "not there yet". */
  untilScript = false,
): Promise<void> {
  const started = Date.now();
  for (;;) {
    const state = await loadPopupState(deps);
    if (signal.aborted) return;
    onState(state);
    const waiting =
      (state.kind === 'summary' && !state.summary.ready) ||
      (untilScript && state.kind === 'no-access');
    if (!waiting || Date.now() - started > POLL_LIMIT_MS) return;
    await new Promise((r) => setTimeout(r, POLL_MS));
    if (signal.aborted) return;
  }
}
