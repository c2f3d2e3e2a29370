import { describe, expect, it } from 'vitest';
import { createDb } from '../../../src/store/db.ts';
import { getReportRows } from '../../../src/store/raw-reads.ts';
import { AGGREGATOR_TEXT, makeReport } from './make-report.ts';
import { openStore } from './open-store.ts';

let counter = 0;
const fresh = () => `raw-${Date.now()}-${++counter}`;

/** A database holding three saved reports; their ids. */
async function seeded(name: string): Promise<number[]> {
  const store = openStore(name);
  const ids: number[] = [];
  for (const n of [1, 2, 3]) {
    ids.push(await store.saveReport(makeReport(`https://example.com/${n}`, AGGREGATOR_TEXT)));
  }
  await store.flush();
  return ids;
}

describe('getReportRows', () => {
  it('reads the rows in the order asked, a missing id as undefined, like bulkGet', async () => {
    const name = fresh();
    const ids = await seeded(name);
    const db = createDb({ name });
    await db.open();
    const asked = [ids[2]!, 999_999, ids[0]!, ids[2]!];
    const rows = await getReportRows(db, asked);
    expect(rows.map((r) => r?.id)).toEqual([ids[2], undefined, ids[0], ids[2]]);
    expect(rows).toEqual(await db.reports.bulkGet(asked));
    expect(await getReportRows(db, [])).toEqual([]);
    db.close();
  });

  it('lets Dexie read when the connection is not open yet, or inside a Dexie transaction', async () => {
    const name = fresh();
    const ids = await seeded(name);
    const db = createDb({ name });
    // Not opened: Dexie opens on first use.
    expect((await getReportRows(db, ids)).map((r) => r?.url)).toEqual([
      'https://example.com/1',
      'https://example.com/2',
      'https://example.com/3',
    ]);
    // A second transaction on the rows a read-write one holds would wait for it forever.
    const inside = await db.transaction('rw', db.reports, async () => {
      await db.reports.update(ids[0]!, { title: 'changed inside' });
      return getReportRows(db, [ids[0]!]);
    });
    expect(inside[0]?.title).toBe('changed inside');
    db.close();
  });

  it('fails with the database error, not silently, when the connection is gone', async () => {
    const name = fresh();
    const ids = await seeded(name);
    const db = createDb({ name });
    await db.open();
    db.close();
    // Closed by the caller: Dexie's own error (no reopen after an explicit close).
    await expect(getReportRows(db, ids)).rejects.toThrow(/closed/i);
  });
});
