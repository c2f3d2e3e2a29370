/**
 * Cold start at one store size, build against build. `--fill DIST DIR [--reports N]` installs
 * the build at DIR/ext (an unpacked extension's id comes from its path, so the store is that
 * path's) and fills the store of DIR/profile (N reports, 50,000 by default). Then each
 * `DIR=DIST` runs in turn, `--rounds` times (alternating builds): the build is installed at
 * DIR/ext, the filled profile copied (every launch starts from the same store; the snapshot's
 * layout must be the one the store was filled with), and `--runs` cold starts are timed (the
 * worker stopped, then matchPage from a loopback tab's content script, as bench-store.ts
 * does). Printed per launch: the round trip of each run, when the worker started after the
 * send, the load's parts and when it began, the answer's parts. `--trace FILE` writes a
 * browser trace (with V8 samples) of each launch's last run.
 * `npx tsx test/bench/probe-cold.ts --fill /tmp/c1 /tmp/cold-a`, then
 * `npx tsx test/bench/probe-cold.ts /tmp/cold-a=/tmp/c1 /tmp/cold-a=/tmp/c2 --rounds 3`. `--writes N`
 * then times N pages sent while the worker writes its snapshot (a flush under way).
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { ReportInput } from '../../src/model/report.ts';
import { CHROMIUM, OFFLINE_FLAGS } from '../e2e/harness/chromium.ts';
import { ingest, serviceWorker, stopWorkers, type WorkerGlobal } from './bench-store.ts';
import { startBrowserTrace } from './browser-trace.ts';
import { blankPageServer, contentWorld, matchFromContentScript } from './content-sender.ts';
import { median } from './filled-browser.ts';
import { ReportGenerator } from './synthetic-reports.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    fill: { type: 'boolean' },
    rounds: { type: 'string', default: '3' },
    runs: { type: 'string', default: '5' },
    reports: { type: 'string', default: '50000' },
    trace: { type: 'string' },
    // Then, per launch, this many answers sent while the worker writes its snapshot.
    writes: { type: 'string', default: '0' },
  },
});

function launch(dir: string, profile = join(dir, 'profile')): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: [join(dir, 'ext')],
    userDataDir: profile,
    args: OFFLINE_FLAGS,
  });
}

/**
 * Installs the build at DIR/ext (the path gives the extension's id, so the filled store is
 * its) under a version of its own, and copies the filled profile to DIR/run without its
 * service worker registration (Chrome would run the scripts it registered before), so every
 * launch starts from the same store. Returns the profile to launch and a clean-up.
 */
function install(dist: string, dir: string): { profile: string; remove: () => void } {
  const ext = join(dir, 'ext');
  rmSync(ext, { recursive: true, force: true });
  cpSync(dist, ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')) as {
    version: string;
  };
  const t = Math.floor(Date.now() / 1000);
  manifest.version = `1.${(t >>> 16) & 0xffff}.${t & 0xffff}`;
  writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest));
  const profile = join(dir, 'run');
  rmSync(profile, { recursive: true, force: true });
  cpSync(join(dir, 'profile'), profile, { recursive: true });
  rmSync(join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
  return { profile, remove: () => rmSync(profile, { recursive: true, force: true }) };
}

async function fill(dist: string, dir: string, size: number): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(dist, join(dir, 'ext'), { recursive: true });
  const browser = await launch(dir);
  try {
    const worker = await serviceWorker(browser);
    // Loaded first, so that the batches go into the index and the flush writes its snapshot.
    await worker.evaluate(() => (globalThis as WorkerGlobal).corroborate!.store().warmUp());
    const gen = new ReportGenerator(7);
    for (let n = 0; n < size; n += 250) {
      await ingest(worker, gen.reports(Math.min(250, size - n)), false);
    }
    await worker.evaluate(() => (globalThis as WorkerGlobal).corroborate!.store().flush());
    console.log(`${dir}: ${size} reports`);
  } finally {
    await browser.close();
  }
}

interface Run {
  trip: number;
  /** Worker start after the send (epoch ms, both clocks on this machine). */
  startAfter: number;
  parts: Record<string, number>;
}

let traced = 0;
/** How long a snapshot write is under way before the page is sent (see --writes). */
const WRITE_HEAD_START_MS = 40;

/** Traces the browser (every process) until the returned function writes the trace to a file. */
async function startTrace(browser: Browser): Promise<(file: string) => Promise<void>> {
  const stop = await startBrowserTrace(browser, [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'v8',
    'v8.execute',
    'disabled-by-default-v8.compile',
    'ServiceWorker',
    'IndexedDB',
    'toplevel',
    'blink',
    'loading',
    'disabled-by-default-v8.cpu_profiler',
  ]);
  return async (file) => writeFileSync(file, JSON.stringify({ traceEvents: await stop() }));
}

async function coldRuns(dir: string, dist: string, pages: readonly ReportInput[]) {
  const installed = install(dist, dir);
  const server = await blankPageServer();
  const browser = await launch(dir, installed.profile);
  const runs: Run[] = [];
  const writeTrips: number[] = [];
  try {
    let worker = await serviceWorker(browser);
    const id = new URL(worker.url()).host;
    const page = await browser.newPage();
    await page.goto(server.url);
    await contentWorld(page, id);
    for (const p of pages) {
      await worker.client.detach();
      await stopWorkers(browser, page);
      const { session, contextId } = await contentWorld(page, id);
      const sentAt = (await session.send('Runtime.evaluate', {
        expression: 'performance.timeOrigin + performance.now()',
        contextId,
        returnByValue: true,
      })) as { result: { value: number } };
      const tracing =
        values.trace && runs.length === pages.length - 1 ? await startTrace(browser) : null;
      const trip = (await matchFromContentScript(page, id, p)).ms;
      if (tracing) await tracing(`${values.trace}-${traced++}.json`);
      worker = await serviceWorker(browser);
      const info = await worker.evaluate(() => {
        const i = (globalThis as WorkerGlobal).corroborate!.store().indexInfo();
        const marks = (globalThis as { __marks?: Record<string, number> }).__marks ?? {};
        return { origin: performance.timeOrigin, load: i.lastLoad, match: i.lastMatch, marks };
      });
      if (!info.load || info.load.fromSnapshot === 0) throw new Error(`${dir}: no snapshot loaded`);
      runs.push({
        trip,
        startAfter: info.origin - sentAt.result.value,
        parts: {
          read: info.load.readMs,
          decode: info.load.decodeMs,
          replay: info.load.replayMs,
          loadAt: (info.load as { startedAt?: number }).startedAt ?? NaN,
          ...info.match,
          ...info.marks,
        },
      });
      await worker.evaluate(() => (globalThis as WorkerGlobal).corroborate!.store().flush());
    }
    // A page read while the snapshot is written: the write starts (a flush), the page is sent
    // once it is under way, and its round trip is timed.
    for (let w = 0; w < Number(values.writes); w++) {
      await worker.evaluate(() => {
        const g = globalThis as WorkerGlobal & { writing?: Promise<void> };
        g.writing = g.corroborate!.store().flush();
      });
      await new Promise((r) => setTimeout(r, WRITE_HEAD_START_MS));
      writeTrips.push((await matchFromContentScript(page, id, pages[w % pages.length]!)).ms);
      await worker.evaluate(() => (globalThis as { writing?: Promise<void> }).writing);
    }
    // Which build's scripts the worker ran (a profile keeps the registered worker's scripts).
    const scripts: string[] = [];
    worker.client.on('Debugger.scriptParsed', (e: { url: string }) => {
      if (e.url.includes('/assets/')) scripts.push(e.url.slice(e.url.lastIndexOf('/') + 1));
    });
    await worker.client.send('Debugger.enable');
    await worker.client.send('Debugger.disable');
    const onDisk = readdirSync(join(dir, 'ext', 'assets'));
    if (!scripts.every((s) => onDisk.includes(s))) {
      throw new Error(`${dir}: the worker ran ${scripts.join(', ')}, not the build on disk`);
    }
  } finally {
    await browser.close();
    await server.close();
    installed.remove();
  }
  return { runs, writeTrips };
}

const size = Number(values.reports);

if (values.fill) {
  const [dist, dir] = positionals;
  if (!dist || !dir) throw new Error('usage: probe-cold.ts --fill DIST DIR [--reports N]');
  await fill(dist, dir, size);
} else {
  const gen = new ReportGenerator(7);
  gen.reports(size);
  const runs = Number(values.runs);
  const rounds = Number(values.rounds);
  const pages = gen.pages(runs);
  const builds = positionals.map((p) => {
    const [dir, dist] = p.split('=');
    if (!dist) throw new Error(`${p}: DIR=DIST expected`);
    return { dir: dir!, dist };
  });
  const f = (x: number) => x.toFixed(0);
  for (let round = 0; round < rounds; round++) {
    for (const b of builds) {
      // The same pages each launch (each starts from the same store).
      const { runs: got, writeTrips } = await coldRuns(b.dir, b.dist, pages);
      const med = (k: string) => f(median(got.map((r) => r.parts[k] ?? NaN)));
      console.log(
        `round ${round + 1} ${b.dist ?? b.dir}: cold median ${f(median(got.map((r) => r.trip)))} ` +
          `(${got.map((r) => f(r.trip)).join('/')}); worker start after send ${f(
            median(got.map((r) => r.startAfter)),
          )}; read ${med('read')} decode ${med('decode')} replay ${med('replay')} (load began ${med('loadAt')} after start); query ` +
          `${med('queryMs')} fetch ${med('fetchMs')} compare ${med('compareMs')} total ${med('totalMs')}; ` +
          `trip − total ${f(median(got.map((r) => r.trip - (r.parts.totalMs ?? NaN))))}` +
          (got[0]?.parts.evalDone === undefined
            ? ''
            : `; marks: top ${med('top')} evaluated ${med('evalDone')} connect ${med('connect')} message ${med('msg')}`) +
          (writeTrips.length === 0
            ? ''
            : `; during a snapshot write ${f(median(writeTrips))} (${writeTrips.map(f).join('/')})`),
      );
    }
  }
}
