import { IN_PAGE_CSS } from '../ui/in-page-css.ts';

/** Id (and tag) of the one element we add to a page; everything we show lives in its shadow. */
export const HOST_ID = 'corroborate-root';
export const HOST_TAG = 'corroborate-root';

// The host must not inherit or be styled by the page: reset everything, then take no space.
const HOST_STYLE = [
  'all: initial !important',
  'display: block !important',
  'position: fixed !important',
  'top: 0 !important',
  'left: 0 !important',
  'width: 0 !important',
  'height: 0 !important',
  'overflow: visible !important',
  'z-index: 2147483647 !important',
].join(';');

export interface ShadowHost {
  host: HTMLElement;
  /** Where Preact renders. */
  mount: HTMLElement;
  /** Our own layer for fallback highlight boxes (when CSS.highlights is missing). */
  boxes: HTMLElement;
  root: ShadowRoot;
  destroy(): void;
}

/**
 * Appends our host to <html> (not <body>, which SPA frameworks re-render). The shadow root is
 * closed in store builds so page scripts cannot read which other reports the reader has seen;
 * development builds (tests, the demo) open it so tests can inspect it.
 */
export function createShadowHost(doc: Document, options: { open: boolean }): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  host.id = HOST_ID;
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: options.open ? 'open' : 'closed' });
  const view = doc.defaultView;
  const sheetCtor = view?.CSSStyleSheet;
  let adopted = false;
  if (sheetCtor && 'adoptedStyleSheets' in root) {
    try {
      const sheet = new sheetCtor();
      sheet.replaceSync(IN_PAGE_CSS);
      root.adoptedStyleSheets = [sheet];
      adopted = true;
    } catch {
      adopted = false;
    }
  }
  if (!adopted) {
    // Inside our own shadow root a <style> element touches nothing of the page.
    const style = doc.createElement('style');
    style.textContent = IN_PAGE_CSS;
    root.append(style);
  }
  const boxes = doc.createElement('div');
  boxes.className = 'cb-boxes';
  boxes.setAttribute('aria-hidden', 'true');
  const mount = doc.createElement('div');
  // The session's state for tests and tools: inside the shadow root, never on the host, whose
  // attributes the page reads.
  mount.dataset.cb = 'mount';
  root.append(boxes, mount);
  doc.documentElement.append(host);
  return {
    host,
    mount,
    boxes,
    root,
    destroy() {
      host.remove();
    },
  };
}

/** Removes a host left behind by an earlier copy of the extension (reload, update). */
export function removeStaleHosts(doc: Document): void {
  for (const el of doc.querySelectorAll(HOST_TAG)) el.remove();
}
