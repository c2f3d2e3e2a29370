import type { Handlers } from '../messaging/server-core.ts';
import type { BackgroundMethods } from '../messaging/protocol.ts';
import type { ReportStore } from '../store/report-store.ts';

export interface BackgroundDeps {
  /** The store, opened on first use (the worker must answer its first message fast). */
  store: () => ReportStore;
  /** Injects the content script into a tab the reader granted (activeTab). */
  analyseTab: (tabId: number) => Promise<{ injected: boolean }>;
}

/** BackgroundMethods bound to the store; params are already validated by the dispatcher. */
export function createHandlers(deps: BackgroundDeps): Handlers<BackgroundMethods> {
  const { store } = deps;
  return {
    analysePage: (report) => store().matchPage(report),
    getReport: ({ id }) => store().getReport(id),
    listReports: (query) => store().listReports(query),
    deleteReport: async ({ id }) => ({ deleted: await store().deleteReport(id) }),
    clearAll: async () => ({ deleted: await store().clearAll() }),
    exportAll: async () => ({ json: await store().exportAll() }),
    importAll: async ({ json }) => ({ imported: await store().importAll(json) }),
    stats: () => store().stats(),
    getSettings: () => store().getSettings(),
    setSitePaused: ({ site, paused }) => store().setSitePaused(site, paused),
    analyseTab: ({ tabId }) => deps.analyseTab(tabId),
  };
}
