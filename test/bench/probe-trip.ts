/**
 * Where a page answer's round trip goes in Chromium at a given store size: the content
 * script's round trip beside the worker's own total (per page and medians), requests refused
 * after the params check (the messaging alone), and the answer's JSON size. Options:
 * `--profile` CPU-profiles the worker over the answers (self and inclusive time by function;
 * build with `--minify false` for names), `--alloc` samples its allocations, `--gc` forces a
 * full GC before each page, `--settle` flushes the store and waits before each page.
 * Run: `npx vite build --outDir /tmp/m2 && npx tsx test/bench/probe-trip.ts /tmp/m2 10000 30`.
 */
import type { Page } from 'puppeteer-core';
import type { ReportInput } from '../../src/model/report.ts';
import { contentWorld, matchFromContentScript } from './content-sender.ts';
import type { WorkerGlobal } from './bench-store.ts';
import { filledBrowser, median, probeArgs } from './filled-browser.ts';

const { distDir, size } = probeArgs();
const filled = await filledBrowser(distDir, size);
const { worker, page, gen } = filled;
const id = filled.extensionId;
const med = median;
const pages = Number(process.argv[4] ?? 30);
try {
  for (const p of gen.pages(5)) await matchFromContentScript(page, id, p);
  const profiling = process.argv.includes('--profile');
  if (profiling) {
    await worker.client.send('Profiler.enable');
    await worker.client.send('Profiler.setSamplingInterval', { interval: 100 });
    await worker.client.send('Profiler.start');
  }
  const gcFirst = process.argv.includes('--gc');
  const alloc = process.argv.includes('--alloc');
  if (alloc) {
    await worker.client.send('HeapProfiler.enable');
    await worker.client.send('HeapProfiler.startSampling', {
      samplingInterval: 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  const trips: number[] = [];
  const totals: number[] = [];
  const parts: Record<string, number[]> = {};
  for (const p of gen.pages(pages)) {
    if (gcFirst) await worker.client.send('HeapProfiler.collectGarbage');
    if (process.argv.includes('--settle')) {
      await worker.evaluate(() => (globalThis as WorkerGlobal).corroborate!.store().flush());
      await new Promise((r) => setTimeout(r, 300));
    }
    trips.push((await matchFromContentScript(page, id, p)).ms);
    const info = await worker.evaluate(() =>
      (globalThis as WorkerGlobal).corroborate!.store().indexInfo(),
    );
    for (const [k, v] of Object.entries(info.lastMatch ?? {})) (parts[k] ??= []).push(v);
    totals.push(info.lastMatch?.totalMs ?? NaN);
  }
  console.log(`round trip p50 ${med(trips).toFixed(1)} ms`);
  console.log('trips  ' + trips.map((t) => t.toFixed(0)).join(' '));
  console.log('totals ' + totals.map((t) => t.toFixed(0)).join(' '));
  console.log(
    Object.entries(parts)
      .map(([k, v]) => `${k} ${med(v).toFixed(1)}`)
      .join('  '),
  );
  const gaps = trips.map((t, i) => t - totals[i]!);
  console.log(`trip − worker total: p50 ${med(gaps).toFixed(1)} ms`);
  if (alloc) {
    const { profile: heap } = (await worker.client.send('HeapProfiler.stopSampling')) as {
      profile: { head: HeapNode };
    };
    interface HeapNode {
      callFrame: { functionName: string; url: string; lineNumber: number };
      selfSize: number;
      children: HeapNode[];
    }
    const self = new Map<string, number>();
    const paths = new Map<string, number>();
    let total = 0;
    const walk = (n: HeapNode, path: string[]) => {
      const name = n.callFrame.functionName || '(anon)';
      const key = `${name} :${n.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + n.selfSize);
      const p = [...path, name].slice(-6).join(' > ');
      if (n.selfSize > 0) paths.set(p, (paths.get(p) ?? 0) + n.selfSize);
      total += n.selfSize;
      for (const c of n.children) walk(c, [...path, name]);
    };
    walk(heap.head, []);
    console.log(`allocated ${(total / pages / 1048576).toFixed(2)} MB/page (sampled)`);
    for (const [k, b] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
      console.log(`${(b / pages / 1024).toFixed(0).padStart(7)} KB/page  ${k}`);
    }
    for (const [k, b] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
      console.log(`${(b / pages / 1024).toFixed(0).padStart(7)} KB/page  ${k}`);
    }
  }
  if (profiling) {
    const { profile: cpu } = (await worker.client.send('Profiler.stop')) as {
      profile: {
        nodes: Array<{
          id: number;
          children?: number[];
          callFrame: { functionName: string; url: string; lineNumber: number };
        }>;
        samples: number[];
        timeDeltas: number[];
      };
    };
    const byNode = new Map(cpu.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    let total = 0;
    cpu.samples.forEach((s, i) => {
      const n = byNode.get(s)!;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      const dt = cpu.timeDeltas[i] ?? 0;
      self.set(key, (self.get(key) ?? 0) + dt);
      total += dt;
    });
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 45);
    for (const [k, us] of top) {
      console.log(`${(us / 1000 / pages).toFixed(2).padStart(7)} ms/page  ${k}`);
    }
    const parentOf = new Map<number, number>();
    for (const n of cpu.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
    const stackOf = (id: number): string => {
      const names: string[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        names.push(byNode.get(at)!.callFrame.functionName || '(anon)');
      }
      return names.slice(0, 14).join(' < ');
    };
    const inclusive = new Map<string, number>();
    cpu.samples.forEach((s, i) => {
      const seen = new Set<string>();
      for (let at: number | undefined = s; at !== undefined; at = parentOf.get(at)) {
        seen.add(byNode.get(at)!.callFrame.functionName || '(anon)');
      }
      for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + (cpu.timeDeltas[i] ?? 0));
    });
    console.log('inclusive:');
    for (const [k, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 60)) {
      console.log(`${(us / 1000 / pages).toFixed(2).padStart(7)} ms/page  ${k}`);
    }
    const stacks = new Map<string, number>();
    cpu.samples.forEach((s, i) => {
      if (byNode.get(s)!.callFrame.functionName !== 'encodeTokens') return;
      const k = stackOf(s);
      stacks.set(k, (stacks.get(k) ?? 0) + (cpu.timeDeltas[i] ?? 0));
    });
    for (const [k, us] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 6)) {
      console.log(`${(us / 1000 / pages).toFixed(2).padStart(7)} ms/page  ${k}`);
    }
    console.log(`total sampled ${(total / 1000 / pages).toFixed(1)} ms/page`);
  }
  // The messaging alone: the same payload, refused after the params check (wrong origin).
  const refused: number[] = [];
  for (const p of gen.pages(10)) {
    refused.push(await refusedTrip(page, id, p));
  }
  console.log(`refused same-size request p50 ${med(refused).toFixed(2)} ms`);
  const tiny: number[] = [];
  for (const p of gen.pages(10)) tiny.push(await refusedTrip(page, id, { ...p, sentences: [] }));
  console.log(`refused request without sentences p50 ${med(tiny).toFixed(2)} ms`);
  const sizes = await worker.evaluate(async (list) => {
    const store = (globalThis as WorkerGlobal).corroborate!.store();
    const out: number[] = [];
    for (const p of list) {
      const r = await store.matchPage(p);
      const t0 = performance.now();
      const json = JSON.stringify(r);
      out.push(performance.now() - t0, json.length);
    }
    return out;
  }, gen.pages(5));
  console.log(`answer JSON ms / bytes: ${sizes.map((x) => x.toFixed(2)).join(' ')}`);
} finally {
  await filled.close();
}

async function refusedTrip(page: Page, extensionId: string, report: ReportInput): Promise<number> {
  const { session, contextId } = await contentWorld(page, extensionId);
  const r = (await session.send('Runtime.evaluate', {
    expression: `(async (input) => {
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage({ channel: 'corroborate/v1', method: 'matchPage',
        params: { ...input, url: 'https://elsewhere.example/x' } });
      return performance.now() - t0;
    })(${JSON.stringify(report)})`,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value: number } };
  return r.result.value;
}
