/**
 * What the transport alone costs a page answer: the same store.matchPage in the same worker,
 * asked from the content script's world over runtime.sendMessage and over a runtime.connect port,
 * each round both ways (order alternating, a fresh page each), and per request the round trip
 * less the worker's own time. Listeners are added in the worker for this only (no dispatcher,
 * no rate limit: both ways alike). Usage: npx tsx test/bench/probe-port.ts DIST [REPORTS] [ROUNDS] [--real]
 */
import { contentWorld, matchFromContentScript, type Via } from './content-sender.ts';
import type { WorkerGlobal } from './bench-store.ts';
import { filledBrowser, median, probeArgs } from './filled-browser.ts';

const { distDir, size } = probeArgs();
const filled = await filledBrowser(distDir, size);
const { worker, page, gen } = filled;
const id = filled.extensionId;
const med = median;
try {
  for (const p of gen.pages(4)) await matchFromContentScript(page, id, p);
  if (process.argv.includes('--real')) {
    // The real path both ways (dispatcher, handlers, rate limit: one request per 2 s after a
    // burst, so a round takes about 4 s): round trip less the store's last match time.
    const over: Record<Via, number[]> = { port: [], message: [] };
    const rounds = Number(process.argv[4] ?? 30);
    for (let round = 0; round < rounds; round++) {
      const ps = gen.pages(2);
      const order: Via[] = round % 2 ? ['port', 'message'] : ['message', 'port'];
      for (const [k, via] of order.entries()) {
        const { ms } = await matchFromContentScript(page, id, ps[k]!, via);
        const info = await worker.evaluate(() =>
          (globalThis as WorkerGlobal).corroborate!.store().indexInfo(),
        );
        over[via].push(ms - (info.lastMatch?.totalMs ?? NaN));
      }
    }
    const d = over.message.map((x, i) => x - over.port[i]!);
    console.log(
      `real path, round trip over the store's match time, p50: message ${med(over.message).toFixed(2)} ` +
        `port ${med(over.port).toFixed(2)}; paired message−port ${med(d).toFixed(2)} ms (${rounds} rounds)`,
    );
  } else {
    await worker.evaluate(`(() => {
    const s = globalThis.corroborate.store();
    const work = async (params) => { const t0 = performance.now(); const value = await s.matchPage(params); return { ok: true, value, w: performance.now() - t0 }; };
    chrome.runtime.onMessage.addListener((m, _s, reply) => {
      if (m.channel !== 'probe') return;
      work(m.params).then(reply);
      return true;
    });
    chrome.runtime.onConnect.addListener((port) => {
      port.onMessage.addListener((m) => { work(m.params).then((r) => port.postMessage({ id: m.id, ...r })); });
    });
  })()`);
    const { session, contextId } = await contentWorld(page, id);
    const ev = async (expression: string) =>
      (
        (await session.send('Runtime.evaluate', {
          expression,
          contextId,
          awaitPromise: true,
          returnByValue: true,
        })) as { result: { value: Record<string, [number, boolean]> } }
      ).result.value;
    await ev(`(() => {
    const pending = new Map(); let next = 0; let port = null;
    const get = () => { if (port) return port; port = chrome.runtime.connect({ name: 'probe' });
      port.onMessage.addListener((m) => { pending.get(m.id)?.(m); pending.delete(m.id); });
      port.onDisconnect.addListener(() => { port = null; }); return port; };
    globalThis.viaPort = (params) => new Promise((res) => { const id = ++next; pending.set(id, res); get().postMessage({ id, params }); });
    globalThis.viaSend = (params) => chrome.runtime.sendMessage({ channel: 'probe', params });
  })()`);
    const res: Record<string, number[]> = { viaSend: [], viaPort: [] };
    const rounds = Number(process.argv[4] ?? 40);
    for (let round = 0; round < rounds; round++) {
      const ps = gen.pages(2);
      const order = round % 2 ? ['viaPort', 'viaSend'] : ['viaSend', 'viaPort'];
      const out = await ev(`(async (inputs) => {
      const o = {};
      for (const v of ${JSON.stringify(order)}) { const input = inputs.shift(); const url = location.origin + new URL(input.url).pathname;
      const params = { ...input, url, canonicalUrl: url }; const t0 = performance.now(); const r = await globalThis[v](params); o[v] = [performance.now() - t0 - r.w, r.ok]; }
      return o;
    })(${JSON.stringify(ps)})`);
      for (const v of order) {
        res[v]!.push(out[v]![0]);
        if (!out[v]![1]) console.log('bad', v);
      }
    }
    for (const [k, xs] of Object.entries(res))
      console.log(k, 'overhead (trip − worker work) p50', med(xs).toFixed(2), 'n', xs.length);
    const d = res.viaSend!.map((x, i) => x - res.viaPort![i]!);
    console.log('paired send−port p50', med(d).toFixed(2), 'ms');
  }
} finally {
  await filled.close();
}
