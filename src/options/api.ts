import type { ReportSummary } from '../model/report.ts';
import type { ListQuery, StoreStats } from '../model/store-api.ts';
import type { StoryPage, StoryQuery } from '../model/story-list.ts';
import type { ShortcutSource } from '../ui/Shortcuts.tsx';
import type { TransferOptions } from './backup-transfer.ts';

/** What the options page needs from the background and the permissions API. */
export interface OptionsApi {
  listReports: (query: ListQuery) => Promise<{ total: number; items: ReportSummary[] }>;
  /** Stories, most recently read first, a page at a time. */
  listStories: (query: StoryQuery) => Promise<StoryPage>;
  deleteReport: (id: number) => Promise<boolean>;
  /** The whole store as a JSON Lines backup (fetched in pages; cancellable). */
  exportAll: (options?: TransferOptions) => Promise<Blob>;
  /** Imports a backup file, either version (streamed in chunks, applied all or nothing). */
  importAll: (file: Blob, options?: TransferOptions) => Promise<number>;
  stats: () => Promise<StoreStats>;
  clearAll: () => Promise<number>;
  /** Granted host patterns the reader can remove (the build's own loopback access excluded). */
  grantedOrigins: () => Promise<string[]>;
  removeOrigins: (patterns: string[]) => Promise<boolean>;
  /** Must be called straight from a click: the browser shows a prompt. */
  requestOrigins: (patterns: string[]) => Promise<boolean>;
  pausedSites: () => Promise<string[]>;
  setPaused: (site: string, paused: boolean) => Promise<void>;
  /** Subscribes to settings changed elsewhere (another page, another browser); returns cleanup. */
  onSettingsChanged?: (listener: () => void) => () => void;
  /** The extension's keyboard shortcuts (absent in tests without a browser). */
  shortcuts?: ShortcutSource;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What every section of the options page gets: the store, and a way to say it changed it. */
export interface SectionProps {
  api: OptionsApi;
  /** Bumped after any change, so sections showing store data load it again. */
  version: number;
  onChanged: () => void;
}
