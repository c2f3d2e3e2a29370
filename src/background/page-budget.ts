/**
 * How often pages may ask to be matched and filed. A page can change its url with pushState
 * and its text at will, and each new text is a new report of up to 2 M characters; a
 * compromised content script can also send matchPage in a loop, each answer saying what the
 * reader's history holds about the text sent. Limits are per worker lifetime (a worker that
 * stops forgets them, but one kept busy by a page does not stop).
 */

/** Requests a tab may make at once: a load, an SPA navigation or two and late content. */
export const TAB_BURST = 8;
/** …then one more per this many milliseconds (the content script waits 700 ms between runs). */
export const TAB_REFILL_MS = 2_000;
/** Distinct pages one origin may file while the worker runs; far above a reader's day on one site. */
export const ORIGIN_REPORTS = 300;

export interface BudgetOptions {
  burst?: number;
  refillMs?: number;
  originReports?: number;
  now?: () => number;
}

/** Per-tab request rate (token bucket) and per-origin count of distinct pages filed. */
export class PageBudget {
  private readonly tabs = new Map<number, { tokens: number; at: number }>();
  private readonly origins = new Map<string, Set<string>>();
  private readonly burst: number;
  private readonly refillMs: number;
  private readonly originReports: number;
  private readonly now: () => number;

  constructor(options: BudgetOptions = {}) {
    this.burst = options.burst ?? TAB_BURST;
    this.refillMs = options.refillMs ?? TAB_REFILL_MS;
    this.originReports = options.originReports ?? ORIGIN_REPORTS;
    this.now = options.now ?? Date.now;
  }

  /** Takes one request of `tabId` for the page `pageKey` of `origin`; an error text if refused. */
  take(tabId: number, origin: string, pageKey: string): string | null {
    const t = this.now();
    const bucket = this.tabs.get(tabId) ?? { tokens: this.burst, at: t };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (t - bucket.at) / this.refillMs);
    bucket.at = t;
    this.tabs.set(tabId, bucket);
    if (bucket.tokens < 1)
      return 'Refused: this tab asks to be analysed too often; try again shortly.';
    const pages = this.origins.get(origin) ?? new Set<string>();
    if (!pages.has(pageKey) && pages.size >= this.originReports) {
      return `Refused: ${origin} filed ${this.originReports} pages since the extension started; no more are kept from it now.`;
    }
    bucket.tokens -= 1;
    pages.add(pageKey);
    this.origins.set(origin, pages);
    return null;
  }

  /** Forgets a closed tab. */
  forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
  }
}
