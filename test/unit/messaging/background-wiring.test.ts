import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fake of the few browser APIs the worker's wiring uses. */
const fake = vi.hoisted(() => {
  const state = {
    origins: [] as string[],
    registered: [] as Array<{ id: string; matches: string[]; js: string[] }>,
    sent: [] as Array<{ tabId: number; message: unknown }>,
    executed: [] as Array<{ tabId: number; files: string[] }>,
    contentAnswers: false,
  };
  const browser = {
    runtime: {
      id: 'ext',
      getURL: (p: string) => `chrome-extension://ext/${p}`,
      getManifest: () => ({
        content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'] }],
      }),
    },
    permissions: { getAll: async () => ({ origins: [...state.origins], permissions: [] }) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
        state.registered.filter((s) => ids.includes(s.id)),
      registerContentScripts: async (scripts: typeof state.registered) => {
        state.registered.push(...scripts);
      },
      updateContentScripts: async (scripts: typeof state.registered) => {
        state.registered = state.registered.map((s) => scripts.find((n) => n.id === s.id) ?? s);
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        state.registered = state.registered.filter((s) => !ids.includes(s.id));
      },
      executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
        state.executed.push({ tabId: target.tabId, files });
        return [];
      },
    },
    tabs: {
      query: async () => [{ id: 42 }],
      sendMessage: async (tabId: number, message: unknown) => {
        state.sent.push({ tabId, message });
        if (!state.contentAnswers) throw new Error('Receiving end does not exist.');
        return { ok: true, value: { index: 3 } };
      },
    },
  };
  return { state, browser };
});
// The extension code uses the browsers' own `browser` global.
vi.stubGlobal('browser', fake.browser);

const { syncGrantedScripts, injectIntoTab, contentScriptFile, GRANTED_SCRIPT_ID } =
  await import('../../../src/background/content-scripts.ts');
const { handleCommand } = await import('../../../src/background/commands.ts');

beforeEach(() => {
  Object.assign(fake.state, {
    origins: [],
    registered: [],
    sent: [],
    executed: [],
    contentAnswers: false,
  });
});

describe('service worker wiring', () => {
  it('registers the content script for granted origins, updates and removes it', async () => {
    const file = contentScriptFile();
    expect(file).toBe('content.js');
    fake.state.origins = ['http://127.0.0.1/*', 'https://www.bbc.com/*'];
    expect(await syncGrantedScripts(file)).toEqual(['https://www.bbc.com/*']);
    expect(fake.state.registered).toMatchObject([
      { id: GRANTED_SCRIPT_ID, matches: ['https://www.bbc.com/*'], js: [file] },
    ]);
    fake.state.origins.push('https://apnews.com/*');
    await syncGrantedScripts(file);
    expect(fake.state.registered).toHaveLength(1);
    expect(fake.state.registered[0]?.matches).toEqual([
      'https://apnews.com/*',
      'https://www.bbc.com/*',
    ]);
    fake.state.origins = ['http://127.0.0.1/*'];
    expect(await syncGrantedScripts(file)).toEqual([]);
    expect(fake.state.registered).toEqual([]);
  });

  it('injects the content script once on "Analyse this page"', async () => {
    expect(await injectIntoTab(7, 'assets/content-loader.js')).toEqual({ injected: true });
    expect(fake.state.executed).toEqual([{ tabId: 7, files: ['assets/content-loader.js'] }]);
    fake.state.contentAnswers = true;
    expect(await injectIntoTab(7, 'assets/content-loader.js')).toEqual({ injected: false });
    expect(fake.state.executed).toHaveLength(1);
  });

  it('forwards next/previous-claim to the active tab as stepClaim', async () => {
    fake.state.contentAnswers = true;
    await handleCommand('next-claim', { id: 5 });
    await handleCommand('previous-claim');
    await handleCommand('_execute_action');
    expect(fake.state.sent).toEqual([
      {
        tabId: 5,
        message: { channel: 'corroborate/v1', method: 'stepClaim', params: { direction: 1 } },
      },
      {
        tabId: 42,
        message: { channel: 'corroborate/v1', method: 'stepClaim', params: { direction: -1 } },
      },
    ]);
    fake.state.contentAnswers = false;
    await expect(handleCommand('next-claim', { id: 5 })).resolves.toBeUndefined();
  });
});
