import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { declareSchema } from '../../../src/store/db.ts';
import { CURRENT_VERSION, SCHEMA_HISTORY } from '../../../src/store/schema.ts';
import { AGGREGATOR_TEXT, makeReport } from './make-report.ts';
import { openStore } from './open-store.ts';

interface Fixture {
  version: number;
  reports: Array<
    Record<string, unknown> & { id: number; url: string; title: string; text: string }
  >;
  settings: Array<{ key: string; value: unknown }>;
}

function fixture(version: number): Fixture {
  const file = join(process.cwd(), 'test/fixtures/db', `v${version}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Fixture;
}

/** Writes the fixture rows into a database declared with only the schema of that version. */
async function createOldDatabase(name: string, data: Fixture): Promise<void> {
  const db = new Dexie(name);
  declareSchema(db, data.version);
  await db.open();
  expect(db.verno).toBe(data.version);
  await db.table('reports').bulkAdd(data.reports);
  await db.table('settings').bulkAdd(data.settings);
  db.close();
}

const earlier = SCHEMA_HISTORY.map((s) => s.version).filter((v) => v < CURRENT_VERSION);

describe('schema migrations', () => {
  it('has a fixture for every earlier version', () => {
    expect(earlier).toEqual([1, 2, 3]);
    for (const version of earlier) expect(fixture(version).version).toBe(version);
  });

  it.each(earlier)('upgrades a v%i database keeping every report and setting', async (version) => {
    const data = fixture(version);
    const name = `migrate-v${version}-${Date.now()}`;
    await createOldDatabase(name, data);

    const store = openStore(name);
    const list = await store.listReports({ limit: 100 });
    expect(list.total).toBe(data.reports.length);
    for (const old of data.reports) {
      const report = await store.getReport(old.id);
      expect(report).not.toBeNull();
      expect(report).toMatchObject({ id: old.id, url: old.url, title: old.title, text: old.text });
      expect(report!.sentences.length).toBe((old.sentences as unknown[]).length);
      for (const s of report!.sentences) {
        expect(typeof s.hedged).toBe('boolean');
        expect(s.sourceType === null || typeof s.sourceType === 'string').toBe(true);
        expect(report!.text.slice(s.start, s.end)).toBe(s.text);
      }
      expect(report).toHaveProperty('canonicalUrl');
      expect(report).toHaveProperty('lang');
    }
    expect(await store.getSettings()).toEqual({ pausedSites: ['paused.example.com'] });
    expect(await store.db.verno).toBe(CURRENT_VERSION);

    // Derived fields work after the upgrade: search, dedup on re-read, matching, stats.
    expect((await store.listReports({ query: 'retraites' })).items.map((r) => r.id)).toEqual([2]);
    expect((await store.listReports({ query: '<script>' })).items.map((r) => r.id)).toEqual([5]);
    const again = await store.saveReport(makeReport(data.reports[1]!.url, 'Le vote a eu lieu. '));
    expect(again).toBe(2);
    const matches = await store.matchPage(makeReport('https://agg.example.com/p', AGGREGATOR_TEXT));
    expect(
      Object.values(matches.matches)
        .flat()
        .some((m) => m.reportId === 1),
    ).toBe(true);
    await store.settled(); // the page's save runs after the answer
    expect((await store.stats()).reports).toBe(data.reports.length + 1);
    // New rows get ids after the old ones.
    expect(matches.reportId).toBeGreaterThan(5);
  });
});
