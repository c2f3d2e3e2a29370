import { describe, expect, it } from 'vitest';
import type { PageSummary } from '../../../src/model/summary.ts';
import {
  loadPopupState,
  pollUntilReady,
  type PopupState,
} from '../../../src/popup/load-summary.ts';

const summary = (over: Partial<PageSummary> = {}): PageSummary => ({
  url: 'https://www.apnews.com/article/x',
  title: 'T',
  site: 'AP News',
  isArticle: true,
  counts: { sourced: 1, anonymous: 0, unattributed: 0, none: 0 },
  sources: [],
  unverified: [],
  notFlagged: [],
  matchedClaims: 0,
  outlets: { many: 0, one: 0, none: 1 },
  story: [],
  storyClaims: {},
  highlightsOn: true,
  ready: true,
  error: null,
  ...over,
});

const noScript = () => Promise.reject(new Error('Could not establish connection'));

describe('loadPopupState', () => {
  it('says browser pages cannot be read', async () => {
    const state = await loadPopupState({
      tabUrl: async () => 'chrome://extensions/',
      getSummary: noScript,
      pausedSites: async () => [],
    });
    expect(state.kind).toBe('unsupported');
  });

  it('offers to analyse a site with no content script, naming its origin', async () => {
    const state = await loadPopupState({
      tabUrl: async () => 'https://news.example.org/a?b=1',
      getSummary: noScript,
      pausedSites: async () => [],
    });
    expect(state).toEqual({
      kind: 'no-access',
      hostname: 'news.example.org',
      origin: 'https://news.example.org',
    });
  });

  it('reports a paused site by hostname without www', async () => {
    const state = await loadPopupState({
      tabUrl: async () => null,
      getSummary: async () => summary({ isArticle: false }),
      pausedSites: async () => ['apnews.com'],
    });
    expect(state).toEqual({ kind: 'paused', hostname: 'apnews.com' });
  });

  it('returns the summary otherwise', async () => {
    const state = await loadPopupState({
      tabUrl: async () => 'https://apnews.com/article/x',
      getSummary: async () => summary(),
      pausedSites: async () => [],
    });
    expect(state.kind).toBe('summary');
  });
});

describe('pollUntilReady', () => {
  it('asks again until the page is analysed', async () => {
    let calls = 0;
    const seen: PopupState['kind'][] = [];
    await pollUntilReady(
      {
        tabUrl: async () => 'https://apnews.com/a',
        getSummary: async () => summary({ ready: ++calls >= 3 }),
        pausedSites: async () => [],
      },
      (s) => seen.push(s.kind),
      new AbortController().signal,
    );
    expect(calls).toBe(3);
    expect(seen).toEqual(['summary', 'summary', 'summary']);
  });
});
