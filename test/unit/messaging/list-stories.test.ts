import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/background/handlers.ts';
import { createCaller } from '../../../src/messaging/client-core.ts';
import { backgroundDispatcher } from '../../../src/messaging/dispatchers.ts';
import type { BackgroundMethods } from '../../../src/messaging/protocol.ts';
import type { Sender } from '../../../src/messaging/server-core.ts';
import { crossrefEngine } from '../../../src/store/crossref-engine.ts';
import { AGGREGATOR_TEXT, AP_TEXT, makeReport, unrelatedReport } from '../store/make-report.ts';
import { openStore } from '../store/open-store.ts';

const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const TAB: Sender = { id: 'ext', url: 'http://127.0.0.1:8080/ap.html', tab: { id: 3 } };
const OPTIONS: Sender = { id: 'ext', url: 'chrome-extension://ext/src/options/index.html' };

function background() {
  const store = openStore(undefined, { engine: crossrefEngine });
  const dispatch = backgroundDispatcher(
    createHandlers({ store: () => store, analyseTab: async () => ({ injected: false }) }),
    SELF,
  );
  const as = (sender: Sender) =>
    createCaller<BackgroundMethods>((m) => dispatch(m, sender) ?? Promise.resolve(undefined));
  return { as, store };
}

/** Each story as its origins, each origin as the urls' last path part (original first). */
const shape = (items: Array<{ origins: Array<{ reports: Array<{ url: string }> }> }>) =>
  items.map((s) => s.origins.map((o) => o.reports.map((r) => r.url.split('/').pop())));

describe('listStories over the message bus', () => {
  it('groups pages read in turn into stories, copies under their original, newest first', async () => {
    const { as, store } = background();
    const read = async (url: string, text: string) => {
      await as({ ...TAB, url })('matchPage', makeReport(url, text));
      await store.settled();
    };
    await read('http://127.0.0.1:8080/ap.html', AP_TEXT);
    const other = unrelatedReport(1);
    await as({ ...TAB, url: other.url })('matchPage', other);
    await store.settled();
    await read('http://127.0.0.1:8080/aggregator.html', AGGREGATOR_TEXT);

    const answer = await as(OPTIONS)('listStories', {});
    expect(answer.total).toBe(2);
    expect(shape(answer.items)).toEqual([
      [['ap.html', 'aggregator.html']],
      [[other.url.split('/').pop()]],
    ]);
    const [fire] = answer.items;
    expect(fire).toMatchObject({ reportCount: 2, originCount: 1 });
    expect(fire!.latestReadAt).toBe(Math.max(...fire!.origins[0]!.reports.map((r) => r.readAt)));

    // One page at a time: the second page holds the older story only.
    const second = await as(OPTIONS)('listStories', { offset: 1, limit: 1 });
    expect(second.total).toBe(2);
    expect(second.items.map((s) => s.reportCount)).toEqual([1]);
  });

  it('refuses content scripts and pages larger than the cap', async () => {
    const { as } = background();
    await expect(as(TAB)('listStories', {})).rejects.toThrow(/only the extension's own pages/);
    await expect(as(OPTIONS)('listStories', { limit: 51 })).rejects.toThrow(
      /limit: 51 is out of range/,
    );
    await expect(
      as(OPTIONS)('listStories', { offset: -1 } as unknown as { offset: number }),
    ).rejects.toThrow(/offset/);
    expect(await as(OPTIONS)('listStories', {})).toEqual({ total: 0, items: [], filing: 0 });
  });
});
