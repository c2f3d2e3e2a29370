import { describe, expect, it } from 'vitest';
import type { ReportStore } from '../../../src/store/report-store.ts';
import { AGGREGATOR_TEXT, AP_TEXT, makeReport, unrelatedReport } from './make-report.ts';
import { openStore } from './open-store.ts';
import { matchKeys } from './test-engine.ts';

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(document.cookie)</script>';

async function snapshotOf(store: ReportStore): Promise<string> {
  const list = await store.listReports({ limit: 500 });
  const full = await Promise.all(list.items.map((r) => store.getReport(r.id)));
  return JSON.stringify({ full, settings: await store.getSettings() });
}

async function seeded(): Promise<ReportStore> {
  const store = openStore();
  await store.saveReport(
    makeReport('https://apnews.com/a', AP_TEXT, {
      title: 'AP: Putin ready for talks',
      publishedTime: '2022-02-15T10:00:00Z',
    }),
  );
  await store.saveReport(unrelatedReport(1));
  await store.setSitePaused('paused.example', true);
  return store;
}

describe('export and import', () => {
  it('round-trips every field, and the imported reports are matched', async () => {
    const source = await seeded();
    const json = await source.exportAll();
    // JSON Lines: the header, then one report per line.
    const [header, ...reports] = json
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(header).toMatchObject({ format: 'corroborate-export', version: 2, count: 2 });
    expect(typeof header.exportedAt).toBe('string');
    expect(reports).toHaveLength(2);
    expect(json.endsWith('\n')).toBe(true);

    const target = openStore();
    expect(await target.importAll(json)).toBe(2);
    const a = JSON.parse(await snapshotOf(source));
    const b = JSON.parse(await snapshotOf(target));
    const strip = (r: { id: number }) => ({ ...r, id: 0 });
    expect(b.full.map(strip)).toEqual(a.full.map(strip));
    expect(b.settings).toEqual({ pausedSites: ['paused.example'] });

    const matches = await target.matchPage(
      makeReport('https://agg.example.com/p', AGGREGATOR_TEXT),
    );
    expect(matchKeys(matches).length).toBeGreaterThanOrEqual(2);
  });

  it('still imports a file of the first format (one object with a reports array)', async () => {
    const source = await seeded();
    const [header, ...reports] = (await source.exportAll())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    const { count: _count, ...rest } = header;
    const old = JSON.stringify({ ...rest, version: 1, reports });
    const target = openStore();
    expect(await target.importAll(old)).toBe(2);
    expect(await snapshotOf(target)).toBe(await snapshotOf(source));
  });

  it('importing the same export again updates in place instead of duplicating', async () => {
    const store = await seeded();
    const json = await store.exportAll();
    expect(await store.importAll(json)).toBe(2);
    expect((await store.listReports({})).total).toBe(2);
  });

  it('keeps script payloads as literal text', async () => {
    const store = openStore();
    await store.saveReport(
      makeReport('https://evil.example/x', `${HOSTILE} said the page. `, {
        title: HOSTILE,
        site: HOSTILE,
        byline: HOSTILE,
      }),
    );
    const target = openStore();
    await target.importAll(await store.exportAll());
    const [item] = (await target.listReports({})).items;
    expect(item?.title).toBe(HOSTILE);
    expect(item?.site).toBe(HOSTILE);
    expect((await target.getReport(item!.id))?.text.startsWith(HOSTILE)).toBe(true);
  });

  const good = (): Record<string, unknown> => ({
    format: 'corroborate-export',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    reports: [{ ...makeReport('https://x.com/1', AP_TEXT), id: 1, readAt: 1 }],
  });
  const withReport = (patch: Record<string, unknown>): string => {
    const file = good();
    file.reports = [
      (file.reports as object[])[0],
      { ...makeReport('https://x.com/2', 'Two said. '), id: 2, readAt: 2, ...patch },
    ];
    return JSON.stringify(file);
  };
  const cases: Array<[string, string, RegExp]> = [
    ['not JSON', '{"format": "corroborate-export",', /not valid JSON/],
    ['empty', '', /not valid JSON/],
    ['an array', '[]', /expected a JSON object/],
    [
      'another format',
      JSON.stringify({ ...good(), format: 'pocket-export' }),
      /not a Corroborate export.*pocket-export/,
    ],
    ['a future version', JSON.stringify({ ...good(), version: 3 }), /version 3 is not supported/],
    [
      'a version 2 header inside one object',
      JSON.stringify({ ...good(), version: 2 }),
      /version 2 file has its header on a line of its own/,
    ],
    [
      'a bad line in a version 2 file',
      `${JSON.stringify({ format: 'corroborate-export', version: 2, exportedAt: 'x' })}\n{"url":`,
      /line 2 is not valid JSON/,
    ],
    [
      'reports missing',
      JSON.stringify({ ...good(), reports: undefined }),
      /reports: expected an array/,
    ],
    [
      'a missing field',
      withReport({ title: undefined }),
      /reports\[1\]\.title: expected a string, got nothing/,
    ],
    [
      'a wrong type',
      withReport({ readAt: 'yesterday' }),
      /reports\[1\]\.readAt: expected a number/,
    ],
    [
      'a bad kind',
      withReport({
        sentences: [
          {
            index: 0,
            text: 'Two said.',
            start: 0,
            end: 9,
            kind: 'gossip',
            hedged: false,
            source: null,
            sourceType: null,
            cue: null,
          },
        ],
      }),
      /reports\[1\]\.sentences\[0\]\.kind/,
    ],
    [
      'offsets outside the text',
      withReport({
        sentences: [
          {
            index: 0,
            text: 'x',
            start: 5,
            end: 500,
            kind: 'none',
            hedged: false,
            source: null,
            sourceType: null,
            cue: null,
          },
        ],
      }),
      /outside the text/,
    ],
    ['a huge string', withReport({ title: 'x'.repeat(100_000) }), /reports\[1\]\.title: too long/],
    ['a bad id', withReport({ id: -4 }), /reports\[1\]\.id/],
    [
      'bad settings',
      JSON.stringify({ ...good(), settings: { pausedSites: [42] } }),
      /settings\.pausedSites\[0\]/,
    ],
  ];
  it.each(cases)(
    'rejects a file with %s, naming the problem, and changes nothing',
    async (_name, json, message) => {
      const store = await seeded();
      const before = await snapshotOf(store);
      await expect(store.importAll(json)).rejects.toThrow(message);
      await expect(store.importAll(json)).rejects.toThrow(/^Import refused, nothing was changed/);
      expect(await snapshotOf(store)).toBe(before);
    },
  );

  it('keeps the first error of a large valid-looking file and writes none of its reports', async () => {
    const store = openStore();
    const file = good();
    file.reports = Array.from({ length: 300 }, (_, i) => ({
      ...unrelatedReport(i),
      id: i + 1,
      readAt: i,
    }));
    (file.reports as Array<Record<string, unknown>>)[299]!.url = 42;
    await expect(store.importAll(JSON.stringify(file))).rejects.toThrow(/reports\[299\]\.url/);
    expect((await store.listReports({})).total).toBe(0);
  });
});
