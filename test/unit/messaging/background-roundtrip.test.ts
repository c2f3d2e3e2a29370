import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/background/handlers.ts';
import { createCaller } from '../../../src/messaging/client-core.ts';
import { backgroundDispatcher } from '../../../src/messaging/dispatchers.ts';
import type { BackgroundMethods } from '../../../src/messaging/protocol.ts';
import type { Sender } from '../../../src/messaging/server-core.ts';
import { crossrefEngine } from '../../../src/store/crossref-engine.ts';
import { exportBlob, importText } from '../../../src/options/backup-transfer.ts';
import { AGGREGATOR_TEXT, AP_TEXT, makeReport } from '../store/make-report.ts';
import { openStore } from '../store/open-store.ts';

const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const TAB: Sender = { id: 'ext', url: 'http://127.0.0.1:8080/ap.html', tab: { id: 3 } };
const OPTIONS: Sender = {
  id: 'ext',
  url: 'chrome-extension://ext/src/options/index.html',
  tab: { id: 4 },
};
const POPUP: Sender = { id: 'ext', url: 'chrome-extension://ext/src/popup/index.html' };

/** The background as the worker wires it, on a fake runtime: caller → dispatcher → store. */
function background() {
  const store = openStore(undefined, { engine: crossrefEngine });
  const injected: number[] = [];
  const dispatch = backgroundDispatcher(
    createHandlers({
      store: () => store,
      analyseTab: async (tabId) => {
        injected.push(tabId);
        return { injected: true };
      },
    }),
    SELF,
  );
  const as = (sender: Sender) =>
    createCaller<BackgroundMethods>((m) => dispatch(m, sender) ?? Promise.resolve(undefined));
  return { as, injected, store };
}

describe('background over the message bus', () => {
  it('analyses the seed pair from content scripts and serves the options page', async () => {
    const { as, store } = background();
    const first = await as(TAB)('matchPage', makeReport('http://127.0.0.1:8080/ap.html', AP_TEXT));
    expect(first.matches).toEqual({});
    const second = await as({ ...TAB, tab: { id: 5 } })(
      'matchPage',
      makeReport('http://127.0.0.1:8080/aggregator.html', AGGREGATOR_TEXT),
    );
    const hit = second.matches[2]?.[0];
    expect(second.reports[hit?.reportId ?? -1]?.url).toBe('http://127.0.0.1:8080/ap.html');
    expect(second.story.map((s) => s.url)).toEqual(['http://127.0.0.1:8080/ap.html']);

    // matchPage answers before the page's report is written: wait for the writes.
    await store.settled();
    const options = as(OPTIONS);
    const listed = (await options('listReports', {})).items;
    const apId = listed.find((r) => r.url.endsWith('/ap.html'))?.id ?? -1;
    expect((await options('listReports', { query: 'aggregator' })).items.map((r) => r.url)).toEqual(
      ['http://127.0.0.1:8080/aggregator.html'],
    );
    expect((await options('stats', {})).reports).toBe(2);
    const { json } = await options('exportAll', {});
    await expect(
      options('importAll', { json: json.replace('corroborate-export', 'x') }),
    ).rejects.toThrow(/Import refused, nothing was changed: the file is not a Corroborate export/);
    expect(await options('deleteReport', { id: apId })).toEqual({ deleted: true });
    expect(await options('importAll', { json })).toEqual({ imported: 2 });
    expect(await options('clearAll', {})).toEqual({ deleted: 2 });
  });

  it('gives a content script no row id: a page read again gets the same answer', async () => {
    const { as, store } = background();
    await as(TAB)('matchPage', makeReport('http://127.0.0.1:8080/ap.html', AP_TEXT));
    await store.settled();
    const page = makeReport('http://127.0.0.1:8080/aggregator.html', AGGREGATOR_TEXT);
    const first = await as(TAB)('matchPage', page);
    await store.settled();
    // The second time the page has a stored row: nothing in the answer may say so.
    const again = await as(TAB)('matchPage', page);
    expect('reportId' in again).toBe(false);
    expect(again.matches).toEqual(first.matches);
    expect(again.reports).toEqual(first.reports);
    expect(again.story.map((s) => [s.reportId, s.url, s.role])).toEqual(
      first.story.map((s) => [s.reportId, s.url, s.role]),
    );
    // The reports it names are numbered for the answer, not by the store.
    expect(Object.keys(again.reports)).toEqual(['1']);
    expect(again.reports[1]?.id).toBe(1);
  });

  it('moves the store out and back in pages and chunks, options page only', async () => {
    const { as, store } = background();
    await as(TAB)('matchPage', makeReport('http://127.0.0.1:8080/ap.html', AP_TEXT));
    await store.settled();
    const options = as(OPTIONS);
    const text = await (await exportBlob(options)).text();
    expect(text.trimEnd().split('\n')).toHaveLength(2);
    await expect(as(TAB)('exportPage', {})).rejects.toThrow(/own pages/);
    await expect(
      as(TAB)('beginImport', { header: { format: 'corroborate-export' } }),
    ).rejects.toThrow(/own pages/);
    await expect(
      options('stageImport', { importId: 'x', offset: 0, reports: [{ id: 1 } as never] }),
    ).rejects.toThrow(/reports\[0\]/);
    await options('clearAll', {});
    expect(await importText(options, text)).toBe(1);
    expect((await options('stats', {})).reports).toBe(1);
  });

  it('pauses sites from the popup, and the content script reads the setting', async () => {
    const { as } = background();
    expect(await as(POPUP)('setSitePaused', { site: 'news.example', paused: true })).toEqual({
      pausedSites: ['news.example'],
    });
    // A content script learns whether its own site is paused, and nothing else.
    const onSite = (url: string): Sender => ({ id: 'ext', url, tab: { id: 9 } });
    expect(await as(onSite('https://www.news.example/a'))('sitePaused', {})).toEqual({
      paused: true,
    });
    expect(await as(onSite('https://other.example/a'))('sitePaused', {})).toEqual({
      paused: false,
    });
    await expect(as(TAB)('getSettings', {})).rejects.toThrow(/own pages/);
    await expect(as(TAB)('setSitePaused', { site: 'news.example', paused: false })).rejects.toThrow(
      /own pages/,
    );
  });

  it('injects on "Analyse this page" only when the popup asks', async () => {
    const { as, injected } = background();
    expect(await as(POPUP)('analyseTab', { tabId: 12 })).toEqual({ injected: true });
    await expect(as(TAB)('analyseTab', { tabId: 12 })).rejects.toThrow(/own pages/);
    expect(injected).toEqual([12]);
  });
});
