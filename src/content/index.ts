import { rangeForText } from '../extract/index.ts';
import { connectBackground } from '../messaging/client.ts';
import { serveContent } from '../messaging/serve.ts';
import { ownCanonical } from '../model/web-url.ts';
import { analyseDocument } from '../pipeline/analyse-document.ts';
import { PageSession } from './page-session.ts';

// The script can be injected twice (declared for loopback pages, then again on demand through
// activeTab): one session per page and world.
const KEY = Symbol.for('corroborate.content');
type Global = typeof globalThis & { [KEY]?: true };

// Reader preferences of the in-page UI, in extension storage (never in the page's storage).
const PREFS_KEY = 'corroborate.ui';

// Set by the build (vite.config.ts): development builds open our shadow root so tests can read
// it; store builds close it. The page's host name must not decide it (any site can be served
// from a loopback address the reader browses).
declare const __CORROBORATE_OPEN_SHADOW__: boolean | undefined;
const OPEN_SHADOW = typeof __CORROBORATE_OPEN_SHADOW__ === 'boolean' && __CORROBORATE_OPEN_SHADOW__;

function start(): void {
  const g = globalThis as Global;
  if (g[KEY] || window.top !== window) return;
  g[KEY] = true;

  // One port for this page's requests (the page answer is the one the reader waits for).
  const background = connectBackground();
  const session = new PageSession({
    view: window,
    analyse: (doc, url) => {
      const analysis = analyseDocument(doc, url);
      const { report } = analysis;
      // The store keeps only a canonical url of the page's own origin, and only http(s) ones
      // (a `javascript:` canonical would refuse the whole report): drop any other here.
      const canonicalUrl = ownCanonical(report.url, report.canonicalUrl);
      return { ...analysis, report: { ...report, canonicalUrl } };
    },
    rangeForText,
    matchPage: (report) => background.call('matchPage', report),
    // The background answers for this page's own site only (from the sender's address).
    isSitePaused: async () => (await background.call('sitePaused', {})).paused,
    openShadow: OPEN_SHADOW,
    watch: true,
    prefs: {
      load: async () => {
        const got = await browser.storage.local.get(PREFS_KEY);
        const value = got[PREFS_KEY] as { legendCollapsed?: unknown } | undefined;
        return { legendCollapsed: value?.legendCollapsed === true };
      },
      save: (prefs) => browser.storage.local.set({ [PREFS_KEY]: prefs }),
    },
    onError: (where, error) => {
      const message = error instanceof Error ? error.message : String(error);
      // The extension was reloaded or removed: this copy is orphaned, leave the page clean.
      if (/context invalidated/i.test(message)) session.destroy();
      else console.warn(`[corroborate] ${where}:`, message);
    },
  });

  const stopServing = serveContent({
    getSummary: () => session.getSummary(),
    focusClaim: ({ index }) => ({ focused: session.focusClaim(index) }),
    setHighlights: ({ on }) => ({ on: session.setHighlights(on) }),
    stepClaim: ({ direction }) => ({ index: session.stepClaim(direction) }),
  });
  session.signal.addEventListener('abort', () => {
    stopServing();
    background.destroy();
  });
  window.addEventListener('pagehide', (e) => {
    if (!e.persisted) session.destroy();
  });
  void session.start();
}

start();
