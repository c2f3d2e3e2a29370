import { describe, expect, it } from 'vitest';
import { createCaller } from '../../../src/messaging/client-core.ts';
import {
  CHANNEL,
  type BackgroundMethods,
  type ContentMethods,
} from '../../../src/messaging/protocol.ts';
import type { Handlers, Sender } from '../../../src/messaging/server-core.ts';
import { backgroundDispatcher, contentDispatcher } from '../../../src/messaging/dispatchers.ts';
import { makeReport } from '../store/make-report.ts';

const SELF = { id: 'corroborate-id', baseUrl: 'chrome-extension://corroborate-id/' };
const CONTENT: Sender = { id: SELF.id, url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 };
const POPUP: Sender = { id: SELF.id, url: `${SELF.baseUrl}src/popup/index.html` };
const OPTIONS_TAB: Sender = {
  id: SELF.id,
  url: `${SELF.baseUrl}src/options/index.html`,
  tab: { id: 9 },
};
const OTHER_EXTENSION: Sender = {
  id: 'evil-extension',
  url: 'chrome-extension://evil-extension/x.html',
  tab: { id: 3 },
};
const WEB_PAGE: Sender = { url: 'https://evil.example/', tab: { id: 4 } };

const report = makeReport('https://news.example/a', 'Officials said the bridge reopened. ');

function fakeBackground(): { handlers: Handlers<BackgroundMethods>; calls: string[] } {
  const calls: string[] = [];
  const handlers = new Proxy({} as Handlers<BackgroundMethods>, {
    get: (_t, method: string) => async (params: unknown, context: { tabId: number | null }) => {
      calls.push(`${method}:${JSON.stringify(params)}:${context.tabId}`);
      if (method === 'getReport') throw new Error('Report store unavailable');
      if (method === 'matchPage') return { reportId: 1, matches: {}, story: [], reports: {} };
      if (method === 'deleteReport') return { deleted: true };
      return {};
    },
  });
  return { handlers, calls };
}

describe('background dispatcher', () => {
  const { handlers, calls } = fakeBackground();
  const dispatch = backgroundDispatcher(handlers, SELF);
  const callAs = (sender: Sender) =>
    createCaller<BackgroundMethods>(
      (message) => dispatch(message, sender) ?? Promise.resolve(undefined),
    );

  it('round-trips typed calls and passes the caller tab', async () => {
    const matches = await callAs(CONTENT)('matchPage', report);
    expect(matches.story).toEqual([]);
    expect(await callAs(POPUP)('deleteReport', { id: 3 })).toEqual({ deleted: true });
    expect(calls.at(-2)).toMatch(/^matchPage:.*:7$/);
    expect(calls.at(-1)).toBe('deleteReport:{"id":3}:null');
  });

  it('hands the handler only the fields its schema names', async () => {
    const params = JSON.parse('{"id": 5, "extra": "x", "__proto__": {"admin": true}}') as never;
    await callAs(POPUP)('deleteReport', params);
    expect(calls.at(-1)).toBe('deleteReport:{"id":5}:null');
  });

  it('turns a handler failure into an error the caller throws', async () => {
    await expect(callAs(POPUP)('getReport', { id: 1 })).rejects.toThrow('Report store unavailable');
  });

  it('ignores messages that are not on our channel (other listeners may answer)', () => {
    expect(dispatch({ method: 'matchPage', params: report }, CONTENT)).toBeUndefined();
    expect(dispatch('hello', CONTENT)).toBeUndefined();
    expect(dispatch(null, CONTENT)).toBeUndefined();
    expect(dispatch({ channel: 'other/v1', method: 'stats', params: {} }, POPUP)).toBeUndefined();
  });

  const refused: Array<[string, unknown, Sender, RegExp]> = [
    [
      'an unknown method',
      { method: 'dropDatabase', params: {} },
      POPUP,
      /Unknown method "dropDatabase"/,
    ],
    [
      'a prototype key as method',
      { method: 'constructor', params: {} },
      POPUP,
      /Unknown method "constructor"/,
    ],
    ['no method', { params: {} }, POPUP, /Unknown method missing/],
    ['another extension', { method: 'stats', params: {} }, OTHER_EXTENSION, /not this extension/],
    ['a web page', { method: 'getSettings', params: {} }, WEB_PAGE, /not this extension/],
    [
      'matchPage from the popup',
      { method: 'matchPage', params: report },
      POPUP,
      /only a content script in a tab/,
    ],
    // A content script may ask only whether its own site is paused (sitePaused).
    [
      'getSettings from a content script',
      { method: 'getSettings', params: {} },
      CONTENT,
      /only the extension's own pages/,
    ],
    [
      'setSitePaused from a content script',
      { method: 'setSitePaused', params: { site: 'other.example', paused: false } },
      CONTENT,
      /only the extension's own pages/,
    ],
    [
      'sitePaused from the popup',
      { method: 'sitePaused', params: {} },
      POPUP,
      /only a content script in a tab/,
    ],
    [
      'clearAll from a content script',
      { method: 'clearAll', params: {} },
      CONTENT,
      /only the extension's own pages/,
    ],
    [
      'exportAll from a content script',
      { method: 'exportAll', params: {} },
      CONTENT,
      /only the extension's own pages/,
    ],
    [
      'listReports from a content script',
      { method: 'listReports', params: {} },
      CONTENT,
      /own pages/,
    ],
    [
      'params missing',
      { method: 'getReport' },
      POPUP,
      /getReport: invalid params: expected an object/,
    ],
    [
      'an id that is not an integer',
      { method: 'getReport', params: { id: 1.5 } },
      POPUP,
      /params\.id: expected an integer/,
    ],
    [
      'a string id',
      { method: 'deleteReport', params: { id: '1' } },
      POPUP,
      /params\.id: expected an integer, got a string/,
    ],
    [
      'a negative offset',
      { method: 'listReports', params: { offset: -1 } },
      POPUP,
      /params\.offset: -1 is out of range/,
    ],
    [
      'a huge query',
      { method: 'listReports', params: { query: 'x'.repeat(10_000) } },
      POPUP,
      /params\.query: too long/,
    ],
    [
      'a report without sentences',
      { method: 'matchPage', params: { ...report, sentences: 'none' } },
      CONTENT,
      /params\.sentences: expected an array/,
    ],
    [
      'a sentence with a bad kind',
      {
        method: 'matchPage',
        params: { ...report, sentences: [{ ...report.sentences[0], kind: 'rumour' }] },
      },
      CONTENT,
      /params\.sentences\[0\]\.kind: expected one of/,
    ],
    [
      'a report text over the limit',
      { method: 'matchPage', params: { ...report, text: 'x'.repeat(2_000_001) } },
      CONTENT,
      /params\.text: too long/,
    ],
    [
      'a paused flag as string',
      { method: 'setSitePaused', params: { site: 'a.com', paused: 'yes' } },
      POPUP,
      /params\.paused: expected true or false/,
    ],
    [
      'import json that is not a string',
      { method: 'importAll', params: { json: { reports: [] } } },
      OPTIONS_TAB,
      /params\.json: expected a string/,
    ],
  ];
  it.each(refused)(
    'refuses %s with a clear error and never calls the handler',
    async (_name, body, sender, error) => {
      const before = calls.length;
      const reply = await dispatch({ channel: CHANNEL, ...(body as object) }, sender);
      expect(reply).toMatchObject({ ok: false });
      expect((reply as { error: string }).error).toMatch(error);
      expect(calls.length).toBe(before);
    },
  );

  it('lets the options page (an extension page in a tab) manage the store', async () => {
    const reply = await dispatch(
      { channel: CHANNEL, method: 'deleteReport', params: { id: 2 } },
      OPTIONS_TAB,
    );
    expect(reply).toEqual({ ok: true, value: { deleted: true } });
  });
});

describe('content dispatcher', () => {
  const handlers: Handlers<ContentMethods> = {
    getSummary: () => {
      throw new Error('No article on this page');
    },
    focusClaim: ({ index }) => ({ focused: index < 3 }),
    setHighlights: ({ on }) => ({ on }),
    stepClaim: ({ direction }) => ({ index: direction === 1 ? 1 : null }),
  };
  const dispatch = contentDispatcher(handlers, SELF);
  const call = createCaller<ContentMethods>(
    (m) => dispatch(m, POPUP) ?? Promise.resolve(undefined),
  );

  it('answers the popup and the background', async () => {
    expect(await call('stepClaim', { direction: 1 })).toEqual({ index: 1 });
    expect(await call('focusClaim', { index: 5 })).toEqual({ focused: false });
    await expect(call('getSummary', {})).rejects.toThrow('No article on this page');
    const fromBackground = await dispatch(
      { channel: CHANNEL, method: 'setHighlights', params: { on: true } },
      { id: SELF.id, url: `${SELF.baseUrl}service-worker-loader.js` },
    );
    expect(fromBackground).toEqual({ ok: true, value: { on: true } });
  });

  it('refuses bad params and foreign senders', async () => {
    expect(
      await dispatch({ channel: CHANNEL, method: 'stepClaim', params: { direction: 2 } }, POPUP),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/params\.direction: expected one of 1, -1/),
    });
    expect(
      await dispatch(
        { channel: CHANNEL, method: 'setHighlights', params: { on: true } },
        OTHER_EXTENSION,
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/not this extension/) });
    expect(
      await dispatch({ channel: CHANNEL, method: 'setHighlights', params: { on: true } }, CONTENT),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/other pages/) });
  });

  it('makes the client throw when nobody answers', async () => {
    const silent = createCaller<ContentMethods>(() => Promise.resolve(undefined));
    await expect(silent('getSummary', {})).rejects.toThrow(/getSummary: no answer/);
  });
});
