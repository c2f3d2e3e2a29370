import type { PageAnswer, Report, ReportSummary } from '../model/report.ts';
import type { PageSummary } from '../model/summary.ts';
import type { ExportPage } from '../model/export-file.ts';
import type { SiteSettings, StoreStats } from '../model/store-api.ts';
import type { StoryPage } from '../model/story-list.ts';
import type { BackgroundParams, ContentParams } from './params.ts';

/** Every reply crosses the boundary in this shape; errors are plain strings for the reader. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What each background method answers (its params: params.ts). */
interface BackgroundResults {
  matchPage: PageAnswer;
  getReport: Report | null;
  listReports: { total: number; items: ReportSummary[] };
  /** Stories, most recently read first, a page at a time (MAX_STORY_PAGE at most). */
  listStories: StoryPage;
  deleteReport: { deleted: boolean };
  clearAll: { deleted: number };
  exportAll: { json: string };
  importAll: { imported: number };
  /**
   * One page of an export file, so a store of any size leaves in messages far below the runtime
   * cap: `head` (first page only) opens the file, `reports` are comma-separated report JSON,
   * `next` is the `after` of the next page (null: this was the last). The file is `head`, the
   * pages' reports joined by commas, then `]}`.
   */
  exportPage: ExportPage;
  /** Starts a chunked import with the file's header (format, version, exportedAt, settings). */
  beginImport: { importId: string };
  /** Stages reports `offset`… of the file (validated); nothing changes before the commit. */
  stageImport: { staged: number };
  /** Applies the staged import in one transaction: all of it or nothing. */
  commitImport: { imported: number };
  abortImport: { aborted: boolean };
  stats: StoreStats;
  getSettings: SiteSettings;
  /** Whether the calling page's own site is paused: all a content script may know of settings. */
  sitePaused: { paused: boolean };
  setSitePaused: SiteSettings;
  /**
   * The popup's "Analyse this page": injects the content script into `tabId` (activeTab grant).
   * `injected` is false when the content script was already running there.
   */
  analyseTab: { injected: boolean };
}

/** What each content-script method answers. */
interface ContentResults {
  getSummary: PageSummary;
  focusClaim: { focused: boolean };
  setHighlights: { on: boolean };
  /** Moves the claim focus forward (1) or back (-1); `index` is the focused sentence or null. */
  stepClaim: { index: number | null };
}

/** Requests the background answers (from content scripts, popup and options). */
export type BackgroundMethods = {
  [K in keyof BackgroundResults]: { params: BackgroundParams[K]; result: BackgroundResults[K] };
};

/** Requests a content script answers (from the popup and the background). */
export type ContentMethods = {
  [K in keyof ContentResults]: { params: ContentParams[K]; result: ContentResults[K] };
};

export type MethodName<M> = Extract<keyof M, string>;
export type ParamsOf<M, K extends keyof M> = M[K] extends { params: infer P } ? P : never;
export type ResultOf<M, K extends keyof M> = M[K] extends { result: infer R } ? R : never;

/** The envelope every message carries; `channel` tells ours from anything else on the bus. */
export interface Envelope<M, K extends MethodName<M> = MethodName<M>> {
  channel: typeof CHANNEL;
  method: K;
  params: ParamsOf<M, K>;
}

/** Marks our messages on the shared runtime bus. */
export const CHANNEL = 'corroborate/v1';

/** Names our runtime.connect ports (content script → background requests). */
export const PORT_NAME = 'corroborate/v1/requests';
