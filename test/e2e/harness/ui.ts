import type { Page } from 'puppeteer-core';
import { CHANNEL } from '../../../src/messaging/protocol.ts';
import type { ExtensionBrowser } from './chromium.ts';

/**
 * Text of the open popover inside the extension's shadow root, read through the
 * DevTools protocol so it works whether the shadow root is open or closed.
 */
export async function popoverText(page: Page, timeoutMs = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const handle = await page.$('pierce/[role="dialog"]');
    if (handle) {
      const text = await handle.evaluate(
        (el) => (el as HTMLElement).innerText || el.textContent || '',
      );
      await handle.dispose();
      if (text.trim()) return text;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no popover opened');
}

/** Opens the toolbar popup as a tab, pointed at the given tab (the popup reads `?tabId=`). */
export async function openPopup(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await ext.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
  // The foot (shortcuts) already has text while loading: wait for the popup to say it is done.
  await popup.waitForSelector('main.cb-popup[aria-busy="false"]', { timeout: 20_000 });
  return popup;
}

// ——— The in-page overlay. These read our shadow root directly, so they need the open root
// the content script attaches on loopback pages (127.0.0.1, localhost): test pages only. ———

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The session's data-* state (state, claims, matches, highlights, native), kept on an element
 * inside our shadow root: the host itself carries none the page could read.
 */
export async function overlayState(page: Page): Promise<Record<string, string> | null> {
  return page.evaluate(() => {
    const root = document.getElementById('corroborate-root')?.shadowRoot;
    const mount = root?.querySelector<HTMLElement>('[data-cb="mount"]');
    return mount ? ({ ...mount.dataset } as Record<string, string>) : null;
  });
}

export interface PopoverMatch {
  reportId: string;
  site: string;
  /** 'same' or 'overlap', as the card names it. */
  relation: string;
  diff: string;
  /** Deleted (struck) and inserted words of the diff, as the reader sees them marked. */
  deleted: string[];
  inserted: string[];
  differences: Array<{ type: string; text: string }>;
  href: string | null;
}

export interface PopoverInfo {
  index: number;
  display: string;
  text: string;
  source: string | null;
  cue: string | null;
  state: 'matches' | 'empty' | 'loading' | 'error';
  matches: PopoverMatch[];
  /** Placed on screen (it is measured hidden first) and done sliding in. */
  placed: boolean;
  rect: Box;
  /** Keyboard focus is on the dialog or inside it. */
  focusInside: boolean;
}

/** The open claim card, read as a reader would see it; null when none is open. */
export async function readPopover(page: Page): Promise<PopoverInfo | null> {
  return page.evaluate(() => {
    const root = document.getElementById('corroborate-root')?.shadowRoot;
    const dialog = root?.querySelector<HTMLElement>('[data-cb="popover"][role="dialog"]');
    if (!root || !dialog) return null;
    const text = (el: Element | null | undefined) =>
      el ? (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim() : null;
    const r = dialog.getBoundingClientRect();
    const matches = [...dialog.querySelectorAll<HTMLElement>('[data-cb="match"]')].map((m) => ({
      reportId: m.dataset.reportId ?? '',
      site: text(m.querySelector('.cb-site')) ?? '',
      relation: m.querySelector<HTMLElement>('[data-cb="relation"]')?.dataset.relation ?? '',
      diff: text(m.querySelector('[data-cb="diff"]')) ?? '',
      deleted: [...m.querySelectorAll('[data-cb="diff"] del')].map((d) => d.textContent ?? ''),
      inserted: [...m.querySelectorAll('[data-cb="diff"] ins')].map((d) => d.textContent ?? ''),
      differences: [...m.querySelectorAll<HTMLElement>('[data-cb="difference"]')].map((d) => ({
        type: d.dataset.type ?? '',
        text: text(d) ?? '',
      })),
      href: m.querySelector<HTMLAnchorElement>('[data-cb="open-report"]')?.href ?? null,
    }));
    const state = dialog.querySelector('[data-cb="error"]')
      ? 'error'
      : dialog.querySelector('[data-cb="loading"]')
        ? 'loading'
        : dialog.querySelector('[data-cb="empty"]')
          ? 'empty'
          : 'matches';
    const active = root.activeElement;
    return {
      index: Number(dialog.dataset.index),
      display: dialog.dataset.display ?? '',
      text: text(dialog) ?? '',
      source: text(dialog.querySelector('[data-cb="source"]')),
      cue: text(dialog.querySelector('[data-cb="cue"]')),
      state,
      matches,
      placed:
        getComputedStyle(dialog).visibility !== 'hidden' &&
        dialog.getAnimations().every((a) => a.playState !== 'running'),
      rect: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
      focusInside: !!active && (active === dialog || dialog.contains(active)),
    } as never;
  });
}

/** Waits for a placed card whose matches are in (or empty / failed). */
export async function waitForPopover(page: Page, timeoutMs = 5000): Promise<PopoverInfo> {
  const deadline = Date.now() + timeoutMs;
  let last: PopoverInfo | null = null;
  while (Date.now() < deadline) {
    last = await readPopover(page);
    if (last?.placed && last.state !== 'loading') return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no popover settled; last: ${JSON.stringify(last)}`);
}

export async function waitForPopoverClosed(page: Page, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await readPopover(page))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('popover still open');
}

/** Viewport box of the claim the overlay has in focus (its `corroborate-focus` range). */
export async function focusedClaimBox(page: Page): Promise<Box | null> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('corroborate-focus');
    for (const range of (highlight ?? []) as unknown as Iterable<AbstractRange>) {
      if (!(range instanceof Range)) continue;
      const r = range.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    }
    return null;
  });
}

/** What has keyboard focus: `page:<tag>#id`, `overlay:<data-cb or tag>`, or `body`. */
export async function focusedThing(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const host = document.getElementById('corroborate-root');
    if (active && active === host) {
      const inner = host.shadowRoot?.activeElement as HTMLElement | null | undefined;
      if (!inner) return 'overlay:';
      return `overlay:${inner.dataset.cb ?? inner.tagName.toLowerCase()}`;
    }
    if (!active || active === document.body) return 'body';
    return `page:${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}`;
  });
}

/** Text of the overlay's live region (what a screen reader announces). */
export async function liveText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      document
        .getElementById('corroborate-root')
        ?.shadowRoot?.querySelector('[data-cb="live"]')
        ?.textContent?.replace(/\u200b/g, '') ?? '',
  );
}

/** The legend's visible text per item: sourced, unverified, and the whole legend. */
export async function legendText(
  page: Page,
): Promise<{ sourced: string; unverified: string; all: string } | null> {
  return page.evaluate(() => {
    const legend = document
      .getElementById('corroborate-root')
      ?.shadowRoot?.querySelector<HTMLElement>('[data-cb="legend"]');
    if (!legend) return null;
    const text = (sel: string) =>
      legend.querySelector<HTMLElement>(sel)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
    return {
      sourced: text('[data-cb="legend-sourced"]'),
      unverified: text('[data-cb="legend-unverified"]'),
      all: legend.innerText.replace(/\s+/g, ' ').trim(),
    };
  });
}

/** Number of ranges in each of our highlight registry entries (absent entries left out). */
export async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const name of ['corroborate-sourced', 'corroborate-unverified']) {
      const h = CSS.highlights.get(name);
      if (h) out[name] = h.size;
    }
    return out;
  });
}

/** The `::highlight()` declarations the extension adopted into the page, by highlight name. */
export async function highlightRules(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(() => {
    const out: Record<string, Record<string, string>> = {};
    for (const sheet of document.adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSStyleRule)) continue;
        const name = /::highlight\(([\w-]+)\)/.exec(rule.selectorText)?.[1];
        if (!name || !name.startsWith('corroborate-')) continue;
        const style = rule.style;
        out[name] = {
          line: style.textDecorationLine,
          style: style.textDecorationStyle,
          color: style.textDecorationColor,
          background: style.backgroundColor,
        };
      }
    }
    return out;
  });
}

/** Presses the "next / previous claim" command the way the background forwards it. */
export async function stepClaim(
  ext: ExtensionBrowser,
  tabId: number,
  direction: 1 | -1,
): Promise<number | null> {
  const worker = await ext.worker();
  return worker.evaluate(
    async (id: number, d: number, channel: string) => {
      const reply = (await chrome.tabs.sendMessage(id, {
        channel,
        method: 'stepClaim',
        params: { direction: d },
      })) as { ok: boolean; value?: { index: number | null }; error?: string };
      if (!reply.ok) throw new Error(reply.error);
      return reply.value?.index ?? null;
    },
    tabId,
    direction,
    CHANNEL,
  );
}

/** Resolves once the window has not scrolled for a few frames (smooth scrolls have ended). */
export async function scrollSettled(page: Page, timeoutMs = 3000): Promise<void> {
  await page.evaluate(
    (limit: number) =>
      new Promise<void>((done) => {
        const start = performance.now();
        let last = -1;
        let still = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 3 || performance.now() - start > limit) done();
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    timeoutMs,
  );
}

/**
 * Clicks the painted claim containing `needle` like a reader: scrolled to the middle of the
 * window at once (a page's smooth scrolling or our own claim scroll must not move it under
 * the pointer), then a click on its first line.
 */
export async function clickClaim(page: Page, needle: string): Promise<void> {
  await scrollSettled(page);
  const point = await page.evaluate((text: string) => {
    for (const name of ['corroborate-sourced', 'corroborate-unverified']) {
      for (const range of (CSS.highlights.get(name) ?? []) as unknown as Iterable<AbstractRange>) {
        if (!(range instanceof Range) || !range.toString().includes(text)) continue;
        const first = range.getClientRects()[0];
        if (!first) return null;
        window.scrollBy({ top: first.top - window.innerHeight / 2, behavior: 'instant' });
        const r = range.getClientRects()[0] ?? first;
        return { x: r.x + Math.min(r.width / 2, 40), y: r.y + r.height / 2 };
      }
    }
    return null;
  }, needle);
  if (!point) throw new Error(`no painted claim contains "${needle}"`);
  await page.mouse.click(point.x, point.y);
}
