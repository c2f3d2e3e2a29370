// @vitest-environment node
// (Node's own Blob: happy-dom's does not survive the database's structured clone.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MatchIndex } from '../../../src/crossref/match-index.ts';
import type { MatchEngine } from '../../../src/store/match-engine.ts';
import { SNAPSHOT_NAME } from '../../../src/store/schema.ts';
import { AGGREGATOR_TEXT, AP_TEXT, makeReport, unrelatedReport } from './make-report.ts';
import { openStore } from './open-store.ts';
import { indexOnlyEngine, matchKeys } from './test-engine.ts';

/** The test engine, counting how many reports it had to (re)index. */
function countingEngine(): { engine: MatchEngine<MatchIndex>; added: () => number } {
  let added = 0;
  const engine = {
    ...indexOnlyEngine,
    add: (index: MatchIndex, report: Parameters<typeof indexOnlyEngine.add>[1]) => {
      added += 1;
      indexOnlyEngine.add(index, report);
    },
  };
  return { engine, added: () => added };
}

const page = makeReport('https://agg.example.com/p', AGGREGATOR_TEXT);
/** A snapshot written by layout 7 (postings kept to the cap, not twice it): must not load. */
const layout7 = new Uint8Array(
  Buffer.from(readFileSync('test/fixtures/snapshots/layout-7-ap.b64', 'utf8'), 'base64'),
);
/** A snapshot row's bytes, however it holds them (a Blob; a byte array from older builds). */
async function bytesOf(stored: Blob | Uint8Array): Promise<Uint8Array> {
  return stored instanceof Uint8Array ? stored : new Uint8Array(await stored.arrayBuffer());
}
const pageFor = (n: number) => ({ ...unrelatedReport(n), url: `https://copy.example/${n}` });

async function fill(name: string, count: number): Promise<number> {
  const store = openStore(name);
  const apId = await store.saveReport(makeReport('https://apnews.com/a', AP_TEXT));
  for (let i = 0; i < count; i++) await store.saveReport(unrelatedReport(i));
  await store.warmUp();
  await store.flush();
  await store.close();
  return apId;
}

describe('persisted match index', () => {
  it('a restarted worker loads the snapshot instead of re-indexing, with the same answers', async () => {
    const name = `snap-${Date.now()}-a`;
    const apId = await fill(name, 30);
    const row = await openStore(name).db.snapshots.get(SNAPSHOT_NAME);
    expect(row?.ids).toHaveLength(31);
    expect(row?.bytes).toBeInstanceOf(Blob);

    const { engine, added } = countingEngine();
    const restarted = openStore(name, { engine });
    await restarted.warmUp();
    expect(added()).toBe(0);
    const fromSnapshot = await restarted.matchPage(page);
    const forPage7 = await restarted.matchPage(pageFor(7));
    expect(
      Object.values(fromSnapshot.matches)
        .flat()
        .map((m) => m.reportId),
    ).toContain(apId);

    // The same queries against an index rebuilt from every row give the same answers.
    await restarted.db.snapshots.clear();
    await restarted.close();
    const rebuilt = openStore(name);
    expect(matchKeys(await rebuilt.matchPage(page))).toEqual(matchKeys(fromSnapshot));
    expect(matchKeys(await rebuilt.matchPage(pageFor(7)))).toEqual(matchKeys(forPage7));
  });

  it('loads a snapshot that an older build stored as a byte array, with the same answers', async () => {
    const name = `snap-${Date.now()}-u`;
    await fill(name, 10);
    const setup = openStore(name);
    const fromBlob = matchKeys(await setup.matchPage(page));
    await setup.settled(); // the page's save, then a snapshot that holds it
    await setup.flush();
    const row = (await setup.db.snapshots.get(SNAPSHOT_NAME))!;
    await setup.db.snapshots.put({ ...row, bytes: await bytesOf(row.bytes) });
    await setup.close();

    const { engine, added } = countingEngine();
    const restarted = openStore(name, { engine });
    await restarted.warmUp();
    expect(added()).toBe(0);
    expect(restarted.indexInfo().lastLoad?.snapshotBytes).toBe((await bytesOf(row.bytes)).length);
    expect(matchKeys(await restarted.matchPage(page))).toEqual(fromBlob);
  });

  it('replays only the writes made after the snapshot (a worker killed before persisting)', async () => {
    const name = `snap-${Date.now()}-b`;
    const apId = await fill(name, 10);
    const store = openStore(name);
    const late = await store.saveReport(unrelatedReport(100));
    await store.deleteReport(apId);
    await store.close(); // closed before the debounced snapshot write: like a killed worker

    const { engine, added } = countingEngine();
    const restarted = openStore(name, { engine });
    await restarted.warmUp();
    expect(added()).toBe(1);
    const forAgg = await restarted.matchPage(page);
    expect(Object.keys(forAgg.matches)).toEqual([]); // the deleted AP report is gone
    const forLate = await restarted.matchPage(pageFor(100));
    expect(
      Object.values(forLate.matches)
        .flat()
        .map((m) => m.reportId),
    ).toContain(late);
  });

  it('writes the snapshot only once it lacks enough saves; a restart replays the rest without a key scan', async () => {
    const name = `snap-${Date.now()}-c`;
    await fill(name, 5);
    const persist = { persistDelayMs: 5, persistMaxDelayMs: 50, persistMinChanges: 3 };
    const store = openStore(name, { persist });
    await store.warmUp();
    const revOf = async () => (await store.db.snapshots.get(SNAPSHOT_NAME))?.rev;
    const before = await revOf();
    await store.saveReport(unrelatedReport(200));
    await store.saveReport(unrelatedReport(201));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await revOf()).toBe(before); // two saves: not worth a snapshot yet
    await store.close();

    const { engine, added } = countingEngine();
    const restarted = openStore(name, { engine, persist });
    const keyScans: string[] = [];
    const scan = restarted.db.reports.toCollection.bind(restarted.db.reports);
    restarted.db.reports.toCollection = () => {
      keyScans.push('scan');
      return scan();
    };
    await restarted.warmUp();
    expect(added()).toBe(2);
    expect(restarted.indexInfo().lastLoad).toMatchObject({ fromSnapshot: 6, replayed: 2 });
    expect(keyScans).toEqual([]);
    const forLate = await restarted.matchPage(pageFor(201));
    expect(Object.values(forLate.matches).flat().length).toBeGreaterThan(0);
    await restarted.settled(); // the page's save is the third change: now the snapshot is due
    await new Promise((resolve) => setTimeout(resolve, 60));
    const row = await restarted.db.snapshots.get(SNAPSHOT_NAME);
    expect(row!.rev).toBeGreaterThan(before!);
    expect(row!.ids).toHaveLength(9);
  });

  it('a due snapshot waits for the answer in flight, and is written once it is out', async () => {
    const name = `snap-${Date.now()}-d`;
    await fill(name, 3);
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const engine: MatchEngine<MatchIndex> = {
      ...indexOnlyEngine,
      // The answer stays in flight until released (a slow page, or one arriving meanwhile).
      matchPage: async (...args) => {
        await held;
        return indexOnlyEngine.matchPage(...args);
      },
    };
    const persist = { persistDelayMs: 5, persistMaxDelayMs: 20, persistMinChanges: 1 };
    const store = openStore(name, { engine, persist });
    await store.warmUp();
    const revOf = async () => (await store.db.snapshots.get(SNAPSHOT_NAME))?.rev;
    const before = await revOf();
    await store.saveReport(unrelatedReport(300)); // the snapshot is due 5 ms after this save
    const answer = store.matchPage(pageFor(2));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await revOf()).toBe(before); // past the max delay, still held by the answer
    release();
    await answer;
    await store.settled();
    await new Promise((resolve) => setTimeout(resolve, 80));
    const row = await store.db.snapshots.get(SNAPSHOT_NAME);
    expect(row!.rev).toBeGreaterThan(before!);
    expect(row!.ids).toHaveLength(6); // AP, 3 fillers, the save and the answered page
    await store.close();
  });

  it('answers a page that arrives while the snapshot is being written, before the write ends', async () => {
    const name = `snap-${Date.now()}-s`;
    await fill(name, 3);
    const events: string[] = [];
    const engine: MatchEngine<MatchIndex> = {
      ...indexOnlyEngine,
      // A slow write: twenty steps of 10 ms of work each before the real ones.
      *serializeSteps(index) {
        events.push('write started');
        for (let i = 0; i < 20; i++) {
          const until = performance.now() + 10;
          while (performance.now() < until);
          yield;
        }
        return yield* indexOnlyEngine.serializeSteps!(index);
      },
    };
    const store = openStore(name, { engine });
    await store.warmUp();
    await store.saveReport(unrelatedReport(400));
    const flushed = store.flush().then(() => events.push('write ended'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(['write started']);
    const result = await store.matchPage(pageFor(1));
    events.push('answered');
    await flushed;
    expect(events).toEqual(['write started', 'answered', 'write ended']);
    expect(Object.keys(result.matches).length).toBeGreaterThan(0);
    // The snapshot written in slices loads, with the save in it.
    const row = await store.db.snapshots.get(SNAPSHOT_NAME);
    expect(row!.ids).toHaveLength(5); // AP, 3 fillers, the save
    await store.close();
    const { engine: counting, added } = countingEngine();
    const restarted = openStore(name, { engine: counting });
    await restarted.warmUp();
    expect(added()).toBe(1); // only the answered page, saved after the snapshot
    await restarted.close();
  });

  it.each([
    ['unreadable bytes', { bytes: new Blob([new Uint8Array([1, 2, 3, 4])]) }],
    ["unreadable bytes in an older build's byte array", { bytes: new Uint8Array([1, 2, 3, 4]) }],
    ['no bytes', { bytes: undefined }],
    ['another format', { format: 999 }],
    ['the bytes of an older layout under the current format', { bytes: new Blob([layout7]) }],
    ['a coverage claim beyond the last write', { rev: 10_000 }],
    ['ids that are not numbers', { ids: ['x'] }],
  ])('rebuilds from the database when the snapshot has %s', async (_name, patch) => {
    const name = `snap-${Date.now()}-${Math.random()}`;
    const apId = await fill(name, 5);
    const tamper = openStore(name);
    const row = await tamper.db.snapshots.get(SNAPSHOT_NAME);
    await tamper.db.snapshots.put({ ...row!, ...patch } as never);
    await tamper.close();

    const { engine, added } = countingEngine();
    const restarted = openStore(name, { engine });
    const result = await restarted.matchPage(page);
    await restarted.settled(); // the page's save runs after the answer
    expect(added()).toBe(7); // 6 stored + the page itself
    expect(
      Object.values(result.matches)
        .flat()
        .map((m) => m.reportId),
    ).toContain(apId);
  });

  it('answers a cold page before checking the whole snapshot; a damaged one is then rebuilt', async () => {
    const name = `snap-${Date.now()}-d`;
    await fill(name, 30);
    await fill(`${name}-clean`, 30);
    const clean = matchKeys(await openStore(`${name}-clean`).matchPage(page));
    const setup = openStore(name);
    const row = (await setup.db.snapshots.get(SNAPSHOT_NAME))!;
    const bytes = (await bytesOf(row.bytes)).slice();
    // The last bytes before the checksum are the pool's.
    for (let i = bytes.length - 200; i < bytes.length - 8; i++) bytes[i] = 0x7f;
    await setup.db.snapshots.put({ ...row, bytes: new Blob([bytes]) });
    await setup.close();

    const errors: unknown[] = [];
    const { engine, added } = countingEngine();
    const restarted = openStore(name, { engine, onError: (e) => errors.push(e) });
    await restarted.matchPage(page);
    expect(added()).toBe(0);
    await restarted.settled();
    await restarted.warmUp();
    expect(String(errors[0])).toMatch(/corrupt snapshot \(checksum/);
    // The page's save (queued before the checks) went to the loaded index; then all 32 rows.
    expect(added()).toBe(1 + 32);
    const again = await restarted.matchPage(page);
    expect(matchKeys(again)).toEqual(clean);
  });

  it('clearAll drops the snapshot and the index with the reports', async () => {
    const name = `snap-${Date.now()}-c`;
    await fill(name, 3);
    const store = openStore(name);
    await store.clearAll();
    expect(await store.db.snapshots.get(SNAPSHOT_NAME)).toBeUndefined();
    expect(Object.keys((await store.matchPage(page)).matches)).toEqual([]);
  });
});
