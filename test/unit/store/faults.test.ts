import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_FULL_MESSAGE } from '../../../src/store/errors.ts';
import { SETTING_WRITE_SEQ } from '../../../src/store/schema.ts';
import type { ReportStore } from '../../../src/store/report-store.ts';
import { AGGREGATOR_TEXT, AP_TEXT, makeReport, unrelatedReport } from './make-report.ts';
import { openStore } from './open-store.ts';
import { indexOnlyEngine, matchKeys } from './test-engine.ts';

type Failure = () => unknown;

/** The reports an answer's matches come from, each once. */
function matchedReports(result: Awaited<ReturnType<ReportStore['matchPage']>>): number[] {
  return [...new Set(Object.values(result.matches).flatMap((ms) => ms.map((m) => m.reportId)))];
}

const originalPut = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = originalPut;
});

/**
 * Makes the next commit of the write sequence fail once the writes are sent (the bump is added
 * instead of put, which the database refuses when it runs the request): a save that fails
 * after the index has taken its report.
 */
function failNextCommit(): void {
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
    if (this.name !== 'settings') return originalPut.apply(this, args);
    IDBObjectStore.prototype.put = originalPut;
    return this.add(...args);
  };
}

/**
 * Makes IndexedDB refuse writes to `table` the way a full disk does, while `fail` is set: below
 * Dexie, so the store's plain IndexedDB saves (raw-put.ts) and Dexie's writes both meet it.
 */
function injectWriteFailure(table: string): { fail: Failure | null } {
  const control: { fail: Failure | null } = { fail: null };
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
    const error = this.name === table && control.fail ? control.fail() : null;
    if (error) throw error;
    return originalPut.apply(this, args);
  };
  return control;
}

const quota = (): DOMException =>
  new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** How Dexie surfaces a quota failure that aborted the whole transaction. */
const wrappedQuota = (): Error =>
  Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota() });

async function writeSeq(store: ReportStore): Promise<unknown> {
  return (await store.db.settings.get(SETTING_WRITE_SEQ))?.value;
}

describe('store faults', () => {
  it.each([
    ['QuotaExceededError', quota],
    ['AbortError wrapping it', wrappedQuota],
  ])('reports a full disk (%s) clearly and leaves nothing half-written', async (_name, error) => {
    const errors: unknown[] = [];
    const store = openStore(undefined, { onError: (e) => errors.push(e) });
    const control = injectWriteFailure('reports');
    const apId = await store.saveReport(makeReport('https://apnews.com/a', AP_TEXT));
    const before = { list: await store.listReports({}), seq: await writeSeq(store) };

    control.fail = error;
    const page = makeReport('https://agg.example.com/p', AGGREGATOR_TEXT);
    // The answer does not wait for the page's save; the save that then fails is reported…
    const answered = await store.matchPage(page);
    expect(matchKeys(answered).length).toBeGreaterThanOrEqual(2);
    await store.settled();
    expect(errors.map((e) => (e as Error).message)).toEqual([STORAGE_FULL_MESSAGE]);
    // …and while the disk stays full, the next page's save comes first and the reader sees why.
    await expect(store.matchPage(page)).rejects.toThrow(STORAGE_FULL_MESSAGE);
    await expect(store.saveReport(unrelatedReport(1))).rejects.toThrow(/^Storage is full/);
    await expect(store.importAll(await store.exportAll())).rejects.toThrow(/^Storage is full/);
    // The sequence bump written earlier in the same transaction was rolled back with it.
    expect(await writeSeq(store)).toBe(before.seq);
    expect(await store.listReports({})).toEqual(before.list);

    control.fail = null;
    const result = await store.matchPage(page);
    expect(matchedReports(result)).toEqual([apId]);
    expect((await store.stats()).reports).toBe(2);
  });

  it('an import interrupted half-way (worker killed, disk error) leaves the store as it was', async () => {
    const store = openStore();
    const control = injectWriteFailure('reports');
    await store.saveReport(makeReport('https://apnews.com/a', AP_TEXT));
    const source = openStore();
    for (let i = 0; i < 40; i++) await source.saveReport(unrelatedReport(i));
    const json = await source.exportAll();
    const before = { list: await store.listReports({}), seq: await writeSeq(store) };
    let writes = 0;
    control.fail = () => (++writes === 25 ? new Error('worker stopped') : null);
    await expect(store.importAll(json)).rejects.toThrow('worker stopped');
    expect(writes).toBe(25);
    expect(await store.listReports({})).toEqual(before.list);
    expect(await writeSeq(store)).toBe(before.seq);
    control.fail = null;
    expect(await store.importAll(json)).toBe(40);
  });

  it('answers before the page is saved, then saves it under the id it answered (retrying)', async () => {
    const errors: unknown[] = [];
    const store = openStore(undefined, { onError: (e) => errors.push(e) });
    const control = injectWriteFailure('reports');
    const apId = await store.saveReport(makeReport('https://apnews.com/a', AP_TEXT));
    let attempts = 0;
    control.fail = () => (++attempts === 1 ? new Error('transient') : null);
    const page = makeReport('https://agg.example.com/p', AGGREGATOR_TEXT);
    const result = await store.matchPage(page);
    expect(
      new Set(
        Object.values(result.matches)
          .flat()
          .map((m) => m.reportId),
      ),
    ).toEqual(new Set([apId]));
    expect(result.reportId).not.toBe(apId);
    // The first write failed and its retry waits: the answer came without the page stored.
    expect(await store.getReport(result.reportId)).toBeNull();
    await store.settled();
    expect(attempts).toBe(2);
    expect(errors).toEqual([]);
    expect((await store.getReport(result.reportId))?.url).toBe(page.url);
    // A second visit updates that report in place and still never matches itself.
    const again = await store.matchPage(page);
    expect(again.reportId).toBe(result.reportId);
    await store.settled();
    expect((await store.stats()).reports).toBe(2);
  });

  it('takes a report back out of the index when its save fails while committing', async () => {
    const store = openStore();
    await store.warmUp();
    const apId = await store.saveReport(makeReport('https://apnews.com/a', AP_TEXT));
    const seq = await writeSeq(store);
    failNextCommit();
    const page = makeReport('https://agg.example.com/p', AGGREGATOR_TEXT);
    await expect(store.saveReport(page)).rejects.toThrow();
    expect(await writeSeq(store)).toBe(seq);
    expect((await store.stats()).reports).toBe(1);
    // A copy of the page that failed finds only the AP report: the failed one is not indexed.
    const copy = { ...page, url: 'https://copy.example.com/p' };
    const result = await store.matchPage(copy);
    expect(matchKeys(result).length).toBeGreaterThanOrEqual(2);
    expect(matchedReports(result)).toEqual([apId]);

    // A failed update of a stored report: its earlier version is what the index holds after.
    const updated = makeReport('https://apnews.com/a', unrelatedReport(5).text);
    await store.settled(); // the copy's own save first
    failNextCommit();
    await expect(store.saveReport(updated)).rejects.toThrow();
    const again = await store.matchPage({ ...copy, url: 'https://copy2.example.com/p' });
    expect(
      Object.values(again.matches)
        .flat()
        .some((m) => m.reportId === apId),
    ).toBe(true);
    const other = await store.matchPage({ ...unrelatedReport(5), url: 'https://x.example/5' });
    expect(
      Object.values(other.matches)
        .flat()
        .some((m) => m.reportId === apId),
    ).toBe(false);
  });

  it('passes other write errors through unchanged', async () => {
    const store = openStore();
    const control = injectWriteFailure('reports');
    control.fail = () => new Error('disk on fire');
    await expect(store.saveReport(unrelatedReport(1))).rejects.toThrow('disk on fire');
  });

  it('loses nothing when twenty tabs save at once', async () => {
    const store = openStore();
    await store.warmUp();
    const distinct = Array.from({ length: 20 }, (_, i) => store.matchPage(unrelatedReport(i)));
    const ids = (await Promise.all(distinct)).map((r) => r.reportId);
    expect(new Set(ids).size).toBe(20);
    await store.settled(); // the pages' saves run after the answers
    expect((await store.listReports({ limit: 100 })).total).toBe(20);
    // Twenty saves of one article (same canonical url) end as one report.
    const same = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.saveReport(makeReport(`https://x.com/a?utm_source=${i}`, `Version ${i} said so. `)),
      ),
    );
    expect(new Set(same).size).toBe(1);
    expect((await store.stats()).reports).toBe(21);
    // Every one of them is in the match index.
    for (let i = 0; i < 20; i++) {
      const again = await store.matchPage({
        ...unrelatedReport(i),
        url: `https://copy.example/${i}`,
      });
      expect(
        Object.values(again.matches)
          .flat()
          .some((m) => m.reportId === ids[i]),
      ).toBe(true);
    }
  });

  it('rebuilds the index from the database when updating it fails', async () => {
    let failNext = false;
    const engine = {
      ...indexOnlyEngine,
      add: (...args: Parameters<typeof indexOnlyEngine.add>) => {
        if (failNext) {
          failNext = false;
          throw new Error('index bug');
        }
        indexOnlyEngine.add(...args);
      },
    };
    const errors: unknown[] = [];
    const store = openStore(undefined, { engine, onError: (e) => errors.push(e) });
    await store.warmUp();
    failNext = true;
    const apId = await store.saveReport(makeReport('https://apnews.com/a', AP_TEXT));
    expect(errors).toHaveLength(1);
    const result = await store.matchPage(makeReport('https://agg.example.com/p', AGGREGATOR_TEXT));
    expect(matchKeys(result).length).toBeGreaterThanOrEqual(2);
    expect(matchedReports(result)).toEqual([apId]);
  });
});
