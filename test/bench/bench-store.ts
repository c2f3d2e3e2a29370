/**
 * Store benchmark in real Chromium with the built extension: ingests synthetic but
 * realistically shaped reports through the extension's own store (in its service worker) at
 * growing sizes and prints, per size: ingest rate, matching one page (in the worker and as an
 * matchPage round trip from an extension page), cold service worker → first answer, the
 * snapshot size and the extension's memory.
 * Run directly: `npx vite build --outDir /tmp/store-dist && npx tsx test/bench/bench-store.ts /tmp/store-dist [1000,10000,50000]`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import type { ReportInput } from '../../src/model/report.ts';
import { CHROMIUM, OFFLINE_FLAGS } from '../e2e/harness/chromium.ts';
import { blankPageServer, matchFromContentScript, type Via } from './content-sender.ts';
import { ReportGenerator } from './synthetic-reports.ts';

/** Reports sent to the worker per evaluate call (a few MB of JSON). */
const BATCH = 250;
/** Reports saved one transaction each per size step (the rest go in batches). */
const SINGLE_SAVES = 300;
/** Pages matched per size, for the median and p90. */
const PAGES = 40;
/** Cold starts measured per size. */
const COLD_RUNS = 5;

export interface StoreHandle {
  saveReport(r: ReportInput): Promise<number>;
  saveReports(r: ReportInput[]): Promise<number[]>;
  indexInfo(): {
    loaded: boolean;
    lastLoad: {
      totalMs: number;
      decodeMs: number;
      readMs: number;
      replayMs: number;
      replayed: number;
      fromSnapshot: number;
      snapshotBytes: number;
    } | null;
    lastMatch: Record<string, number> | null;
  };
  matchPage(r: ReportInput): Promise<{ matches: Record<string, unknown[]> }>;
  flush(): Promise<void>;
  warmUp(): Promise<void>;
  stats(): Promise<{ reports: number; sentences: number; bytesUsed: number | null }>;
  db: { snapshots: { get(name: string): Promise<{ bytes: Blob | Uint8Array } | undefined> } };
}
export type WorkerGlobal = typeof globalThis & { corroborate?: { store: () => StoreHandle } };

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const median = (xs: number[]) => quantile(xs, 0.5);
const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
/** Progress on stderr, so the table on stdout stays clean. */
const progress = (what: string) => process.stderr.write(`[bench-store] ${what}\n`);

export async function serviceWorker(browser: Browser): Promise<WebWorker> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker', {
    timeout: 30_000,
  });
  const worker = await target.worker();
  if (!worker) throw new Error('service worker target has no worker');
  // The module may still be evaluating when the target appears.
  for (let i = 0; i < 100; i++) {
    if (await worker.evaluate(() => Boolean((globalThis as WorkerGlobal).corroborate))) {
      return worker;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the worker never exposed its store');
}

/** Saves reports inside the worker (one transaction each, or all in one); worker-side ms. */
export function ingest(
  worker: WebWorker,
  reports: ReportInput[],
  oneByOne: boolean,
): Promise<number> {
  return worker.evaluate(
    async (batch, single) => {
      const store = (globalThis as WorkerGlobal).corroborate!.store();
      const t0 = performance.now();
      if (single) for (const r of batch) await store.saveReport(r);
      else await store.saveReports(batch);
      return performance.now() - t0;
    },
    reports,
    oneByOne,
  );
}

/** matchPage inside the worker (save + cross-reference), per page ms and matched claims. */
function matchInWorker(worker: WebWorker, pages: ReportInput[]) {
  return worker.evaluate(async (list) => {
    const store = (globalThis as WorkerGlobal).corroborate!.store();
    const times: number[] = [];
    let matched = 0;
    for (const p of list) {
      const t0 = performance.now();
      const result = await store.matchPage(p);
      times.push(performance.now() - t0);
      matched += Object.keys(result.matches).length;
    }
    return { times, matched };
  }, pages);
}

/** matchPage as a content script does it: over its port from the driver tab (or --via=message); ms. */
async function analyseFromTab(page: Page, report: ReportInput): Promise<number> {
  return (await matchFromContentScript(page, benchExtensionId, report, benchVia)).ms;
}

/** How the driver tab sends matchPage: `message` for builds from before the port (session 9). */
let benchVia: Via = 'port';

/** The extension id the benchmark runs (set once the browser is up). */
let benchExtensionId = '';

async function workerHeap(worker: WebWorker): Promise<number> {
  const session = worker.client;
  await session.send('HeapProfiler.collectGarbage');
  const usage = (await session.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    backingStorageSize?: number;
  };
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}

async function pageHeap(page: Page): Promise<number> {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  const usage = (await session.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    backingStorageSize?: number;
  };
  await session.detach();
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}

/**
 * Memory (MB) of the browser's extension processes (where the service worker and extension
 * pages run), read from /proc: resident size, and private memory (pages no other process
 * shares: what the process itself costs, close to Chrome's task-manager footprint; resident
 * size also counts the shared libraries every Chromium process maps). Both include typed
 * arrays and everything V8 reports outside its heap. Null where /proc is not available.
 */
export function extensionMemory(
  browserPid: number | undefined,
): { rss: number; private: number } | null {
  if (browserPid === undefined) return null;
  try {
    const parent = new Map<number, number>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch {
        // the process ended meanwhile
      }
    }
    const descends = (pid: number): boolean => {
      for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
        if (p === browserPid) return true;
      }
      return false;
    };
    let kb = 0;
    let privateKb = 0;
    for (const pid of parent.keys()) {
      if (!descends(pid)) continue;
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('--extension-process')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += Number(rss?.[1] ?? 0);
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      for (const m of rollup.matchAll(/^Private_(?:Clean|Dirty):\s+(\d+) kB/gm)) {
        privateKb += Number(m[1]);
      }
    }
    return { rss: kb / 1024, private: privateKb / 1024 };
  } catch {
    return null;
  }
}

/** Stops the worker (as Chrome does when idle), then times one matchPage from the tab. */
async function coldStart(
  browser: Browser,
  worker: WebWorker,
  page: Page,
  report: ReportInput,
): Promise<number> {
  // A worker with DevTools attached restarts paused for the debugger: let go of it first.
  await worker.client.detach();
  await stopWorkers(browser, page);
  return analyseFromTab(page, report);
}

/** Stops every service worker of the browser (as Chrome does when idle) and waits until none runs. */
export async function stopWorkers(browser: Browser, page: Page): Promise<void> {
  const session = await page.createCDPSession();
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
  for (let i = 0; i < 100; i++) {
    if (!browser.targets().some((t) => t.type() === 'service_worker')) break;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Whether any extension process of this browser is running (`extensionMemory` counts them). */
function extensionProcessAlive(browserPid: number | undefined): boolean {
  const memory = extensionMemory(browserPid);
  return memory !== null && memory.rss > 0;
}

/**
 * The extension's memory as a reader's browser has it after an idle spell: the driving tab
 * closed and the worker stopped, so the process goes (Chrome recycles an extension process with
 * nothing in it); then a new tab wakes the worker with one page, which loads the snapshot and
 * matches. Returns the new tab and worker, and the private memory then (null if the old
 * process did not go within 10 s).
 */
async function freshProcess(
  browser: Browser,
  worker: WebWorker,
  page: Page,
  url: string,
  report: ReportInput,
): Promise<{ page: Page; worker: WebWorker; privateMb: number | null }> {
  await worker.client.detach();
  const blank = await browser.newPage();
  const session = await blank.createCDPSession();
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
  await page.close();
  const pid = browser.process()?.pid;
  let gone = false;
  for (let i = 0; i < 200 && !gone; i++) {
    gone = !extensionProcessAlive(pid);
    if (!gone) await new Promise((r) => setTimeout(r, 50));
  }
  const fresh = await browser.newPage();
  await fresh.goto(url);
  await blank.close();
  await analyseFromTab(fresh, report);
  await new Promise((r) => setTimeout(r, 500));
  const memory = extensionMemory(pid);
  return {
    page: fresh,
    worker: await serviceWorker(browser),
    privateMb: gone && memory ? memory.private : null,
  };
}

/** How each figure grows with the store: its value per size, and the ratio to the first size. */
function printGrowth(rows: Array<Record<string, number>>): void {
  const first = rows[0];
  if (!first || rows.length < 2) return;
  console.log(`growth (${rows.map((r) => `${r.reports} reports`).join(' → ')}; × first size)`);
  for (const key of Object.keys(first)) {
    if (key === 'reports') continue;
    const values = rows.map((r) => r[key]!);
    const ratios = values.map((v) => (v / values[0]!).toFixed(2));
    console.log(
      `  ${key.padEnd(20)} ${values.map((v) => v.toFixed(1)).join(' → ')}   (× ${ratios.join(', ')})`,
    );
  }
}

export async function benchStore(opts: {
  distDir: string;
  sizes?: number[];
  via?: Via;
}): Promise<void> {
  benchVia = opts.via ?? 'port';
  const sizes = opts.sizes ?? [1000, 10_000, 50_000];
  const server = await blankPageServer();
  const profile = mkdtempSync(join(tmpdir(), 'bench-store-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: [opts.distDir],
    userDataDir: profile,
    args: OFFLINE_FLAGS,
  });
  try {
    let worker = await serviceWorker(browser);
    const extensionId = new URL(worker.url()).host;
    benchExtensionId = extensionId;
    let page = await browser.newPage();
    // The driving tab is a blank loopback page (its content script sends matchPage, see
    // content-sender.ts); it runs in its own renderer, so the memory of the extension's
    // process is the worker's.
    const driverUrl = server.url;
    await page.goto(driverUrl);
    const gen = new ReportGenerator(7);
    console.log(
      'store (Chromium, built extension; synthetic reports of ~30 sentences, pages of ~40)',
    );
    console.log(
      'reports  sentences  ingest/s (1/batch)  match p50 ms  p90 ms  claims/page  matchPage p50 ms  p90 ms' +
        '  cold ms (runs)  snapshot MB  worker MB  ext RSS MB  ext private MB  page MB  disk MB',
    );
    let stored = 0;
    const grown: Array<Record<string, number>> = [];
    for (const size of sizes) {
      // Each step fills the store in batches (an import), then saves its last reports one
      // transaction each (a reader's pages), so the single rate is that of a store of this size.
      // The index is loaded and flushed before the singles: both rates include indexing, and no
      // snapshot write left over from the batches lands among the singles.
      await worker.evaluate(() => (globalThis as WorkerGlobal).corroborate!.store().warmUp());
      const singleCount = Math.min(SINGLE_SAVES, size - stored);
      let batchMs = 0;
      let batched = 0;
      while (stored < size - singleCount) {
        const batch = gen.reports(Math.min(BATCH, size - singleCount - stored));
        batchMs += await ingest(worker, batch, false);
        stored += batch.length;
        batched += batch.length;
      }
      await worker.evaluate(() => (globalThis as WorkerGlobal).corroborate!.store().flush());
      const singles = gen.reports(singleCount);
      const singleRate = singles.length / ((await ingest(worker, singles, true)) / 1000);
      stored += singles.length;
      const batchRate = batched > 0 ? batched / (batchMs / 1000) : NaN;
      progress(
        `${stored} stored (${singleRate.toFixed(0)}/s single, ${batchRate.toFixed(0)}/s batched)`,
      );
      await worker.evaluate(() => (globalThis as WorkerGlobal).corroborate!.store().flush());
      const { times, matched } = await matchInWorker(worker, gen.pages(PAGES));
      progress('matchPage round trips');
      const trips: number[] = [];
      const parts: Array<Record<string, number>> = [];
      const overheads: number[] = [];
      const totals: number[] = [];
      for (const p of gen.pages(PAGES / 2)) {
        trips.push(await analyseFromTab(page, p));
        const info = await worker.evaluate(() =>
          (globalThis as WorkerGlobal).corroborate!.store().indexInfo(),
        );
        if (info.lastMatch) parts.push(info.lastMatch);
        totals.push(info.lastMatch?.totalMs ?? NaN);
        // What the trip costs over the worker's own match: messaging, cloning, filing.
        if (info.lastMatch) overheads.push(trips.at(-1)! - (info.lastMatch.totalMs ?? NaN));
      }
      const part = (key: string) => median(parts.map((p) => p[key] ?? NaN)).toFixed(1);
      progress(
        `matchPage in the worker, medians: index ${part('indexMs')} query ${part('queryMs')} ` +
          `fetch ${part('fetchMs')} compare ${part('compareMs')} total ${part('totalMs')} ms; ` +
          `round trip over that total ${median(overheads).toFixed(1)} ms (${benchVia})`,
      );
      // Every trip with the worker's total, so that a slow tail shows whether the match itself
      // or a wait outside it (a snapshot write, a save in the queue) took the time.
      progress(
        `round trips (worker total) ms: ${trips
          .map((t, i) => `${t.toFixed(0)} (${totals[i]!.toFixed(0)})`)
          .join(', ')}`,
      );
      await worker.evaluate(() => (globalThis as WorkerGlobal).corroborate!.store().flush());
      progress('cold starts');
      const cold: number[] = [];
      const loads: Array<Record<string, number>> = [];
      for (let run = 0; run < COLD_RUNS; run++) {
        cold.push(await coldStart(browser, worker, page, gen.pages(1)[0]!));
        worker = await serviceWorker(browser);
        const info = await worker.evaluate(() =>
          (globalThis as WorkerGlobal).corroborate!.store().indexInfo(),
        );
        const l = info.lastLoad;
        const m = info.lastMatch;
        if (l && m) loads.push({ ...l, ...m });
        await worker.evaluate(() => (globalThis as WorkerGlobal).corroborate!.store().flush());
      }
      const med = (key: string) => median(loads.map((x) => x[key] ?? NaN)).toFixed(0);
      progress(
        `index load on cold start, medians of ${loads.length}: read ${med('readMs')} decode ` +
          `${med('decodeMs')} replay ${med('replayMs')} ms; then query ${med('queryMs')} fetch ` +
          `${med('fetchMs')} compare ${med('compareMs')}; in the worker ${med('totalMs')} ms`,
      );
      const facts = await worker.evaluate(async () => {
        const store = (globalThis as WorkerGlobal).corroborate!.store();
        await store.warmUp();
        const snap = await store.db.snapshots.get('match-index');
        const bytes = snap?.bytes;
        const size = bytes === undefined ? 0 : 'size' in bytes ? bytes.size : bytes.length;
        return { stats: await store.stats(), snapshot: size };
      });
      const heap = await workerHeap(worker);
      const memory = extensionMemory(browser.process()?.pid);
      const tabHeap = await pageHeap(page);
      const fresh = await freshProcess(browser, worker, page, driverUrl, gen.pages(1)[0]!);
      ({ page, worker } = fresh);
      progress(
        `private memory of a fresh extension process after one page: ${
          fresh.privateMb === null
            ? 'n/a (the old process stayed)'
            : `${fresh.privateMb.toFixed(0)} MB`
        }`,
      );
      stored = facts.stats.reports;
      grown.push({
        reports: facts.stats.reports,
        'ingest/s single': singleRate,
        'ingest/s batched': batchRate,
        'matchPage p50 ms': median(trips),
        'cold start ms': median(cold),
        'snapshot MB': facts.snapshot / 1048576,
        'worker heap MB': heap / 1048576,
        'ext RSS MB': memory?.rss ?? NaN,
        'ext private MB': memory?.private ?? NaN,
        'fresh private MB': fresh.privateMb ?? NaN,
      });
      console.log(
        [
          String(facts.stats.reports).padStart(7),
          String(facts.stats.sentences).padStart(10),
          `${singleRate.toFixed(0)}/${batchRate.toFixed(0)}`.padStart(9),
          median(times).toFixed(1).padStart(13),
          quantile(times, 0.9).toFixed(1).padStart(7),
          (matched / times.length).toFixed(1).padStart(12),
          median(trips).toFixed(1).padStart(19),
          quantile(trips, 0.9).toFixed(1).padStart(7),
          `${median(cold).toFixed(0)} (${cold.map((c) => c.toFixed(0)).join('/')})`.padStart(16),
          mb(facts.snapshot).padStart(12),
          mb(heap).padStart(10),
          (memory === null ? '-' : memory.rss.toFixed(0)).padStart(11),
          (memory === null ? '-' : memory.private.toFixed(0)).padStart(15),
          mb(tabHeap).padStart(8),
          mb(facts.stats.bytesUsed ?? 0).padStart(8),
        ].join(' '),
      );
    }
    printGrowth(grown);
    console.log(
      'ingest = saveReport one at a time in the worker (one transaction each, index updated); ' +
        'match = matchPage called from a DevTools evaluate loop in the worker (inflated by the attached inspector); matchPage = the real path, ' +
        `round trip from the content script of a loopback tab (${benchVia === 'port' ? 'over a runtime.connect port, as the content script sends it' : 'one runtime.sendMessage'}); cold = worker stopped via CDP, then ` +
        'matchPage (worker start + DB open + snapshot load + match); worker MB = JS heap + ' +
        'array buffers after GC; ext RSS = resident memory of the extension processes (shared libraries included), ' +
        'ext private = their private memory; disk = navigator.storage usage.',
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const via: Via = process.argv.includes('--via=message') ? 'message' : 'port';
  const distDir = args[0];
  if (!distDir) {
    console.error(
      'usage: npx tsx test/bench/bench-store.ts DIST_DIR [1000,10000,50000] [--via=message]',
    );
    process.exit(2);
  }
  const sizes = args[1]?.split(',').map(Number);
  await benchStore({ distDir, via, ...(sizes ? { sizes } : {}) });
}
