import { describe, expect, it } from 'vitest';
import { createDb, type CorroborateDb } from '../../../src/store/db.ts';
import { reportKey } from '../../../src/store/keys.ts';
import { rawPutReport } from '../../../src/store/raw-put.ts';
import { toRow } from '../../../src/store/rows.ts';
import { SETTING_WRITE_SEQ, type StoredReport } from '../../../src/store/schema.ts';
import { putReport } from '../../../src/store/writes.ts';
import { AGGREGATOR_TEXT, AP_TEXT, makeReport } from './make-report.ts';

let counter = 0;
const fresh = () => `raw-put-${Date.now()}-${++counter}`;

async function opened(): Promise<CorroborateDb> {
  const db = createDb({ name: fresh() });
  await db.open();
  return db;
}

const seqOf = async (db: CorroborateDb) => (await db.settings.get(SETTING_WRITE_SEQ))?.value;

describe('rawPutReport', () => {
  it('writes the row and bumps the sequence as the Dexie transaction does, reusing the id of the same key', async () => {
    const viaRaw = await opened();
    const viaDexie = await opened();
    const inputs = [
      makeReport('https://apnews.com/a?utm_source=x', AP_TEXT),
      makeReport('https://agg.example.com/p', AGGREGATOR_TEXT),
      // The same article again (tracking parameter aside): updated in place, under its id.
      { ...makeReport('https://apnews.com/a', AP_TEXT), title: 'Updated' },
    ];
    let nextId = 0;
    const newId = () => ++nextId;
    const raw: Array<{ id: number; rev: number }> = [];
    for (const input of inputs) {
      const key = reportKey(input.url, input.canonicalUrl);
      const put = rawPutReport(viaRaw, {
        key,
        rowFor: (rev, existing) =>
          toRow(input, { id: existing ?? newId(), readAt: 5, rev }) as StoredReport,
      });
      expect(put).not.toBeNull();
      const { report, rev } = await put!;
      raw.push({ id: report.id, rev });
    }
    expect(raw).toEqual([
      { id: 1, rev: 1 },
      { id: 2, rev: 2 },
      { id: 1, rev: 3 },
    ]);
    // The Dexie transaction, forced (inside another transaction's zone it is the only path).
    let dexieId = 0;
    for (const input of inputs) {
      await viaDexie.transaction('rw', viaDexie.reports, viaDexie.settings, () =>
        putReport(viaDexie, input, 5, () => ++dexieId),
      );
    }
    expect(await viaRaw.reports.toArray()).toEqual(await viaDexie.reports.toArray());
    expect(await seqOf(viaRaw)).toBe(3);
    expect(await seqOf(viaDexie)).toBe(3);
    viaRaw.close();
    viaDexie.close();
  });

  it('saves whatever the head start throws, on either path', async () => {
    const db = await opened();
    const throwing = {
      whileWaiting: () => {
        throw new Error('head start failed');
      },
    };
    const first = await putReport(
      db,
      makeReport('https://x.example/1', AP_TEXT),
      1,
      () => 1,
      throwing,
    );
    const second = await db.transaction('rw', db.reports, db.settings, () =>
      putReport(db, makeReport('https://x.example/2', AP_TEXT), 1, () => 2, throwing),
    );
    expect([first.report.id, second.report.id]).toEqual([1, 2]);
    expect(await db.reports.count()).toBe(2);
    db.close();
  });

  it('leaves nothing written when building the row fails, and says why', async () => {
    const db = await opened();
    const input = makeReport('https://apnews.com/a', AP_TEXT);
    const key = reportKey(input.url, input.canonicalUrl);
    const put = rawPutReport(db, {
      key,
      rowFor: () => {
        throw new Error('no row');
      },
    });
    await expect(put).rejects.toThrow('no row');
    // A row that cannot be stored (a function is not cloneable) aborts the sequence bump too.
    const bad = rawPutReport(db, {
      key,
      rowFor: (rev) =>
        ({
          ...toRow(input, { id: 7, readAt: 1, rev }),
          title: (() => 1) as unknown as string,
        }) as StoredReport,
    });
    await expect(bad).rejects.toThrow();
    expect(await db.reports.count()).toBe(0);
    expect(await seqOf(db)).toBeUndefined();
    db.close();
  });

  it('leaves the write to Dexie before its connection is open and inside a Dexie transaction', async () => {
    const db = createDb({ name: fresh() });
    const rowFor = () =>
      toRow(makeReport('https://x.example/1', AP_TEXT), {
        id: 1,
        readAt: 1,
        rev: 1,
      }) as StoredReport;
    expect(rawPutReport(db, { key: 'k', rowFor })).toBeNull();
    await db.open();
    await db.transaction('rw', db.reports, db.settings, () => {
      expect(rawPutReport(db, { key: 'k', rowFor })).toBeNull();
    });
    const put = rawPutReport(db, { key: 'k', rowFor });
    expect(put).not.toBeNull();
    expect((await put!).rev).toBe(1);
    db.close();
  });
});
