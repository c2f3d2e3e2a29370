/** Where the messaging part of a page answer goes: send → worker listener → answer → reply. */
import { contentWorld, matchFromContentScript } from './content-sender.ts';
import { filledBrowser, median, probeArgs } from './filled-browser.ts';

const { distDir, size } = probeArgs();
const filled = await filledBrowser(distDir, size);
const { worker, page, gen } = filled;
const id = filled.extensionId;
const med = median;
try {
  for (const p of gen.pages(12)) await matchFromContentScript(page, id, p);
  await worker.evaluate(`(() => {
    const g = globalThis;
    g.marks = [];
    chrome.runtime.onMessage.addListener(() => void g.marks.push([0, performance.timeOrigin + performance.now()]));
    const s = g.corroborate.store();
    const orig = s.matchPage;
    s.matchPage = async (x) => {
      g.marks.push([1, performance.timeOrigin + performance.now()]);
      const r = await orig(x);
      g.marks.push([2, performance.timeOrigin + performance.now()]);
      return ${process.argv.includes('--tiny') ? '{ ...r, matches: {}, story: [], reports: {}, outlets: undefined }' : 'r'};
    };
  })()`);
  const rows: number[][] = [];
  // Absolute send/receive times from the content script, recorded by a second sender.
  const { session, contextId } = await contentWorld(page, id);
  for (const p of gen.pages(24)) {
    await worker.evaluate(() => void ((globalThis as { marks?: number[][] }).marks = []));
    const r = (await session.send('Runtime.evaluate', {
      expression: `(async (input) => {
        const url = location.origin + new URL(input.url).pathname;
        const now = () => performance.timeOrigin + performance.now();
        const t0 = now();
        const reply = await chrome.runtime.sendMessage({ channel: 'corroborate/v1', method: 'matchPage',
          params: { ...input, url, canonicalUrl: url } });
        const t1 = now();
        if (!reply.ok) return reply.error;
        return [t0, t1];
      })(${JSON.stringify(p)})`,
      contextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: number[] | string } };
    if (typeof r.result.value === 'string') {
      await new Promise((res) => setTimeout(res, 2100));
      continue;
    }
    const [t0, t1] = r.result.value;
    const marks = (await worker.evaluate(
      () => (globalThis as { marks?: number[][] }).marks,
    )) as number[][];
    const at = (k: number) => marks.find((m) => m[0] === k)?.[1] ?? NaN;
    rows.push([at(0) - t0!, at(1) - at(0), at(2) - at(1), t1! - at(2), t1! - t0!]);
  }
  const col = (i: number) => med(rows.map((r) => r[i]!)).toFixed(2);
  console.log(
    `send→listener ${col(0)}  listener→store ${col(1)}  store ${col(2)}  store→reply received ${col(3)}  trip ${col(4)} ms (medians of ${rows.length})`,
  );
} finally {
  await filled.close();
}
