import type { SiteSettings } from '../model/store-api.ts';

/**
 * Where the reader's settings live. The store keeps them in its database by default (tests,
 * tools); the extension passes one over `storage.sync`, so they follow the reader's browser
 * profile while reports stay on this machine.
 */
export interface SettingsBackend {
  read(): Promise<SiteSettings>;
  setPaused(site: string, paused: boolean): Promise<SiteSettings>;
  /** Adds the paused sites of an imported file (a union: nothing the reader set is lost). */
  merge(pausedSites: readonly string[]): Promise<void>;
}
