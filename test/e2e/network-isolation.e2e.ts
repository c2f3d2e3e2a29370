// Nothing leaks and nothing gets in. The seed pair is read with every request of
// every target recorded (DevTools Network domain on pages, the service worker and
// extension pages), the static server's access log kept, and all other traffic
// forced through a trap proxy that records it; only the test's own page loads and
// the extension's own files may show up. Then web pages, another extension and a
// (compromised) content script try to reach the background and are refused.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL } from '../../src/messaging/protocol.ts';
import { CHROMIUM, CHROMIUM_ARGS, type ExtensionBrowser } from './harness/chromium.ts';
import { clickHighlight } from './harness/highlights.ts';
import { inIsolatedWorld } from './harness/isolated-world.ts';
import { tabIdOf, waitForAnalysis } from './harness/page-state.ts';
import { openPopup, popoverText } from './harness/ui.ts';
import { serveFolder, type StaticServer } from './harness/static-server.ts';

const DIST = process.env.CORROBORATE_DIST ?? 'dist';
/** How long a message may go unanswered before we call it ignored. */
const NO_REPLY_MS = 1500;

/** Hosts Chromium itself contacts, whatever the extensions do (seen in runs with none loaded). */
const BROWSER_OWN =
  /^(CONNECT|GET|POST) (https?:\/\/)?([a-z0-9-]+\.googleapis\.com|clients\d*\.google\.com|accounts\.google\.com|[a-z0-9.-]+\.gvt1\.com|edgedl\.me\.gvt1\.com|www\.google\.com)[:/]/;

interface Seen {
  target: string;
  url: string;
}

/** An HTTP proxy that answers nothing and remembers everything sent through it. */
async function trapProxy(): Promise<{ port: number; log: string[]; close: () => Promise<void> }> {
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    log.push(`CONNECT ${req.url}`);
    socket.end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    log,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A second, unrelated extension whose worker will try to call ours. */
function otherExtension(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Other',
      version: '1.0',
      background: { service_worker: 'sw.js' },
    }),
  );
  writeFileSync(join(dir, 'sw.js'), '// does nothing on its own; the test drives it\n');
}

let server: StaticServer;
let access: string[];
let proxy: Awaited<ReturnType<typeof trapProxy>>;
let browser: Browser;
let ext: ExtensionBrowser;
let profile: string;
let otherDir: string;
const seen: Seen[] = [];

async function record(target: Target): Promise<void> {
  if (
    !['page', 'service_worker', 'background_page', 'other', 'shared_worker'].includes(target.type())
  )
    return;
  try {
    const session = await target.createCDPSession();
    session.on('Network.requestWillBeSent', (event: { request: { url: string } }) => {
      seen.push({ target: `${target.type()} ${target.url()}`, url: event.request.url });
    });
    await session.send('Network.enable');
  } catch {
    // The target went away before we could attach: it sent nothing we could miss later.
  }
}

async function launch(): Promise<void> {
  profile = mkdtempSync(join(tmpdir(), 'corroborate-net-'));
  otherDir = join(profile, 'other-extension');
  otherExtension(otherDir);
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: [resolve(DIST), otherDir],
    userDataDir: join(profile, 'data'),
    // Loopback stays direct (Chromium never proxies it); everything else goes to the trap.
    args: [...CHROMIUM_ARGS, `--proxy-server=http://127.0.0.1:${proxy.port}`],
    defaultViewport: { width: 1280, height: 900 },
  });
  browser.on('targetcreated', (t: Target) => void record(t));
  for (const t of browser.targets()) await record(t);
  // Ours runs crxjs's service-worker loader; the other extension's worker is sw.js.
  const ours = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().endsWith('/service-worker-loader.js'),
    { timeout: 20_000 },
  );
  const extensionId = new URL(ours.url()).host;
  if (!extensionId) throw new Error('our service worker never started');
  ext = {
    browser,
    extensionId,
    userDataDir: profile,
    async worker() {
      const t = await browser.waitForTarget(
        (x) =>
          x.type() === 'service_worker' && x.url().startsWith(`chrome-extension://${extensionId}/`),
        { timeout: 20_000 },
      );
      const w = await t.worker();
      if (!w) throw new Error('no worker');
      return w;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    close: async () => undefined,
  };
}

/** The other extension's worker, for sending from it. */
async function otherWorker() {
  for (const t of browser.targets().filter((x) => x.type() === 'service_worker')) {
    if (!t.url().startsWith(`chrome-extension://${ext.extensionId}/`)) {
      const w = await t.worker();
      if (w) return w;
    }
  }
  throw new Error('the other extension has no worker');
}

/** Evaluates in our content script's isolated world on `page` (through the DevTools protocol). */
function inContentScript(page: Page, expression: string): Promise<unknown> {
  return inIsolatedWorld(page, `chrome-extension://${ext.extensionId}`, expression);
}

async function reportCount(): Promise<number> {
  const page = await ext.openExtensionPage('src/options/index.html');
  const total = await page.evaluate(async (channel: string) => {
    const api = (
      globalThis as unknown as {
        chrome: {
          runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: { total: number } }> };
        };
      }
    ).chrome;
    const reply = await api.runtime.sendMessage({ channel, method: 'listReports', params: {} });
    return reply.ok ? reply.value.total : -1;
  }, CHANNEL);
  await page.close();
  return total;
}

beforeAll(async () => {
  access = [];
  proxy = await trapProxy();
  const inner = await serveFolder('test/fixtures/pages');
  // Wrap the static server's origin with an access log: every request it serves is recorded.
  const logged = createServer((req, res) => {
    access.push(`${req.method} ${req.url}`);
    const upstream = new URL(req.url ?? '/', inner.origin);
    fetch(upstream).then(
      async (r) => {
        res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'text/plain' });
        res.end(Buffer.from(await r.arrayBuffer()));
      },
      () => res.writeHead(502).end(),
    );
  });
  await new Promise<void>((done) => logged.listen(0, '127.0.0.1', done));
  const address = logged.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  server = {
    origin: `http://127.0.0.1:${address.port}`,
    url: (path) => `http://127.0.0.1:${address.port}${path.startsWith('/') ? '' : '/'}${path}`,
    close: async () => {
      await new Promise<void>((done) => logged.close(() => done()));
      await inner.close();
    },
  };
  await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await proxy?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('no request of its own', () => {
  let page: Page;

  it('reads the seed pair, opens a popover, the popup and the options page', async () => {
    page = await browser.newPage();
    await page.goto(server.url('/ap-putin-talks/'), { waitUntil: 'load' });
    await waitForAnalysis(ext, page);
    await page.goto(server.url('/aggregator-putin-talks/'), { waitUntil: 'load' });
    const summary = await waitForAnalysis(ext, page);
    expect(summary.story).toHaveLength(1);
    await clickHighlight(page, 'emphasised the need for the West');
    expect(await popoverText(page)).toContain('emphasized the need');
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    await popup.close();
    const options = await ext.openExtensionPage('src/options/index.html');
    await options.waitForFunction(() => document.body.innerText.includes('Putin'), {
      timeout: 10_000,
    });
    await options.close();
    await new Promise((r) => setTimeout(r, 500)); // let any late request show up
  });

  it('sent nothing anywhere but the test’s own page loads and its own files', () => {
    // Chromium's own services (component and extension updates, network time, sign-in)
    // still call home through the proxy with the flags we can pass; nothing else may.
    expect(proxy.log.filter((line) => !BROWSER_OWN.test(line))).toEqual([]);
    const own = `chrome-extension://${ext.extensionId}/`;
    // chrome:// is the browser's own UI (the omnibox popup loads its WebUI files): no network.
    const foreign = seen.filter(
      (s) =>
        !s.url.startsWith('chrome://') &&
        !s.url.startsWith(server.origin + '/') &&
        !s.url.startsWith(own) &&
        !/^(data|blob):/.test(s.url),
    );
    expect(foreign).toEqual([]);
    // Requests to the page server come from the pages themselves, never from the extension.
    const fromExtension = seen.filter(
      (s) => s.target.includes('chrome-extension://') && !s.url.startsWith(own),
    );
    expect(fromExtension).toEqual([]);
  });

  it('would have seen a request of the service worker (the recorders work)', async () => {
    expect(seen.some((s) => s.url === server.url('/ap-putin-talks/'))).toBe(true);
    expect(seen.some((s) => s.url.startsWith(`chrome-extension://${ext.extensionId}/`))).toBe(true);
    const worker = await ext.worker();
    await worker.evaluate(() => fetch('http://probe.example/ping').catch(() => null));
    await new Promise((r) => setTimeout(r, 300));
    expect(
      seen.some(
        (s) => s.url === 'http://probe.example/ping' && s.target.includes('service_worker'),
      ),
    ).toBe(true);
    expect(proxy.log.some((line) => line.includes('probe.example'))).toBe(true);
  });

  it('fetched each page once: the extension never re-downloads what the reader opened', () => {
    const pages = access.filter((line) => !line.endsWith('/favicon.ico'));
    expect(pages.sort()).toEqual(['GET /aggregator-putin-talks/', 'GET /ap-putin-talks/']);
  });
});

describe('nobody else reaches the background', () => {
  it('is not reachable from a web page through chrome.runtime', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/ap-putin-talks/'), { waitUntil: 'load' });
    const outcome = await page.evaluate(
      async (id: string, channel: string, wait: number) => {
        const runtime = (
          window as unknown as {
            chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } };
          }
        ).chrome?.runtime;
        if (!runtime?.sendMessage) return 'no runtime';
        try {
          const reply = await Promise.race([
            runtime.sendMessage(id, { channel, method: 'clearAll', params: {} }),
            new Promise((r) => setTimeout(() => r('no reply'), wait)),
          ]);
          return reply === 'no reply' ? 'no reply' : `answered ${JSON.stringify(reply)}`;
        } catch (error) {
          return `refused ${String(error)}`;
        }
      },
      ext.extensionId,
      CHANNEL,
      NO_REPLY_MS,
    );
    expect(outcome).toMatch(/^(no runtime|no reply|refused)/);
    await page.close();
  });

  it('ignores window.postMessage on our channel', async () => {
    const before = await reportCount();
    const page = await browser.newPage();
    await page.goto(server.url('/aggregator-putin-talks/'), { waitUntil: 'load' });
    await waitForAnalysis(ext, page);
    const heard = await page.evaluate(
      async (channel: string, wait: number) => {
        const messages: unknown[] = [];
        window.addEventListener('message', (e) => messages.push(e.data));
        for (const method of ['clearAll', 'getSummary', 'deleteReport', 'importAll']) {
          window.postMessage({ channel, method, params: { id: 1, json: '{}' } }, '*');
          document.dispatchEvent(new CustomEvent(channel, { detail: { method } }));
        }
        await new Promise((r) => setTimeout(r, wait));
        return messages.length;
      },
      CHANNEL,
      NO_REPLY_MS,
    );
    // Only the page's own four posts: no reply came back.
    expect(heard).toBe(4);
    expect(await reportCount()).toBe(before);
    expect(before).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('is not reachable from another extension', async () => {
    const before = await reportCount();
    const worker = await otherWorker();
    const outcome = await worker.evaluate(
      async (id: string, channel: string) => {
        const api = (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(id: string, m: unknown): Promise<unknown> } };
          }
        ).chrome;
        try {
          return `answered ${JSON.stringify(await api.runtime.sendMessage(id, { channel, method: 'clearAll', params: {} }))}`;
        } catch (error) {
          return `refused ${String(error)}`;
        }
      },
      ext.extensionId,
      CHANNEL,
    );
    expect(outcome).toMatch(/^refused/);
    expect(await reportCount()).toBe(before);
  });

  it('refuses store-wide orders and malformed messages from a content script', async () => {
    const before = await reportCount();
    const page = await browser.newPage();
    await page.goto(server.url('/ap-putin-talks/'), { waitUntil: 'load' });
    await waitForAnalysis(ext, page);
    const send = (message: unknown) =>
      inContentScript(
        page,
        `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => r ?? null, (e) => ({ threw: String(e) }))`,
      );
    const clear = (await send({ channel: CHANNEL, method: 'clearAll', params: {} })) as {
      ok: boolean;
      error?: string;
    };
    expect(clear.ok).toBe(false);
    expect(clear.error).toMatch(/refused/);
    const list = (await send({ channel: CHANNEL, method: 'exportAll', params: {} })) as {
      ok: boolean;
    };
    expect(list.ok).toBe(false);
    const unknown = (await send({ channel: CHANNEL, method: '__proto__', params: {} })) as {
      ok: boolean;
      error?: string;
    };
    expect(unknown).toMatchObject({ ok: false });
    const malformed = (await send({
      channel: CHANNEL,
      method: 'matchPage',
      params: { url: 42, sentences: 'x' },
    })) as { ok: boolean };
    expect(malformed.ok).toBe(false);
    expect(await reportCount()).toBe(before);
    await page.close();
  });

  it('does not let a content script file a report under another site’s url', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/ap-putin-talks/'), { waitUntil: 'load' });
    await waitForAnalysis(ext, page);
    const forged = {
      url: 'https://www.reuters.com/world/forged-report',
      canonicalUrl: 'https://www.reuters.com/world/forged-report',
      site: 'Reuters',
      title: 'Forged report',
      byline: null,
      publishedTime: null,
      lang: 'en',
      text: 'Officials said the forged claim was true.',
      sentences: [
        {
          index: 0,
          text: 'Officials said the forged claim was true.',
          start: 0,
          end: 41,
          kind: 'anonymous',
          hedged: false,
          source: 'Officials',
          sourceType: 'government',
          cue: 'said',
        },
      ],
    };
    const reply = (await inContentScript(
      page,
      `chrome.runtime.sendMessage(${JSON.stringify({ channel: CHANNEL, method: 'matchPage', params: forged })}).then((r) => r ?? null, (e) => ({ threw: String(e) }))`,
    )) as { ok: boolean };
    await page.close();
    const options = await ext.openExtensionPage('src/options/index.html');
    const urls = await options.evaluate(async (channel: string) => {
      const api = (
        globalThis as unknown as {
          chrome: {
            runtime: {
              sendMessage(
                m: unknown,
              ): Promise<{ ok: boolean; value: { items: Array<{ url: string }> } }>;
            };
          };
        }
      ).chrome;
      const r = await api.runtime.sendMessage({
        channel,
        method: 'listReports',
        params: { limit: 100 },
      });
      return r.ok ? r.value.items.map((i) => i.url) : [];
    }, CHANNEL);
    await options.close();
    // Either refused outright, or filed under the tab's own url: never under reuters.com.
    expect(urls.filter((u) => u.includes('reuters.com'))).toEqual([]);
    expect(typeof reply.ok).toBe('boolean');
  });
});
