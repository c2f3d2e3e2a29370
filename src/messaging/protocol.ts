import type { PageMatches, Report, ReportInput, ReportSummary } from '../model/report.ts';
import type { PageSummary } from '../model/summary.ts';

/** Every reply crosses the boundary in this shape; errors are plain strings for the reader. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ListQuery {
  query?: string;
  offset?: number;
  limit?: number;
}

export interface StoreStats {
  reports: number;
  sentences: number;
  bytesUsed: number | null;
  bytesQuota: number | null;
}

export interface SiteSettings {
  /** Sites (hostnames) where the reader paused annotation. */
  pausedSites: string[];
}

/** Requests the background answers (from content scripts, popup and options). */
export interface BackgroundMethods {
  analysePage: { params: ReportInput; result: PageMatches };
  getReport: { params: { id: number }; result: Report | null };
  listReports: { params: ListQuery; result: { total: number; items: ReportSummary[] } };
  deleteReport: { params: { id: number }; result: { deleted: boolean } };
  clearAll: { params: Record<string, never>; result: { deleted: number } };
  exportAll: { params: Record<string, never>; result: { json: string } };
  importAll: { params: { json: string }; result: { imported: number } };
  stats: { params: Record<string, never>; result: StoreStats };
  getSettings: { params: Record<string, never>; result: SiteSettings };
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
