import { describe, expect, it } from 'vitest';
import type { ReportStore } from '../../../src/store/report-store.ts';
import { AGGREGATOR_TEXT, AP_TEXT, makeReport, unrelatedReport } from './make-report.ts';
import { openStore } from './open-store.ts';
import { indexOnlyEngine, matchKeys } from './test-engine.ts';

const newStore = (): ReportStore => openStore();

describe('report store', () => {
  it('saves, reads back and lists newest first', async () => {
    const store = newStore();
    const ap = makeReport('https://apnews.com/article/putin-talks', AP_TEXT, {
      title: 'Putin ready for talks',
    });
    const apId = await store.saveReport(ap);
    const aggId = await store.saveReport(
      makeReport('https://agg.example.com/p/1', AGGREGATOR_TEXT),
    );
    const read = await store.getReport(apId);
    expect(read).toMatchObject({
      id: apId,
      url: ap.url,
      title: 'Putin ready for talks',
      text: AP_TEXT,
    });
    expect(read?.sentences).toHaveLength(4);
    expect(read?.readAt).toBeGreaterThan(0);
    expect(Object.keys(read ?? {}).sort()).toEqual([
      'byline',
      'canonicalUrl',
      'id',
      'lang',
      'publishedTime',
      'readAt',
      'sentences',
      'site',
      'text',
      'title',
      'url',
    ]);
    const list = await store.listReports({});
    expect(list.total).toBe(2);
    expect(list.items.map((r) => r.id)).toEqual([aggId, apId]);
    expect(list.items[1]).toMatchObject({ sentenceCount: 4, site: 'apnews.com' });
    expect(await store.getReport(9999)).toBeNull();
  });

  it('updates the report when the same article is read again (canonical url, else url)', async () => {
    const store = newStore();
    const first = await store.saveReport(
      makeReport('https://example.com/a?utm_source=x', 'First version said this. ', {
        canonicalUrl: 'https://example.com/story',
      }),
    );
    const second = await store.saveReport(
      makeReport('https://example.com/amp/a#top', 'Second version said that. ', {
        canonicalUrl: 'https://example.com/story',
      }),
    );
    expect(second).toBe(first);
    const third = await store.saveReport(makeReport('https://other.com/x?utm_medium=y#f', 'One. '));
    const fourth = await store.saveReport(makeReport('https://other.com/x', 'Two. '));
    expect(fourth).toBe(third);
    expect((await store.listReports({})).total).toBe(2);
    expect((await store.getReport(first))?.text).toBe('Second version said that. ');
  });

  it.each([
    ['another site', 'https://evil.example/copy'],
    ['another subdomain', 'https://m.example.com/story'],
    ['another scheme', 'http://example.com/story'],
  ])(
    'never lets a canonical url of another origin (%s) replace a stored report',
    async (_case, url) => {
      const store = newStore();
      const original = await store.saveReport(
        makeReport('https://example.com/story', 'The original said this. '),
      );
      const hostile = await store.saveReport(
        makeReport(url, 'A forged text said that. ', { canonicalUrl: 'https://example.com/story' }),
      );
      expect(hostile).not.toBe(original);
      expect((await store.getReport(original))?.text).toBe('The original said this. ');
      // Nor does matching such a page name the stored report as itself (it is a match target).
      const answer = await store.matchPage(
        makeReport(url, 'The original said this. ', { canonicalUrl: 'https://example.com/story' }),
      );
      expect(answer.reportId).toBe(hostile);
      await store.settled();
      expect((await store.getReport(original))?.text).toBe('The original said this. ');
    },
  );

  it('searches title, site and url words, by prefix and without accents', async () => {
    const store = newStore();
    await store.saveReport(
      makeReport('https://apnews.com/article/putin-talks', AP_TEXT, {
        title: 'Putin says Russia is ready for security talks',
      }),
    );
    await store.saveReport(
      makeReport('https://lemonde.fr/international/article', 'Texte. ', {
        title: 'Élections régionales à Marseille',
      }),
    );
    await store.saveReport(unrelatedReport(3));
    const titles = async (query: string): Promise<string[]> =>
      (await store.listReports({ query })).items.map((r) => r.title);
    expect(await titles('putin')).toEqual(['Putin says Russia is ready for security talks']);
    expect(await titles('SECUR tal')).toEqual(['Putin says Russia is ready for security talks']);
    expect(await titles('elections marseille')).toEqual(['Élections régionales à Marseille']);
    expect(await titles('lemonde')).toEqual(['Élections régionales à Marseille']);
    expect(await titles('putin marseille')).toEqual([]);
    expect(await titles('council')).toEqual(['Council vote 3']);
    const page = await store.listReports({ query: 'article', offset: 1, limit: 1 });
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
  });

  it('deletes one report and clears all, keeping settings', async () => {
    const store = newStore();
    const a = await store.saveReport(unrelatedReport(1));
    const b = await store.saveReport(unrelatedReport(2));
    await store.setSitePaused(' www.Example.com', true);
    expect(await store.deleteReport(a)).toBe(true);
    expect(await store.deleteReport(a)).toBe(false);
    expect((await store.listReports({})).items.map((r) => r.id)).toEqual([b]);
    expect(await store.clearAll()).toBe(1);
    expect((await store.listReports({})).total).toBe(0);
    expect(await store.getSettings()).toEqual({ pausedSites: ['www.example.com'] });
    expect(await store.setSitePaused('www.example.com', false)).toEqual({ pausedSites: [] });
  });

  it('counts reports and sentences', async () => {
    const store = newStore();
    await store.saveReport(makeReport('https://a.com/1', AP_TEXT));
    await store.saveReport(unrelatedReport(1));
    const stats = await store.stats();
    expect(stats.reports).toBe(2);
    expect(stats.sentences).toBe(7);
  });

  it('matches a page against earlier reports, never against itself, and forgets deleted ones', async () => {
    const store = newStore();
    const apId = await store.saveReport(makeReport('https://apnews.com/a', AP_TEXT));
    for (let i = 0; i < 5; i++) await store.saveReport(unrelatedReport(i));
    const page = makeReport('https://agg.example.com/p', AGGREGATOR_TEXT);
    const result = await store.matchPage(page);
    expect(result.reportId).not.toBe(apId);
    const linked = Object.values(result.matches).flat();
    expect(linked.length).toBeGreaterThanOrEqual(2);
    expect(new Set(linked.map((m) => m.reportId))).toEqual(new Set([apId]));
    expect(result.reports[apId]?.url).toBe('https://apnews.com/a');
    // Matching the same page again updates it in place and still does not match itself.
    const again = await store.matchPage(page);
    expect(again.reportId).toBe(result.reportId);
    expect(matchKeys(again)).toEqual(matchKeys(result));
    await store.deleteReport(apId);
    expect(Object.keys((await store.matchPage(page)).matches)).toEqual([]);
  });

  it('refuses a malformed report with a clear error and stores nothing', async () => {
    const store = newStore();
    const bad = { ...makeReport('https://a.com/1', AP_TEXT), sentences: [{ index: 0 }] };
    await expect(store.saveReport(bad as never)).rejects.toThrow(/sentences\[0\]\.text/);
    expect((await store.listReports({})).total).toBe(0);
  });

  it('saves a batch in one transaction, merging re-reads of one article', async () => {
    const store = newStore();
    const existing = await store.saveReport(unrelatedReport(1));
    const ids = await store.saveReports([
      unrelatedReport(1),
      unrelatedReport(2),
      { ...unrelatedReport(2), title: 'Council vote 2, updated' },
    ]);
    expect(ids[0]).toBe(existing);
    expect(ids[1]).toBe(ids[2]);
    expect((await store.getReport(ids[2]!))?.title).toBe('Council vote 2, updated');
    expect((await store.stats()).reports).toBe(2);
    await expect(
      store.saveReports([unrelatedReport(3), { ...unrelatedReport(4), url: '' }]),
    ).rejects.toThrow(/reports\[1\]\.url: must not be empty/);
    expect((await store.stats()).reports).toBe(2);
  });

  it('prepares a report while writing it only when the index will take it, and survives a failing prepare', async () => {
    const prepared: string[] = [];
    const store = openStore(undefined, {
      engine: {
        ...indexOnlyEngine,
        prepare: (report) => {
          prepared.push(report.url);
          throw new Error('prepare failed');
        },
      },
    });
    // Index not loaded yet: nothing to prepare for.
    await store.saveReport(makeReport('https://apnews.com/article/putin-talks', AP_TEXT));
    expect(prepared).toEqual([]);
    await store.warmUp();
    const aggUrl = 'https://agg.example.com/p/1';
    const aggId = await store.saveReport(makeReport(aggUrl, AGGREGATOR_TEXT));
    expect(prepared).toEqual([aggUrl]);
    // The failure cost nothing: the report is stored and indexed.
    expect((await store.getReport(aggId))?.url).toBe(aggUrl);
    const again = await store.matchPage(makeReport('https://other.example/x', AGGREGATOR_TEXT));
    expect(
      Object.values(again.matches)
        .flat()
        .map((m) => m.reportId),
    ).toContain(aggId);
  });
});
