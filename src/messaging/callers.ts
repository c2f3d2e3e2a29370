import type { BackgroundMethods } from './protocol.ts';

/**
 * Who may call a background method:
 * - `tab`: page-bound, only from a context inside a tab (the content script reading the page);
 * - `extension-page`: only from our own pages (popup, options) — reading or changing the whole
 *   store must not be possible from a content script living in a hostile page's process;
 * - `any`: any context of this extension.
 * (What each method's params must be: params.ts.)
 */
export type CallerKind = 'tab' | 'extension-page' | 'any';

export const backgroundCallers: { [K in keyof BackgroundMethods]: CallerKind } = {
  matchPage: 'tab',
  getReport: 'extension-page',
  listReports: 'extension-page',
  listStories: 'extension-page',
  deleteReport: 'extension-page',
  clearAll: 'extension-page',
  exportAll: 'extension-page',
  importAll: 'extension-page',
  exportPage: 'extension-page',
  beginImport: 'extension-page',
  stageImport: 'extension-page',
  commitImport: 'extension-page',
  abortImport: 'extension-page',
  stats: 'extension-page',
  getSettings: 'extension-page',
  sitePaused: 'tab',
  setSitePaused: 'extension-page',
  analyseTab: 'extension-page',
};
