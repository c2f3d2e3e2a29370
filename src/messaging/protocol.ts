import type { PageAnswer, Report, ReportInput, ReportSummary } from '../model/report.ts';
import type { PageSummary } from '../model/summary.ts';
import type { ExportPage } from '../model/export-file.ts';
import type { ListQuery, SiteSettings, StoreStats } from '../model/store-api.ts';
import type { StoryListing, StoryQuery } from '../model/story-list.ts';

/** Every reply crosses the boundary in this shape; errors are plain strings for the reader. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Requests the background answers (from content scripts, popup and options). */
export interface BackgroundMethods {
  matchPage: { params: ReportInput; result: PageAnswer };
  getReport: { params: { id: number }; result: Report | null };
  listReports: { params: ListQuery; result: { total: number; items: ReportSummary[] } };
  /** Stories, most recently read first, a page at a time (MAX_STORY_PAGE at most). */
  listStories: { params: StoryQuery; result: { total: number; items: StoryListing[] } };
  deleteReport: { params: { id: number }; result: { deleted: boolean } };
  clearAll: { params: Record<string, never>; result: { deleted: number } };
  exportAll: { params: Record<string, never>; result: { json: string } };
  importAll: { params: { json: string }; result: { imported: number } };
  /**
   * One page of an export file, so a store of any size leaves in messages far below the runtime
   * cap: `head` (first page only) opens the file, `reports` are comma-separated report JSON,
   * `next` is the `after` of the next page (null: this was the last). The file is `head`, the
   * pages' reports joined by commas, then `]}`.
   */
  exportPage: {
    params: { after?: number };
    result: ExportPage;
  };
  /** Starts a chunked import with the file's header (format, version, exportedAt, settings). */
  beginImport: { params: { header: Record<string, unknown> }; result: { importId: string } };
  /** Stages reports `offset`… of the file (validated); nothing changes before the commit. */
  stageImport: {
    params: { importId: string; offset: number; reports: unknown[] };
    result: { staged: number };
  };
  /** Applies the staged import in one transaction: all of it or nothing. */
  commitImport: { params: { importId: string }; result: { imported: number } };
  abortImport: { params: { importId: string }; result: { aborted: boolean } };
  stats: { params: Record<string, never>; result: StoreStats };
  getSettings: { params: Record<string, never>; result: SiteSettings };
  /** Whether the calling page's own site is paused: all a content script may know of settings. */
  sitePaused: { params: Record<string, never>; result: { paused: boolean } };
  setSitePaused: { params: { site: string; paused: boolean }; result: SiteSettings };
  /**
   * The popup's "Analyse this page": injects the content script into `tabId` (activeTab grant).
   * `injected` is false when the content script was already running there.
   */
  analyseTab: { params: { tabId: number }; result: { injected: boolean } };
}

/** Requests a content script answers (from the popup and the background). */
export interface ContentMethods {
  getSummary: { params: Record<string, never>; result: PageSummary };
  focusClaim: { params: { index: number }; result: { focused: boolean } };
  setHighlights: { params: { on: boolean }; result: { on: boolean } };
  /** Moves the claim focus forward (1) or back (-1); `index` is the focused sentence or null. */
  stepClaim: { params: { direction: 1 | -1 }; result: { index: number | null } };
}

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
