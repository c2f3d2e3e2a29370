import { MAX_IMPORT_CHARS, MAX_IMPORT_CHUNK } from '../model/export-file.ts';
import { checkReport, checkReportInput } from '../model/validate-report.ts';
import { MAX_STORY_PAGE } from '../model/story-list.ts';
import {
  arrayOf,
  bool,
  type Check,
  empty,
  int,
  isRecord,
  object,
  oneOf,
  optional,
  str,
} from '../model/check.ts';
import type { BackgroundMethods, ContentMethods } from './protocol.ts';

/** Longest search query the options page may send; longer input is a bug or an attack. */
const MAX_QUERY_CHARS = 500;
/** Page size cap for listReports: the options page shows tens of rows at a time. */
const MAX_PAGE = 500;

const id = int(1);
/** Import ids are UUIDs. */
const importId = str(64);
const anyObject: Check = (v, path) => (isRecord(v) ? null : `${path}: expected an object`);

/** Params validator per background method; a method missing here is unknown and refused. */
export const backgroundParams: { [K in keyof BackgroundMethods]: Check } = {
  matchPage: (v, path) => checkReportInput(v, path),
  getReport: object({ id }),
  listReports: object({
    query: optional(str(MAX_QUERY_CHARS)),
    offset: optional(int(0)),
    limit: optional(int(1, MAX_PAGE)),
  }),
  listStories: object({ offset: optional(int(0)), limit: optional(int(1, MAX_STORY_PAGE)) }),
  deleteReport: object({ id }),
  clearAll: empty,
  exportAll: empty,
  importAll: object({ json: str(MAX_IMPORT_CHARS) }),
  exportPage: object({ after: optional(int(0)) }),
  beginImport: object({ header: anyObject }),
  stageImport: object({
    importId,
    offset: int(0),
    reports: arrayOf((v, path) => checkReport(v, path), MAX_IMPORT_CHUNK),
  }),
  commitImport: object({ importId }),
  abortImport: object({ importId }),
  stats: empty,
  getSettings: empty,
  sitePaused: empty,
  setSitePaused: object({ site: str(253), paused: bool }),
  analyseTab: object({ tabId: int(0) }),
};

/** Params validator per content-script method. */
export const contentParams: { [K in keyof ContentMethods]: Check } = {
  getSummary: empty,
  focusClaim: object({ index: int(0) }),
  setHighlights: object({ on: bool }),
  stepClaim: object({ direction: oneOf([1, -1]) }),
};

/**
 * Who may call a background method:
 * - `tab`: page-bound, only from a context inside a tab (the content script reading the page);
 * - `extension-page`: only from our own pages (popup, options) — reading or changing the whole
 *   store must not be possible from a content script living in a hostile page's process;
 * - `any`: any context of this extension.
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
