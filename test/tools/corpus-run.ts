// `npm run corpus -- DATA [--dist DIR] [--limit N] [--only TEXT] [--settle MS]`: loads every
// page of DATA/readability-pages/*/source.html and DATA/extraction-dev/html/*.html.gz from
// 127.0.0.1 in two Chromiums side by side, one with the extension and one without, and checks
// that the extension never breaks a page:
// - no uncaught error (nor console.error) in any extension context: the content script's
//   isolated world (Runtime.exceptionThrown on the page target, by execution context), the
//   service worker;
// - no mutation of the page's DOM outside our shadow host: a MutationObserver installed in
//   the main world before any page script records every mutation after DOMContentLoaded
//   (the content script runs at document_idle, later). Page scripts mutate too, so a record
//   is only blamed on the extension when two runs with it both show it more often than any
//   of three runs without it (same page, same moment, Math.random seeded the same);
// - page scripts unaffected: uncaught page errors with the extension vs without.
// Other hosts resolve to nothing (--host-resolver-rules), so pages load offline and fast.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page, type Target } from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS, type ExtensionBrowser } from '../e2e/harness/chromium.ts';
import { pageSummary, tabIdOf } from '../e2e/harness/page-state.ts';
import { loadCorpusPages, type CorpusPage } from './corpus-pages.ts';

/** Longest wait for the content script to report the page analysed (non-articles report too). */
const SETTLE_MS = 6000;
/** After the analysis, time for late work (highlights, the popover host) to land. */
const DWELL_MS = 300;
/** A page that takes longer than this in all is skipped and reported as hanging. */
const HANG_MS = 15_000;
const HOST_ID = 'corroborate-root';
const REPORT = 'artifacts/corpus/report.json';

interface Options {
  data: string;
  dist: string | null;
  limit: number;
  only: string | null;
  settle: number;
  /** Self-check: mutate every page from an isolated world, as a faulty content script would. */
  plant: boolean;
}

type Corpus = CorpusPage;

/** What one run (with or without the extension) saw on one page. */
interface RunRecord {
  mutations: Map<string, number>;
  pageErrors: string[];
  extensionErrors: string[];
  summary: { isArticle: boolean; ready: boolean; sentences: number } | null;
  /** The page's own script took the tab elsewhere (a redirect, an error page). */
  left: boolean;
}

interface PageResult {
  name: string;
  ms: number;
  hung: boolean;
  isArticle: boolean | null;
  extensionErrors: string[];
  foreignMutations: string[];
  pageErrorsWith: number;
  pageErrorsWithout: number;
  /** The page navigated away by itself before the extension could report on it. */
  left: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    data: '',
    dist: null,
    limit: Infinity,
    only: null,
    settle: SETTLE_MS,
    plant: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = argv[i + 1];
    if (arg === '--dist' && value) options.dist = value;
    else if (arg === '--limit' && value) options.limit = Number(value);
    else if (arg === '--only' && value) options.only = value;
    else if (arg === '--settle' && value) options.settle = Number(value);
    else if (arg === '--plant') {
      options.plant = true;
      continue;
    } else if (!arg.startsWith('--') && !options.data) {
      options.data = arg;
      continue;
    } else usage(`unknown argument ${arg}`);
    i++;
  }
  if (!options.data) usage('DATA folder missing');
  return options;
}

function usage(problem: string): never {
  console.error(`corpus: ${problem}`);
  console.error(
    'usage: npm run corpus -- DATA [--dist DIR] [--limit N] [--only TEXT] [--settle MS] [--plant]',
  );
  process.exit(2);
}

function loadCorpus(data: string): Corpus[] {
  const pages = loadCorpusPages(data);
  if (!pages.length)
    usage(`no pages under ${data} (expected readability-pages/ and extraction-dev/html/)`);
  return pages;
}

/** Serves page i at /p/i/ (decompressed already); anything else is a quick 404. */
async function serveCorpus(
  pages: Corpus[],
): Promise<{ url: (i: number) => string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const match = /^\/p\/(\d+)\/$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    const page = match ? pages[Number(match[1])] : undefined;
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: (i) => `http://127.0.0.1:${address.port}/p/${i}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * Runs in the main world before any page script: seeds Math.random (so page scripts behave
 * alike in every run) and records every DOM mutation after DOMContentLoaded as a key
 * (type, target path, attribute, nodes added and removed) with a count. Plain JavaScript in
 * a string: the page gets it verbatim, with no helper the TypeScript runner might inject.
 */
const OBSERVER = `(() => {
  const HOST_ID = ${JSON.stringify(HOST_ID)};
  let seed = 42;
  Math.random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const counts = new Map();
  const isHost = (n) => !!n && n.nodeType === 1 && n.id === HOST_ID;
  const path = (n) => {
    const parts = [];
    for (let node = n; node && parts.length < 12; node = node.parentNode) {
      if (node.nodeType !== 1) { parts.push(node.nodeName); continue; }
      let i = 1;
      for (let s = node.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === node.localName) i++;
      parts.push(node.localName + ':' + i);
    }
    return parts.reverse().join('>');
  };
  const names = (list) => [...list].map((n) => (isHost(n) ? '#host' : n.nodeName)).join(',');
  const note = (records) => {
    for (const r of records) {
      const key = r.type + '|' + path(r.target) + '|' + (r.attributeName || '') + '|+' + names(r.addedNodes) + '|-' + names(r.removedNodes);
      if (counts.size < 20000 || counts.has(key)) counts.set(key, (counts.get(key) || 0) + 1);
    }
  };
  const observer = new MutationObserver(note);
  document.addEventListener('DOMContentLoaded', () => {
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  Object.defineProperty(window, '__corpusMutations', {
    value: () => { note(observer.takeRecords()); return [...counts]; },
  });
})();`;

/** Mutations that are ours by design: adding our host to the page, and the host's own attributes. */
function isOwnMutation(key: string): boolean {
  const [type, target, , added = '', removed = ''] = key.split('|');
  if (type === 'childList' && (added === '+#host' || removed === '-#host')) return true;
  return !!target && target.includes(`${HOST_ID}:`);
}

interface Side {
  browser: Browser;
  page: Page;
  session: CDPSession;
  contexts: Map<number, string>;
  errors: { page: string[]; extension: string[] };
}

async function openSide(browser: Browser, extensionOrigin: string | null): Promise<Side> {
  const page = await browser.newPage();
  // alert() and friends would block the page (and the run) until answered.
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
  await page.evaluateOnNewDocument(OBSERVER);
  const session = await page.createCDPSession();
  const side: Side = {
    browser,
    page,
    session,
    contexts: new Map(),
    errors: { page: [], extension: [] },
  };
  session.on(
    'Runtime.executionContextCreated',
    (e: { context: { id: number; origin: string; name: string } }) => {
      side.contexts.set(e.context.id, e.context.origin);
    },
  );
  session.on('Runtime.executionContextsCleared', () => side.contexts.clear());
  const ours = (id: number | undefined) =>
    !!extensionOrigin && id !== undefined && side.contexts.get(id) === extensionOrigin;
  session.on(
    'Runtime.exceptionThrown',
    (e: {
      exceptionDetails: {
        executionContextId?: number;
        text: string;
        exception?: { description?: string };
      };
    }) => {
      const d = e.exceptionDetails;
      const text = `${d.text} ${d.exception?.description ?? ''}`.trim().slice(0, 300);
      (ours(d.executionContextId) ? side.errors.extension : side.errors.page).push(text);
    },
  );
  session.on(
    'Runtime.consoleAPICalled',
    (e: {
      type: string;
      executionContextId: number;
      args: Array<{ value?: unknown; description?: string }>;
    }) => {
      if (e.type === 'error' && ours(e.executionContextId)) {
        side.errors.extension.push(
          `console.error ${e.args.map((a) => a.description ?? String(a.value)).join(' ')}`.slice(
            0,
            300,
          ),
        );
      }
    },
  );
  await session.send('Runtime.enable');
  return side;
}

/** Records service worker errors of the extension for the whole run. */
function watchWorker(browser: Browser, origin: string, errors: string[]): void {
  const attach = async (t: Target) => {
    if (t.type() !== 'service_worker' || !t.url().startsWith(origin)) return;
    const session = await t.createCDPSession().catch(() => null);
    if (!session) return;
    session.on(
      'Runtime.exceptionThrown',
      (e: { exceptionDetails: { text: string; exception?: { description?: string } } }) => {
        errors.push(
          `${e.exceptionDetails.text} ${e.exceptionDetails.exception?.description ?? ''}`.slice(
            0,
            300,
          ),
        );
      },
    );
    session.on(
      'Runtime.consoleAPICalled',
      (e: { type: string; args: Array<{ value?: unknown; description?: string }> }) => {
        if (e.type === 'error')
          errors.push(
            `console.error ${e.args.map((a) => a.description ?? String(a.value)).join(' ')}`.slice(
              0,
              300,
            ),
          );
      },
    );
    await session.send('Runtime.enable').catch(() => undefined);
  };
  browser.on('targetcreated', (t: Target) => void attach(t));
  for (const t of browser.targets()) void attach(t);
}

async function launch(dist: string | null, profile: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    ...(dist ? { enableExtensions: [resolve(dist)] } : {}),
    userDataDir: profile,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    defaultViewport: { width: 1280, height: 900 },
  });
}

async function runOne(
  side: Side,
  url: string,
  until: Promise<void>,
  ext: ExtensionBrowser | null,
  settle: number,
  plant = false,
): Promise<RunRecord> {
  side.errors.page.length = 0;
  side.errors.extension.length = 0;
  await side.page.goto(url, { waitUntil: 'load', timeout: HANG_MS }).catch(() => undefined);
  let summary: RunRecord['summary'] = null;
  if (ext) {
    const deadline = Date.now() + settle;
    while (Date.now() < deadline) {
      const s = await pageSummary(ext, side.page).catch(() => null);
      if (s?.ready) {
        summary = {
          isArticle: s.isArticle,
          ready: true,
          sentences: Object.values(s.counts).reduce((a, b) => a + b, 0),
        };
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    if (plant) await plantMutation(side);
    await new Promise((r) => setTimeout(r, DWELL_MS));
  }
  await until;
  const entries = (await side.page
    .evaluate(
      () =>
        (
          window as unknown as { __corpusMutations?: () => Array<[string, number]> }
        ).__corpusMutations?.() ?? [],
    )
    .catch(() => [])) as Array<[string, number]>;
  return {
    mutations: new Map(entries),
    pageErrors: [...side.errors.page],
    extensionErrors: [...side.errors.extension],
    summary,
    left: new URL(side.page.url()).origin !== new URL(url).origin,
  };
}

/** The --plant self-check: an isolated world (like a content script's) touches the page. */
async function plantMutation(side: Side): Promise<void> {
  const { frameTree } = (await side.session.send('Page.getFrameTree')) as {
    frameTree: { frame: { id: string } };
  };
  const { executionContextId } = (await side.session.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'planted',
  })) as { executionContextId: number };
  await side.session.send('Runtime.evaluate', {
    contextId: executionContextId,
    expression: "document.body && document.body.setAttribute('data-planted', '1')",
  });
}

function extensionFor(browser: Browser, extensionId: string): ExtensionBrowser {
  return {
    browser,
    extensionId,
    userDataDir: '',
    async worker() {
      const t = await browser.waitForTarget(
        (x) =>
          x.type() === 'service_worker' && x.url().startsWith(`chrome-extension://${extensionId}/`),
        { timeout: 10_000 },
      );
      const w = await t.worker();
      if (!w) throw new Error('no worker');
      return w;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: async () => undefined,
  };
}

/** Excess of `a` over `b`, key by key. */
function excess(a: Map<string, number>, ...baselines: Map<string, number>[]): string[] {
  const out: string[] = [];
  for (const [key, count] of a) {
    const base = Math.max(0, ...baselines.map((b) => b.get(key) ?? 0));
    if (count > base && !isOwnMutation(key)) out.push(`${key} ×${count - base}`);
  }
  return out;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'hung'> {
  return Promise.race([promise, new Promise<'hung'>((r) => setTimeout(() => r('hung'), ms))]);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const corpus = loadCorpus(options.data)
    .filter((p) => !options.only || p.name.includes(options.only))
    .slice(0, options.limit);
  const work = mkdtempSync(join(tmpdir(), 'corroborate-corpus-'));
  let dist = options.dist;
  if (!dist) {
    dist = join(work, 'dist');
    const build = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--logLevel', 'warn'], {
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  const server = await serveCorpus(corpus);
  const withExt = await launch(dist, join(work, 'with'));
  const without = await launch(null, join(work, 'without'));
  try {
    const swTarget = await withExt.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    const extensionId = new URL(swTarget.url()).host;
    const origin = `chrome-extension://${extensionId}`;
    const ext = extensionFor(withExt, extensionId);
    const workerErrors: string[] = [];
    watchWorker(withExt, origin, workerErrors);
    let sideA = await openSide(withExt, origin);
    let sideB = await openSide(without, null);
    const results: PageResult[] = [];
    const started = Date.now();
    for (const [i, page] of corpus.entries()) {
      const t0 = Date.now();
      const workerBefore = workerErrors.length;
      let release = () => undefined as void;
      const extDone = new Promise<void>((r) => (release = r));
      const a = runOne(
        sideA,
        server.url(i),
        Promise.resolve(),
        ext,
        options.settle,
        options.plant,
      ).finally(() => release());
      const b = runOne(sideB, server.url(i), extDone, null, 0);
      const both = await withTimeout(Promise.all([a, b]), HANG_MS + options.settle + 2000);
      const result: PageResult = {
        name: page.name,
        ms: Date.now() - t0,
        hung: both === 'hung',
        isArticle: null,
        extensionErrors: [],
        foreignMutations: [],
        pageErrorsWith: 0,
        pageErrorsWithout: 0,
        left: false,
      };
      if (both === 'hung') {
        // Start over with fresh tabs so one stuck page cannot spoil the next.
        await Promise.all([
          sideA.page.close().catch(() => undefined),
          sideB.page.close().catch(() => undefined),
        ]);
        sideA = await openSide(withExt, origin);
        sideB = await openSide(without, null);
      } else {
        const [runA, runB] = both;
        let foreign = excess(runA.mutations, runB.mutations);
        if (foreign.length) {
          // Page scripts are timing-dependent (ads, lazy loaders). Blame a mutation on the
          // extension only if a second run with it repeats the excess over three runs without.
          const dwell = () =>
            new Promise<void>((r) => setTimeout(r, Math.min(result.ms, options.settle + DWELL_MS)));
          const again = await runOne(sideB, server.url(i), dwell(), null, 0);
          const third = await runOne(sideB, server.url(i), dwell(), null, 0);
          const repeat = await runOne(
            sideA,
            server.url(i),
            Promise.resolve(),
            ext,
            options.settle,
            options.plant,
          );
          const bases = [runB.mutations, again.mutations, third.mutations];
          const second = new Set(
            excess(repeat.mutations, ...bases).map((m) => m.replace(/ ×\d+$/, '')),
          );
          foreign = excess(runA.mutations, ...bases).filter((m) =>
            second.has(m.replace(/ ×\d+$/, '')),
          );
        }
        result.isArticle = runA.summary?.isArticle ?? null;
        result.left = runA.left && !runA.summary;
        result.extensionErrors = [
          ...runA.extensionErrors,
          ...workerErrors.slice(workerBefore).map((e) => `worker: ${e}`),
        ];
        result.foreignMutations = foreign;
        result.pageErrorsWith = runA.pageErrors.length;
        result.pageErrorsWithout = runB.pageErrors.length;
      }
      results.push(result);
      const flags = [
        result.hung ? 'HUNG' : '',
        result.extensionErrors.length ? `${result.extensionErrors.length} ext errors` : '',
        result.foreignMutations.length ? `${result.foreignMutations.length} foreign mutations` : '',
        result.pageErrorsWith > result.pageErrorsWithout ? 'page errors up' : '',
        result.left ? 'left the page' : '',
        !result.hung && !result.left && result.isArticle === null ? 'never settled' : '',
      ].filter(Boolean);
      console.error(
        `[${i + 1}/${corpus.length}] ${page.name} ${result.ms} ms ${result.isArticle === null ? '' : result.isArticle ? 'article' : 'not-article'} ${flags.join(', ')}`,
      );
    }
    const pageErrors = await extensionPageErrors(ext, sideA.page);
    report(results, (Date.now() - started) / 1000, options, pageErrors);
  } finally {
    await withExt.close().catch(() => undefined);
    await without.close().catch(() => undefined);
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Opens the popup (for the last page read, with a store of the whole corpus behind it) and the
 * options page, and returns their uncaught errors and console errors.
 */
async function extensionPageErrors(ext: ExtensionBrowser, last: Page): Promise<string[]> {
  const errors: string[] = [];
  const tabId = await tabIdOf(ext, last).catch(() => null);
  const paths = [
    'src/options/index.html',
    ...(tabId === null ? [] : [`src/popup/index.html?tabId=${tabId}`]),
  ];
  for (const path of paths) {
    const page = await ext.browser.newPage();
    page.on('pageerror', (error) => errors.push(`${path}: ${String(error).slice(0, 300)}`));
    page.on('console', (message) => {
      if (message.type() === 'error')
        errors.push(`${path}: console.error ${message.text().slice(0, 300)}`);
    });
    await page
      .goto(`chrome-extension://${ext.extensionId}/${path}`)
      .catch((e: unknown) => errors.push(`${path}: ${String(e)}`));
    await new Promise((r) => setTimeout(r, 1500));
    await page.close();
  }
  return errors;
}

function report(
  results: PageResult[],
  seconds: number,
  options: Options,
  pageErrors: string[],
): void {
  const count = (f: (r: PageResult) => boolean) => results.filter(f).length;
  const settled = results.filter((r) => !r.hung);
  const times = settled.map((r) => r.ms).sort((a, b) => a - b);
  const pct = (p: number) =>
    times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
  console.log(
    `corpus run: ${results.length} pages from ${options.data} in ${seconds.toFixed(0)} s (p50 ${pct(50)} ms, p90 ${pct(90)} ms per page, both browsers)`,
  );
  console.log(
    `  analysed:                    ${count((r) => r.isArticle !== null)} (${count((r) => r.isArticle === true)} articles, ${count((r) => r.isArticle === false)} not articles)`,
  );
  console.log(
    `  never settled in ${options.settle} ms:    ${count((r) => !r.hung && !r.left && r.isArticle === null)}`,
  );
  console.log(
    `  left by the page's own script: ${count((r) => r.left)} (redirects to other hosts: not analysable here)`,
  );
  console.log(`  hung (skipped):              ${count((r) => r.hung)}`);
  console.log(
    `  extension errors:            ${count((r) => r.extensionErrors.length > 0)} pages, ${results.reduce((n, r) => n + r.extensionErrors.length, 0)} errors`,
  );
  console.log(
    `  DOM mutated outside host:    ${count((r) => r.foreignMutations.length > 0)} pages`,
  );
  console.log(
    `  page errors with / without:  ${results.reduce((n, r) => n + r.pageErrorsWith, 0)} / ${results.reduce((n, r) => n + r.pageErrorsWithout, 0)}; pages with more errors with the extension: ${count((r) => r.pageErrorsWith > r.pageErrorsWithout)}`,
  );
  console.log(
    `  extension page errors:       ${pageErrors.length} (popup and options page after the run)`,
  );
  for (const e of pageErrors.slice(0, 5)) console.log(`    ${e.split('\n')[0]}`);
  const offenders = results.filter(
    (r) =>
      r.hung ||
      r.extensionErrors.length ||
      r.foreignMutations.length ||
      r.pageErrorsWith > r.pageErrorsWithout ||
      r.isArticle === null,
  );
  if (offenders.length) {
    console.log('\noffending pages:');
    for (const r of offenders) {
      const why = [
        r.hung ? 'hung' : '',
        r.left ? "left the page (the page's own redirect)" : '',
        r.isArticle === null && !r.hung && !r.left ? 'never settled' : '',
        ...r.extensionErrors.slice(0, 3).map((e) => `error: ${e.split('\n')[0]}`),
        ...r.foreignMutations.slice(0, 3).map((m) => `mutation: ${m}`),
        r.pageErrorsWith > r.pageErrorsWithout
          ? `page errors ${r.pageErrorsWith} vs ${r.pageErrorsWithout}`
          : '',
      ].filter(Boolean);
      console.log(`  ${r.name}: ${why.join(' | ')}`);
    }
  }
  mkdirSync('artifacts/corpus', { recursive: true });
  writeFileSync(REPORT, JSON.stringify(results, null, 2));
  console.log(`\nfull report: ${REPORT}`);
  process.exitCode =
    pageErrors.length ||
    offenders.some((r) => r.hung || r.extensionErrors.length || r.foreignMutations.length)
      ? 1
      : 0;
}

main().catch((error: unknown) => {
  console.error(`corpus: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
