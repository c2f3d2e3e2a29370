import type { Handlers } from '../messaging/server-core.ts';
import type { BackgroundMethods } from '../messaging/protocol.ts';
import type { ReportStore } from '../store/report-store.ts';
import { reportKey } from '../store/keys.ts';
import { answerForPage } from './page-answer.ts';
import { PageBudget } from './page-budget.ts';

export interface BackgroundDeps {
  /** The store, opened on first use (the worker must answer its first message fast). */
  store: () => ReportStore;
  /** Rate of matchPage per tab and pages filed per origin (a default one when absent). */
  budget?: PageBudget;
  /** Injects the content script into a tab the reader granted (activeTab). */
  analyseTab: (tabId: number) => Promise<{ injected: boolean }>;
}

/** BackgroundMethods bound to the store; params are already validated by the dispatcher. */
export function createHandlers(deps: BackgroundDeps): Handlers<BackgroundMethods> {
  const { store } = deps;
  const budget = deps.budget ?? new PageBudget();
  return {
    matchPage: async (report, { sender }) => {
      const origin = assertSameOrigin(report.url, sender.url ?? sender.tab?.url);
      const refused = budget.take(sender.tab?.id ?? -1, origin, reportKey(report.url, null));
      if (refused) throw new Error(refused);
      return answerForPage(await store().matchPage(report));
    },
    sitePaused: async (_params, { sender }) => {
      // Only the sender's own site: a content script learns nothing of the reader's other
      // paused sites (nor can it pause or resume any site: setSitePaused is for our pages).
      const url = sender.url ?? sender.tab?.url;
      const site = url ? siteName(url) : null;
      const { pausedSites } = await store().getSettings();
      return { paused: site !== null && pausedSites.includes(site) };
    },
    getReport: ({ id }) => store().getReport(id),
    listReports: (query) => store().listReports(query),
    listStories: (query) => store().listStories(query),
    deleteReport: async ({ id }) => ({ deleted: await store().deleteReport(id) }),
    clearAll: async () => ({ deleted: await store().clearAll() }),
    exportAll: async () => ({ json: await store().exportAll() }),
    importAll: async ({ json }) => ({ imported: await store().importAll(json) }),
    exportPage: ({ after }) => store().exportPage(after ?? null),
    beginImport: async ({ header }) => ({ importId: await store().beginImport(header) }),
    stageImport: async ({ importId, offset, reports }) => ({
      staged: await store().stageImport(importId, offset, reports),
    }),
    commitImport: async ({ importId }) => ({ imported: await store().commitImport(importId) }),
    abortImport: async ({ importId }) => ({ aborted: await store().abortImport(importId) }),
    stats: () => store().stats(),
    getSettings: () => store().getSettings(),
    setSitePaused: ({ site, paused }) => store().setSitePaused(site, paused),
    analyseTab: ({ tabId }) => deps.analyseTab(tabId),
  };
}

/**
 * A content script may file a report only under its own page's origin: a compromised or
 * confused page context must not plant reports for other sites. (Origin, not the full url,
 * because single-page apps change the path with the History API.)
 */
export function assertSameOrigin(reportUrl: string, senderUrl: string | undefined): string {
  const origin = (url: string | undefined): string | null => {
    try {
      return url ? new URL(url).origin : null;
    } catch {
      return null;
    }
  };
  const page = origin(senderUrl);
  if (!page || origin(reportUrl) !== page)
    throw new Error('Refused: a page can only file a report under its own address.');
  return page;
}

/** The name paused sites are kept under: the host name without "www." (as the popup says it). */
function siteName(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
