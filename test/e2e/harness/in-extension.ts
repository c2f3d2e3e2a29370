// Functions that run inside an extension context — Chromium's service worker, or an extension
// page in Firefox (which gives no handle on its background) — passed to `evaluate()`. It
// sends their source text, so each must be self-contained: no imports, no outer names.
import type { PageSummary } from '../../../src/model/summary.ts';

/** The extension API of the context: Firefox's `browser`, else Chromium's `chrome`. */
type TabsApi = {
  tabs: {
    query(q: object): Promise<Array<{ url?: string; id?: number }>>;
    sendMessage(id: number, message: unknown): Promise<unknown>;
  };
};

/** The id of the tab showing `url`, or null when no tab does. */
export async function tabIdByUrl(url: string): Promise<number | null> {
  const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
  const tabs = await (g.browser ?? g.chrome).tabs.query({});
  return tabs.find((t) => t.url === url)?.id ?? null;
}

/** The summary the content script of tab `id` gives over the protocol; null if none yet. */
export async function askTabSummary(id: number, channel: string): Promise<PageSummary | null> {
  const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
  try {
    const reply = (await (g.browser ?? g.chrome).tabs.sendMessage(id, {
      channel,
      method: 'getSummary',
      params: {},
    })) as { ok: true; value: PageSummary } | { ok: false; error: string } | undefined;
    return reply && reply.ok ? reply.value : null;
  } catch {
    return null; // content script not listening yet
  }
}
