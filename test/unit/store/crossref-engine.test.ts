// @vitest-environment node
// (Node's own Blob: happy-dom's does not survive the database's structured clone, and the
// restart must load the snapshot.)
import { describe, expect, it } from 'vitest';
import { MatchIndex, matchPage, queryPage, storyView } from '../../../src/crossref/index.ts';
import type { Report } from '../../../src/model/report.ts';
import { crossrefEngine } from '../../../src/store/crossref-engine.ts';
import { AGGREGATOR_TEXT, AP_TEXT, makeReport, unrelatedReport } from './make-report.ts';
import { openStore } from './open-store.ts';

describe('store with the real cross-referencing engine', () => {
  it('links the aggregator to the AP report with typed differences, also after a restart', async () => {
    const name = `crossref-${Date.now()}`;
    const store = openStore(name, { engine: crossrefEngine });
    const apId = await store.saveReport(
      makeReport('https://apnews.com/a', AP_TEXT, {
        site: 'apnews.com',
        publishedTime: '2022-02-15T10:00:00Z',
      }),
    );
    for (let i = 0; i < 10; i++) await store.saveReport(unrelatedReport(i));
    const page = makeReport('https://agg.example.com/p', AGGREGATOR_TEXT, {
      publishedTime: '2022-02-15T14:00:00Z',
    });
    const first = await store.matchPage(page);

    const emphasis = first.matches[2]?.[0];
    expect(emphasis?.reportId).toBe(apId);
    expect(emphasis?.sentence).toContain('emphasized the need');
    expect(emphasis?.differences.map((d) => d.type)).toContain('wording');
    expect(first.story.map((s) => s.reportId)).toEqual([apId]);
    expect(first.reports[apId]?.site).toBe('apnews.com');

    await store.flush();
    await store.close();
    const restarted = openStore(name, { engine: crossrefEngine });
    const again = await restarted.matchPage(page);
    expect(again.reportId).toBe(first.reportId);
    expect(again.matches).toEqual(first.matches);
    expect(again.story.map((s) => [s.reportId, s.role])).toEqual(
      first.story.map((s) => [s.reportId, s.role]),
    );
  });

  it('gives exactly what matchPage gives with every report at hand, reading only the needed ones', async () => {
    const all = new Map<number, Report>();
    const index = new MatchIndex();
    const inputs = [
      makeReport('https://apnews.com/a', AP_TEXT),
      ...Array.from({ length: 30 }, (_, i) => unrelatedReport(i)),
    ];
    inputs.forEach((input, i) => {
      const report = { ...input, id: i + 1, readAt: 1000 + i };
      all.set(report.id, report);
      index.add(report.id, report.sentences);
    });
    // A long page: the store queries it in runs, reading each run's reports meanwhile.
    const longText = [AGGREGATOR_TEXT, ...[3, 5, 7, 9].map((n) => unrelatedReport(n).text)].join(
      ' ',
    );
    const page = { ...makeReport('https://agg.example.com/p', longText), id: 99, readAt: 5000 };
    all.set(99, page);
    index.add(99, page.sentences);
    const asked: number[][] = [];
    // Each page sentence queried once: matchPage decides on the store's hits.
    const queried: string[] = [];
    const query = index.query.bind(index);
    index.query = (sentences, options) => {
      queried.push(...sentences.map((s) => s.text));
      return query(sentences, options);
    };
    const viaStore = await crossrefEngine.matchPage(page, 99, index, async (ids) => {
      asked.push([...ids]);
      return new Map(ids.flatMap((id) => (all.has(id) ? [[id, all.get(id)!] as const] : [])));
    });
    expect(queried).toEqual(page.sentences.map((s) => s.text));
    const hits = queryPage(index, page, 99);
    const story = storyView(index, page, 99);
    expect(viaStore).toEqual(matchPage(page, 99, hits, all, { story }));
    // Each needed row read once: the page's own (with any story candidates) first, then those
    // the hits of each run name.
    const needed = new Set([99, ...story.candidates, ...hits.flat().map((h) => h.reportId)]);
    expect(asked.flat().sort((a, b) => a - b)).toEqual([...needed].sort((a, b) => a - b));
    expect(Object.keys(viaStore.matches).length).toBeGreaterThan(4);
  });
});
