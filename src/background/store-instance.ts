import { createReportStore, type ReportStore } from '../store/report-store.ts';
import { crossrefEngine } from '../store/crossref-engine.ts';
import { syncSettings } from './sync-settings.ts';

let store: ReportStore | null = null;

/** The one store of the worker, created on first use (Dexie opens the database lazily too). */
export function getStore(): ReportStore {
  store ??= createReportStore({
    engine: crossrefEngine,
    onError: (error) => console.error('[corroborate] store:', error),
    // Settings follow the reader (storage.sync); reports stay on this machine.
    settings: syncSettings(() => getStore().db),
  });
  return store;
}
