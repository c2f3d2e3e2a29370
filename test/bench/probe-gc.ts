/** GC inside page answers: traces the browser while pages are answered, sums V8 GC events on
 * the service worker's thread that fall inside each answer (marked with User Timing). */
import { startBrowserTrace } from './browser-trace.ts';
import { matchFromContentScript } from './content-sender.ts';
import { filledBrowser, median, probeArgs } from './filled-browser.ts';

const { distDir, size } = probeArgs();
const filled = await filledBrowser(distDir, size);
const { browser, worker, page, gen } = filled;
const id = filled.extensionId;
const med = median;
try {
  await worker.evaluate(`(async () => {
    const s = globalThis.corroborate.store();
    const orig = s.matchPage;
    s.matchPage = async (x) => {
      performance.mark('answer-start');
      try { return await orig(x); } finally { performance.mark('answer-end'); }
    };
  })()`);
  for (const p of gen.pages(10)) await matchFromContentScript(page, id, p);
  const stopTrace = await startBrowserTrace(browser, [
    'blink.user_timing',
    'v8',
    'disabled-by-default-v8.gc',
    'devtools.timeline',
  ]);
  const trips: number[] = [];
  for (const p of gen.pages(20)) trips.push((await matchFromContentScript(page, id, p)).ms);
  const ev = await stopTrace();
  if (process.argv.includes('--debug')) {
    const names = ev
      .filter((e) => e.ph === 'M' && e.name === 'thread_name')
      .map((e) => `${e.pid}/${e.tid} ${JSON.stringify(e.args)}`);
    console.log(names.join('\n'));
    const count = new Map<string, number>();
    for (const e of ev) count.set(`${e.cat} ${e.name}`, (count.get(`${e.cat} ${e.name}`) ?? 0) + 1);
    console.log(
      [...count]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 60)
        .map(([k, n]) => `${n} ${k}`)
        .join('\n'),
    );
    console.log(ev.filter((e) => /answer/.test(e.name)).length);
  }
  const starts = ev.filter((e) => e.name === 'answer-start').sort((a, b) => a.ts - b.ts);
  const ends = ev.filter((e) => e.name === 'answer-end').sort((a, b) => a.ts - b.ts);
  const tid = starts[0]?.tid;
  const pid = starts[0]?.pid;
  const gcNames = new Map<string, number>();
  const perAnswer: number[] = [];
  const answerMs: number[] = [];
  starts.forEach((s, i) => {
    const e = ends[i]!;
    answerMs.push((e.ts - s.ts) / 1000);
    let gc = 0;
    for (const x of ev) {
      if (x.tid !== tid || x.pid !== pid || x.ph !== 'X' || x.ts < s.ts || x.ts > e.ts) continue;
      if (!/GC|Scaveng|Mark|Sweep|Compact/i.test(x.name)) continue;
      if (
        [
          'MinorGC',
          'MajorGC',
          'V8.GCIncrementalMarking',
          'V8.GCIncrementalMarkingStart',
          'V8.GCFinalizeMC',
          'V8.GCFinalizeMCReduceMemory',
        ].includes(x.name)
      ) {
        gc += (x.dur ?? 0) / 1000;
        gcNames.set('#' + x.name, (gcNames.get('#' + x.name) ?? 0) + 1);
      }
      if (
        x.name.includes('.') &&
        !/^(MinorGC|MajorGC|V8\.GC_SCAVENGER|V8\.GC_MC_INCREMENTAL|V8\.GC_MARK_COMPACTOR|V8\.GC_MINOR_MARK_SWEEPER|V8\.GCScavenger|V8\.GCIncrementalMarking|V8\.GCFinalizeMC|V8\.GCCompactor)$/.test(
          x.name,
        )
      ) {
        gcNames.set(x.name, (gcNames.get(x.name) ?? 0) + (x.dur ?? 0) / 1000);
        continue;
      }
      gcNames.set(x.name, (gcNames.get(x.name) ?? 0) + (x.dur ?? 0) / 1000);
    }
    perAnswer.push(gc);
  });
  console.log(
    `trips p50 ${med(trips).toFixed(1)}; answers traced ${starts.length}, p50 ${med(answerMs).toFixed(1)} ms`,
  );
  console.log(
    `top-level GC inside an answer: p50 ${med(perAnswer).toFixed(2)} ms, mean ${(perAnswer.reduce((a, b) => a + b, 0) / perAnswer.length).toFixed(2)} ms`,
  );
  for (const [k, v] of [...gcNames].sort((a, b) => b[1] - a[1]).slice(0, 22)) {
    console.log(`  ${(v / starts.length).toFixed(2)} ms/answer  ${k}`);
  }
} finally {
  await filled.close();
}
