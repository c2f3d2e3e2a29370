/**
 * Where a single save's time goes in Chromium at a given store size: fills the store (batches,
 * the index loaded before, then flushed, as bench-store.ts does), then saves reports one
 * transaction each (`store.saveReport`, as bench-store.ts's singles) in rounds, and prints each
 * round's rate. `--profile` CPU-profiles the worker over the rounds (self and inclusive time by
 * function, idle = waiting on the database; build with `--minify false` for names); `--trace`
 * sums the worker thread's GC events over the rounds; `--no-index` leaves the index unloaded
 * (the database's part alone).
 * Filling 50k takes minutes, so `--keep DIR` keeps the filled browser profile and `--from DIR`
 * starts from a copy of it: builds are then compared on the same store (the extension is run
 * from one path, /tmp/probe-saves-ext, so its id and database are the same for every build;
 * the snapshot is loaded and a first round of saves is not counted).
 * Run: `npx vite build --outDir /tmp/s1 && npx tsx test/bench/probe-saves.ts /tmp/s1 50000 3 100
 * --keep /tmp/s50k`, then `npx tsx test/bench/probe-saves.ts /tmp/s2 50000 3 100 --from /tmp/s50k`.
 */
import type { WorkerGlobal } from './bench-store.ts';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type WebWorker } from 'puppeteer-core';
import { CHROMIUM, OFFLINE_FLAGS } from '../e2e/harness/chromium.ts';
import { serviceWorker } from './bench-store.ts';
import { startBrowserTrace, type TraceEvent } from './browser-trace.ts';
import { filledBrowser, median, probeArgs } from './filled-browser.ts';
import { ReportGenerator } from './synthetic-reports.ts';

const { distDir, size } = probeArgs();
const rounds = Number(process.argv[4] ?? 3);
const perRound = Number(process.argv[5] ?? 100);
const flag = (name: string) => process.argv.includes(name);
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};
const profiling = flag('--profile');
const tracing = flag('--trace');
const keep = option('--keep');
const from = option('--from');
const EXT_DIR = '/tmp/probe-saves-ext';

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** The browser: a copy of a kept profile (`--from`), or one filled now. */
async function start(): Promise<{
  browser: Browser;
  worker: WebWorker;
  gen: ReportGenerator;
  close: () => Promise<void>;
}> {
  rmSync(EXT_DIR, { recursive: true, force: true });
  cpSync(distDir, EXT_DIR, { recursive: true });
  // A version of its own each run: Chromium keeps a registered extension worker's script in the
  // profile, and registers the build's worker again only when the version changes.
  const manifest = JSON.parse(readFileSync(join(EXT_DIR, 'manifest.json'), 'utf8')) as {
    version: string;
  };
  const stamp = Date.now();
  manifest.version = `9.${Math.floor(stamp / 65536) % 65536}.${stamp % 65536}`;
  writeFileSync(join(EXT_DIR, 'manifest.json'), JSON.stringify(manifest));
  if (!from) {
    const filled = await filledBrowser(EXT_DIR, size, { indexed: !flag('--no-index') });
    if (keep) {
      // The filled store only (flushed by filledBrowser): the browser closed, its profile copied.
      await filled.browser.close();
      rmSync(keep, { recursive: true, force: true });
      cpSync(filled.userDataDir, keep, { recursive: true });
      await filled.close().catch(() => undefined);
      console.log(`kept the filled profile in ${keep}`);
      process.exit(0);
    }
    return filled;
  }
  const profile = mkdtempSync(join(tmpdir(), 'probe-saves-'));
  cpSync(from, profile, { recursive: true });
  // …and the worker's script is cached there too: without it, the build's own is loaded.
  for (const cached of ['Service Worker', 'Code Cache']) {
    rmSync(join(profile, 'Default', cached), { recursive: true, force: true });
  }
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: [EXT_DIR],
    userDataDir: profile,
    args: OFFLINE_FLAGS,
  });
  const worker = await serviceWorker(browser);
  const gen = new ReportGenerator(7);
  // The kept store holds the generator's first `size` reports: the singles come after them.
  for (let n = 0; n < size; n += 500) gen.reports(Math.min(500, size - n));
  if (!flag('--no-index')) {
    await worker.evaluate(() => (globalThis as WorkerGlobal).corroborate!.store().warmUp());
  }
  return {
    browser,
    worker,
    gen,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** CPU seconds of every thread of the browser's processes, by process type and thread name. */
function threadCpu(rootPid: number): Map<string, number> {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const ours = (pid: number): boolean => {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = parent.get(at)) {
      if (at === rootPid) return true;
    }
    return false;
  };
  const tick = 100; // USER_HZ
  const out = new Map<string, number>();
  for (const pid of parent.keys()) {
    if (!ours(pid)) continue;
    let type = 'browser';
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const m = /--type=([a-z-]+)/.exec(cmd);
      if (m) type = m[1]! + (cmd.includes('--extension-process') ? '(ext)' : '');
    } catch {
      continue;
    }
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const cpu = (Number(f[11]) + Number(f[12])) / tick;
        const key = `${type} ${pid}/${name}`;
        out.set(key, (out.get(key) ?? 0) + cpu);
      } catch {
        // gone meanwhile
      }
    }
  }
  return out;
}

const { browser, worker, gen, close } = await start();
const rootPid = browser.process()?.pid;
try {
  const info = await worker.evaluate(() =>
    (globalThis as WorkerGlobal).corroborate!.store().indexInfo(),
  );
  console.log(`index loaded: ${info.loaded}`);
  if (from) {
    // Not counted: the first saves after a load copy the snapshot's sections as they grow.
    await worker.evaluate(async (batch) => {
      const store = (globalThis as WorkerGlobal).corroborate!.store();
      for (const x of batch) await store.saveReport(x);
      await store.flush();
    }, gen.reports(20));
  }
  if (profiling) {
    await worker.client.send('Profiler.enable');
    await worker.client.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  const profiles: CpuProfile[] = [];
  const stopTrace = tracing
    ? await startBrowserTrace(browser, [
        'blink.user_timing',
        'v8',
        'disabled-by-default-v8.gc',
        'IndexedDB',
        'leveldb',
      ])
    : null;
  const idle = Number(option('--idle') ?? 0);
  if (idle > 0 && rootPid) {
    // The database's own work left over from the fill (compactions) shows as CPU while idle.
    const before = threadCpu(rootPid);
    await new Promise((r) => setTimeout(r, idle * 1000));
    let spent = 0;
    for (const [k, v] of threadCpu(rootPid)) spent += v - (before.get(k) ?? 0);
    console.log(`idle ${idle} s: Chromium used ${spent.toFixed(2)} s of CPU meanwhile`);
  }
  const rates: number[] = [];
  const perSave: number[] = [];
  const cpuBefore = rootPid ? threadCpu(rootPid) : new Map<string, number>();
  for (let r = 0; r < rounds; r++) {
    const reports = gen.reports(perRound);
    // Reports cross into the worker before the profile starts (their decoding is no save's).
    await worker.evaluate((batch) => {
      (globalThis as { probeBatch?: unknown }).probeBatch = batch;
    }, reports);
    if (profiling) await worker.client.send('Profiler.start');
    const times = await worker.evaluate(async () => {
      const store = (globalThis as WorkerGlobal).corroborate!.store();
      const batch = (globalThis as { probeBatch?: Parameters<typeof store.saveReport>[0][] })
        .probeBatch!;
      const out: number[] = [];
      performance.mark('saves-start');
      for (const x of batch) {
        const t0 = performance.now();
        await store.saveReport(x);
        out.push(performance.now() - t0);
      }
      performance.mark('saves-end');
      return out;
    });
    if (profiling) {
      const { profile } = (await worker.client.send('Profiler.stop')) as { profile: CpuProfile };
      profiles.push(profile);
    }
    const total = times.reduce((a, b) => a + b, 0);
    rates.push(times.length / (total / 1000));
    perSave.push(...times);
    console.log(
      `round ${r + 1}: ${rates[r]!.toFixed(0)}/s; per save p50 ${median(times).toFixed(2)} ms, ` +
        `max ${Math.max(...times).toFixed(1)} ms; over 20 ms: ${times.filter((t) => t > 20).length}`,
    );
  }
  if (rootPid) {
    // CPU of the browser's threads over the rounds (with the gaps between them): a figure that
    // other jobs on the machine disturb less than wall time.
    const after = threadCpu(rootPid);
    const spent = [...after]
      .map(([k, v]) => [k.replace(/ \d+\//, ' '), v - (cpuBefore.get(k) ?? 0)] as const)
      .filter(([, v]) => v > 0);
    const total = spent.reduce((a, [, v]) => a + v, 0);
    const n = rounds * perRound;
    console.log(`CPU of all Chromium threads: ${((total * 1000) / n).toFixed(2)} ms a save`);
    const byName = new Map<string, number>();
    for (const [k, v] of spent) byName.set(k, (byName.get(k) ?? 0) + v);
    for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
      console.log(`  ${((v * 1000) / n).toFixed(2)} ms a save  ${k}`);
    }
  }
  // A scratch build may sum its own marks (ms, and `n` saves) into globalThis.probeSaveMarks.
  const marks = await worker.evaluate(
    () => (globalThis as { probeSaveMarks?: Record<string, number> }).probeSaveMarks,
  );
  if (marks) {
    const n = marks.n ?? 1;
    const parts = Object.entries(marks).filter(([k]) => k !== 'n');
    console.log(
      `worker marks, ms a save: ${parts.map(([k, v]) => `${k} ${(v / n).toFixed(3)}`).join(', ')}`,
    );
  }
  const sorted = [...perSave].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  console.log(
    `all ${perSave.length}: ${(perSave.length / (perSave.reduce((a, b) => a + b, 0) / 1000)).toFixed(0)}/s; ` +
      `p10 ${q(0.1).toFixed(2)} p50 ${q(0.5).toFixed(2)} p90 ${q(0.9).toFixed(2)} p99 ${q(0.99).toFixed(1)} ms`,
  );
  const saves = perSave.length;
  if (profiling) summarize(profiles, saves);
  if (stopTrace) {
    summarizeTrace(await stopTrace(), saves);
  }
} finally {
  await close();
}

function summarize(profiles: CpuProfile[], saves: number): void {
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const cpu of profiles) {
    const byNode = new Map(cpu.nodes.map((n) => [n.id, n]));
    const parentOf = new Map<number, number>();
    for (const n of cpu.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
    cpu.samples.forEach((s, i) => {
      const dt = cpu.timeDeltas[i] ?? 0;
      total += dt;
      const n = byNode.get(s)!;
      self.set(name(n), (self.get(name(n)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let at: number | undefined = s; at !== undefined; at = parentOf.get(at)) {
        seen.add(byNode.get(at)!.callFrame.functionName || '(anon)');
      }
      for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    });
  }
  const ms = (us: number) => (us / 1000 / saves).toFixed(3).padStart(7);
  console.log(`profile: ${ms(total)} ms/save sampled (idle included)`);
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`${ms(us)} ms/save self  ${k}`);
  }
  console.log('inclusive:');
  for (const [k, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 50)) {
    console.log(`${ms(us)} ms/save  ${k}`);
  }
}

function summarizeTrace(ev: readonly TraceEvent[], saves: number): void {
  const starts = ev.filter((e) => e.name === 'saves-start').sort((a, b) => a.ts - b.ts);
  const ends = ev.filter((e) => e.name === 'saves-end').sort((a, b) => a.ts - b.ts);
  const tid = starts[0]?.tid;
  const pid = starts[0]?.pid;
  const sums = new Map<string, number>();
  starts.forEach((s, i) => {
    const e = ends[i];
    if (!e) return;
    for (const x of ev) {
      if (x.tid !== tid || x.pid !== pid || x.ph !== 'X' || x.ts < s.ts || x.ts > e.ts) continue;
      if (!/GC|Scaveng|Mark|Sweep|Compact/i.test(x.name)) continue;
      sums.set(x.name, (sums.get(x.name) ?? 0) + (x.dur ?? 0) / 1000);
    }
  });
  console.log('GC events on the worker thread inside the rounds (ms/save; nested ones overlap):');
  for (const [k, v] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 16)) {
    console.log(`  ${(v / saves).toFixed(3)}  ${k}`);
  }
  // The database's side (the browser process): IndexedDB and LevelDB events, any thread, over
  // the whole trace (thread CPU above says how much of it ran).
  const db = new Map<string, { ms: number; n: number }>();
  for (const x of ev) {
    if (x.ph !== 'X' || !/IndexedDB|leveldb|LevelDB|IDB/i.test(`${x.name} ${x.cat}`)) continue;
    const d = db.get(x.name) ?? { ms: 0, n: 0 };
    d.ms += (x.dur ?? 0) / 1000;
    d.n += 1;
    db.set(x.name, d);
  }
  console.log('IndexedDB / LevelDB events (ms/save, count/save; nested ones overlap):');
  for (const [k, v] of [...db].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30)) {
    console.log(`  ${(v.ms / saves).toFixed(3)}  ${(v.n / saves).toFixed(2)}  ${k}`);
  }
}
