/** Dexie against raw IndexedDB for the answer's two reads (key lookup, rows by id), in the worker. */
import { filledBrowser, probeArgs } from './filled-browser.ts';

const { distDir, size } = probeArgs();
const filled = await filledBrowser(distDir, size);
const { worker } = filled;
try {
  const out = await worker.evaluate(`(async () => {
    const db = globalThis.corroborate.store().db;
    const idb = db.backendDB();
    const res = {};
    const time = async (name, f) => {
      for (let i = 0; i < 20; i++) await f(i);
      const t0 = performance.now();
      let cpu = 0;
      for (let i = 0; i < 200; i++) { const c0 = performance.now(); const p = f(i + 1000); cpu += performance.now() - c0; await p; }
      res[name] = ((performance.now() - t0) / 200).toFixed(3) + ' ms wall, ' + (cpu / 200).toFixed(3) + ' ms sync';
    };
    const req = (r) => new Promise((ok, no) => { r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
    await time('dexie key', (i) => db.reports.where('key').equals('http://x.example/' + i).primaryKeys());
    await time('raw key', (i) => req(idb.transaction('reports', 'readonly').objectStore('reports').index('key').getAllKeys(IDBKeyRange.only('http://x.example/' + i))));
    const ids = (i) => Array.from({ length: 30 }, (_, k) => 1 + ((i * 37 + k * 101) % ${size}));
    await time('dexie bulkGet 30', (i) => db.reports.bulkGet(ids(i)));
    await time('raw get 30', (i) => { const s = idb.transaction('reports', 'readonly').objectStore('reports'); return Promise.all(ids(i).map((id) => req(s.get(id)))); });
    return res;
  })()`);
  console.log(out);
} finally {
  await filled.close();
}
