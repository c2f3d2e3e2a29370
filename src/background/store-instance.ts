import { createReportStore, type ReportStore } from '../store/report-store.ts';
import { crossrefEngine } from '../store/crossref-engine.ts';

let store: ReportStore | null = null;

/** The one store of the worker, created on first use (Dexie opens the database lazily too). */
export function getStore(): ReportStore {
  store ??= createReportStore({
    engine: crossrefEngine,
    onError: (error) => console.error('[corroborate] store:', error),
  });
  return store;
}
