// Page text is only ever rendered as text. A page whose title, site name, byline,
// date, canonical url, quotes and links carry script payloads is read, then a page
// sharing its claims; the popover, the popup and the options page show the
// payloads literally, no element or handler is created from them, and the flag
// every payload would set (window.__pwned) stays unset everywhere.
import type { CDPSession, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './harness/chromium.ts';
import { clickHighlight } from './harness/highlights.ts';
import { tabIdOf, waitForAnalysis } from './harness/page-state.ts';
import type { StaticServer } from './harness/static-server.ts';
import { closeFixtureBrowser, openFixtureBrowser } from './harness/fixture-browser.ts';
import { openPopup, popoverText } from './harness/ui.ts';

/** Long enough for an injected <img src=x> to fail its load and fire onerror. */
const HANDLER_GRACE_MS = 600;

/** Attributes the browser follows as urls: a script url there runs on click or load. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];

interface DomNode {
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
  contentDocument?: DomNode;
  templateContent?: DomNode;
}

/**
 * Elements that could run script, found through the DevTools protocol (which sees
 * closed shadow roots too). On a web page only our shadow trees are searched (the
 * page's own markup is the page's business); on extension pages the whole document.
 * Flags: <script> (extension pages: only inline or foreign ones), any on* handler,
 * <iframe>/<object>/<embed>/<img>, srcdoc, and script urls. Page text inside an inert
 * attribute (aria-label, a percent-encoded href) is text and fine.
 */
async function scriptableNodes(page: Page, scope: 'shadow' | 'document'): Promise<string[]> {
  const session: CDPSession = await page.createCDPSession();
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  await session.detach();
  const found: string[] = [];
  const visit = (node: DomNode, inScope: boolean) => {
    if (inScope && node.nodeName !== '#document' && node.nodeName !== '#document-fragment') {
      const attrs = new Map<string, string>();
      const list = node.attributes ?? [];
      for (let i = 0; i + 1 < list.length; i += 2)
        attrs.set((list[i] ?? '').toLowerCase(), list[i + 1] ?? '');
      const name = node.nodeName.toUpperCase();
      const describe = `<${name.toLowerCase()} ${[...attrs].map(([k, v]) => `${k}="${v}"`).join(' ')}>`;
      const src = attrs.get('src') ?? '';
      if (
        name === 'SCRIPT' &&
        (scope === 'shadow' ||
          !src ||
          (/^[a-z]+:/i.test(src) && !src.startsWith('chrome-extension:')))
      ) {
        found.push(describe);
      } else if (['IFRAME', 'OBJECT', 'EMBED', 'FRAME'].includes(name)) found.push(describe);
      else if (name === 'IMG' && scope === 'shadow') found.push(describe);
      else if ([...attrs.keys()].some((k) => k.startsWith('on'))) found.push(describe);
      else if ([...attrs.keys()].includes('srcdoc')) found.push(describe);
      else if (
        URL_ATTRIBUTES.some((a) => /^\s*(javascript|vbscript|data):/i.test(attrs.get(a) ?? ''))
      ) {
        found.push(describe);
      }
    }
    for (const child of node.children ?? []) visit(child, inScope);
    for (const shadow of node.shadowRoots ?? []) {
      visit(shadow, inScope || (scope === 'shadow' && shadow.shadowRootType !== 'user-agent'));
    }
    if (node.contentDocument) visit(node.contentDocument, inScope);
    if (node.templateContent) visit(node.templateContent, inScope);
  };
  visit(root, scope === 'document');
  return found;
}

async function pwned(page: Page): Promise<unknown> {
  await new Promise((r) => setTimeout(r, HANDLER_GRACE_MS));
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);
}

/** Links the extension renders must go to web pages or its own pages, never to script. */
async function badLinks(page: Page, scope: 'shadow' | 'document'): Promise<string[]> {
  const selector = scope === 'shadow' ? 'pierce/a[href]' : 'a[href]';
  const hrefs = await page.$$eval(selector, (links) =>
    links.map((a) => (a as HTMLAnchorElement).href),
  );
  return hrefs.filter((h) => !/^(https?:|chrome-extension:|moz-extension:|#)/.test(h));
}

let server: StaticServer;
let ext: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  ({ server, ext, page } = await openFixtureBrowser());
});

afterAll(() => closeFixtureBrowser({ ext, server }));

describe('hostile page text', () => {
  it('reads a page whose every field carries a payload without running any', async () => {
    // The url carries one too (the browser percent-encodes it; a decoded display must stay text).
    const url = server.url(
      `/hostile-source/?ref="><svg onload="window.__pwned='url'">#<img src=x onerror=alert(1)>`,
    );
    await page.goto(url, { waitUntil: 'load' });
    const summary = await waitForAnalysis(ext, page);
    expect(summary.isArticle).toBe(true);
    expect(summary.counts.sourced).toBeGreaterThan(0);
    expect(await pwned(page)).toBeNull();
    expect(await scriptableNodes(page, 'shadow')).toEqual([]);
  });

  it('shows the payloads of the first page literally in the second page’s popover', async () => {
    await page.goto(server.url('/hostile-rewrite/'), { waitUntil: 'load' });
    const summary = await waitForAnalysis(ext, page);
    expect(summary.story.length).toBe(1);
    await clickHighlight(page, 'is false from beginning to end');
    const text = await popoverText(page);
    // Their sentence, payload and all, as text.
    expect(text).toContain(`<img src=x onerror="window.__pwned='quote'">`);
    expect(await pwned(page)).toBeNull();
    expect(await scriptableNodes(page, 'shadow')).toEqual([]);
    expect(await badLinks(page, 'shadow')).toEqual([]);
  });

  it('shows them literally in the toolbar popup', async () => {
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    await popup.waitForFunction(() => document.body.innerText.includes('Ministry denies'), {
      timeout: 10_000,
    });
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('<img src=x onerror=');
    expect(await pwned(popup)).toBeNull();
    expect(await scriptableNodes(popup, 'document')).toEqual([]);
    expect(await badLinks(popup, 'document')).toEqual([]);
    await popup.close();
  });

  it('shows them literally on the options page', async () => {
    const options = await ext.openExtensionPage('src/options/index.html');
    await options.waitForFunction(() => document.body.innerText.includes('Ministry denies'), {
      timeout: 10_000,
    });
    const text = await options.evaluate(() => document.body.innerText);
    expect(text).toContain('<img src=x onerror=');
    expect(text).toContain(`"><svg onload="window.__pwned='site'">Evil Gazette`);
    expect(await pwned(options)).toBeNull();
    expect(await scriptableNodes(options, 'document')).toEqual([]);
    expect(await badLinks(options, 'document')).toEqual([]);
    await options.close();
  });

  it('never set the flag on the pages read', async () => {
    expect(await pwned(page)).toBeNull();
  });

  it('catches a payload planted in a closed shadow root (the checks can fail)', async () => {
    const probe = await ext.browser.newPage();
    await probe.goto(server.url('/hostile-rewrite/'), { waitUntil: 'load' });
    await probe.evaluate(() => {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'closed' });
      const img = document.createElement('img');
      img.setAttribute('src', 'x');
      img.setAttribute('onerror', "window.__pwned='planted'");
      const link = document.createElement('a');
      link.setAttribute('href', 'javascript:void 0');
      root.append(img, link);
      document.documentElement.append(host);
    });
    const found = await scriptableNodes(probe, 'shadow');
    expect(found.some((f) => f.startsWith('<img'))).toBe(true);
    expect(found.some((f) => f.startsWith('<a'))).toBe(true);
    expect(await pwned(probe)).toBe('planted');
    await probe.close();
  });
});
