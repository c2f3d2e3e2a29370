/**
 * Notices when the page needs analysing again: a History API navigation in a single-page app,
 * or the article (or, before one was found, the page) changing after load.
 */

export type ChangeReason = 'navigation' | 'content';

export interface WatchOptions {
  /** The element holding the article, or null while none was found. */
  root: () => Element | null;
  onChange: (reason: ChangeReason) => void;
  signal: AbortSignal;
}

// Let a burst of DOM updates (rendering, lazy paragraphs) settle before analysing again.
const DEBOUNCE_MS = 700;
// Added text needed to try again on a page where no article was found yet.
const LATE_TEXT_CHARS = 400;
// A live-updating page should not be analysed forever: stop watching content after this many.
const MAX_CONTENT_RUNS = 25;

function pageKey(url: string): string {
  return url.split('#')[0] ?? url;
}

export function watchPage(view: Window, options: WatchOptions): void {
  const doc = view.document;
  let lastUrl = pageKey(view.location.href);
  let timer: number | null = null;
  let pending: ChangeReason | null = null;
  let contentRuns = 0;

  const fire = (reason: ChangeReason) => {
    // A navigation outranks a content change already waiting.
    pending = pending === 'navigation' ? pending : reason;
    if (timer) view.clearTimeout(timer);
    timer = view.setTimeout(() => {
      timer = null;
      const r = pending;
      pending = null;
      if (!r || options.signal.aborted) return;
      if (r === 'content' && ++contentRuns > MAX_CONTENT_RUNS) return;
      if (r === 'navigation') contentRuns = 0;
      options.onChange(r);
    }, DEBOUNCE_MS);
  };

  const checkUrl = (): boolean => {
    const now = pageKey(view.location.href);
    if (now === lastUrl) return false;
    lastUrl = now;
    fire('navigation');
    return true;
  };

  const observer = new MutationObserver((records) => {
    if (checkUrl()) return;
    const root = options.root();
    if (root) {
      if (
        !root.isConnected ||
        records.some((r) => root.contains(r.target) || r.target.contains(root))
      ) {
        fire('content');
      }
      return;
    }
    let added = 0;
    for (const r of records) {
      for (const node of r.addedNodes) added += node.textContent?.length ?? 0;
    }
    if (added >= LATE_TEXT_CHARS) fire('content');
  });
  observer.observe(doc.body ?? doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });

  const opts = { signal: options.signal };
  view.addEventListener('popstate', () => checkUrl(), opts);
  // The Navigation API sees pushState from the page's own world, which our world cannot patch.
  const nav = (view as Window & { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', () => checkUrl(), opts);

  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer) view.clearTimeout(timer);
  });
}
