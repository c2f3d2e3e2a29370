/**
 * How fast Chromium reads a large value back from IndexedDB after a browser restart, and the
 * floor that sets for a cold worker: one MB-sized value stored three ways (one Uint8Array, rows
 * of CHUNK bytes, a Blob) in a loopback page's database, the browser restarted before each
 * read so nothing is cached in Chromium (the OS file cache is, as for a worker restart).
 * Also times writing the value as bytes and as a Blob.
 * Run directly: `npx tsx test/bench/probe-idb-read.ts [MB]` (93 MB: the 50k snapshot).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, OFFLINE_FLAGS } from '../e2e/harness/chromium.ts';
import { blankPageServer } from './content-sender.ts';

/** Row size for the chunked way. */
const CHUNK = 4 << 20;
/** Reads of each way (a browser restart before each). */
const RUNS = 3;

type Way = 'bytes' | 'rows' | 'blob' | 'blob-4' | 'blob-head';

/** In the page: the database with one store, keys as given. */
const pageScript = String.raw`
window.openDb = () => new Promise((ok, fail) => {
  const r = indexedDB.open('probe', 1);
  r.onupgradeneeded = () => r.result.createObjectStore('s');
  r.onsuccess = () => ok(r.result);
  r.onerror = () => fail(r.error);
});
window.req = (r) => new Promise((ok, fail) => { r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
`;

async function main(): Promise<void> {
  const megabytes = Number(process.argv[2] ?? 93);
  const server = await blankPageServer();
  const profile = mkdtempSync(join(tmpdir(), 'probe-idb-'));
  const open = async () => {
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      pipe: true,
      userDataDir: profile,
      args: OFFLINE_FLAGS,
    });
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.evaluate(pageScript);
    return { browser, page };
  };
  try {
    const { browser, page } = await open();
    const writes = await page.evaluate(
      async (size: number, chunk: number) => {
        const w = window as unknown as {
          openDb(): Promise<IDBDatabase>;
          req(r: IDBRequest): Promise<unknown>;
        };
        const bytes = new Uint8Array(size);
        // Varint-like content: incompressible enough that no layer shrinks it.
        let x = 1;
        for (let i = 0; i < size; i++) {
          x = (Math.imul(x, 1103515245) + 12345) >>> 0;
          bytes[i] = x >>> 24;
        }
        const db = await w.openDb();
        // Writes of the two ways that matter, alternating, three each: the thread's share (the
        // Blob's copy, put's structured clone) and the time to the commit.
        const writes: Record<string, string[]> = { bytes: [], blob: [] };
        for (let i = 0; i < 6; i++) {
          const key = i % 2 === 0 ? 'bytes' : 'blob';
          const t0 = performance.now();
          const value = key === 'blob' ? new Blob([bytes]) : bytes;
          const tx = db.transaction('s', 'readwrite');
          tx.objectStore('s').put(value, key);
          const t1 = performance.now();
          await new Promise((ok) => (tx.oncomplete = ok));
          writes[key]!.push(`${(t1 - t0).toFixed(0)}+${(performance.now() - t1).toFixed(0)}`);
        }
        for (let i = 0, n = 0; i < size; i += chunk, n++) {
          const tx = db.transaction('s', 'readwrite');
          tx.objectStore('s').put(bytes.slice(i, i + chunk), `row${String(n).padStart(4, '0')}`);
          await new Promise((ok) => (tx.oncomplete = ok));
        }
        return writes;
      },
      megabytes << 20,
      CHUNK,
    );
    await browser.close();
    for (const [way, ms] of Object.entries(writes)) {
      console.log(
        `write ${way.padEnd(4)} ${megabytes} MB, ms on the thread + to the commit: ${ms.join(' / ')}`,
      );
    }
    const results: Record<Way, number[]> = {
      bytes: [],
      rows: [],
      blob: [],
      'blob-4': [],
      'blob-head': [],
    };
    for (let run = 0; run < RUNS; run++) {
      for (const way of Object.keys(results) as Way[]) {
        const { browser: b, page: p } = await open();
        const ms = await p.evaluate(async (how: Way) => {
          const w = window as unknown as {
            openDb(): Promise<IDBDatabase>;
            req(r: IDBRequest): Promise<unknown>;
          };
          const db = await w.openDb();
          const t0 = performance.now();
          const store = db.transaction('s').objectStore('s');
          let got = 0;
          if (how === 'bytes') got = ((await w.req(store.get('bytes'))) as Uint8Array).length;
          else if (how === 'rows') {
            const range = IDBKeyRange.bound('row', 'row\uffff');
            const rows = (await w.req(store.getAll(range))) as Uint8Array[];
            for (const r of rows) got += r.length;
          } else {
            const blob = (await w.req(store.get('blob'))) as Blob;
            if (how === 'blob') got = (await blob.arrayBuffer()).byteLength;
            else if (how === 'blob-4') {
              // Four quarters at once, into one buffer: does reading in parallel go faster?
              const out = new Uint8Array(blob.size);
              const quarter = Math.ceil(blob.size / 4);
              const parts = [0, 1, 2, 3].map((q) =>
                blob.slice(q * quarter, (q + 1) * quarter).arrayBuffer(),
              );
              for (const [q, part] of (await Promise.all(parts)).entries()) {
                out.set(new Uint8Array(part), q * quarter);
              }
              got = out.length;
            } else {
              // The first 8 MB (what a first answer might need), then 400 slices of 1 KB.
              got = (await blob.slice(0, 8 << 20).arrayBuffer()).byteLength;
              const reads: Array<Promise<ArrayBuffer>> = [];
              for (let i = 0; i < 400; i++) {
                const at = Math.floor((blob.size - 1024) * ((i * 0.618) % 1));
                reads.push(blob.slice(at, at + 1024).arrayBuffer());
              }
              for (const r of await Promise.all(reads)) got += r.byteLength;
            }
          }
          if (got === 0) throw new Error('nothing read');
          return performance.now() - t0;
        }, way);
        results[way].push(ms);
        await b.close();
      }
    }
    for (const [way, ms] of Object.entries(results)) {
      const sorted = [...ms].sort((a, b) => a - b);
      console.log(
        `${way.padEnd(10)} ${megabytes} MB: median ${sorted[1]!.toFixed(0)} ms (${ms.map((m) => m.toFixed(0)).join(' / ')})`,
      );
    }
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
