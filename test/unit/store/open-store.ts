import { afterEach } from 'vitest';
import {
  createReportStore,
  type ReportStore,
  type ReportStoreOptions,
} from '../../../src/store/report-store.ts';
import type { MatchIndex } from '../../../src/crossref/match-index.ts';
import { indexOnlyEngine } from './test-engine.ts';

let counter = 0;
const opened: ReportStore[] = [];

/** A store on a fresh fake-indexeddb database (or on `name` to reopen one), closed after each test. */
export function openStore(
  name = `t-${Date.now()}-${++counter}`,
  options: Partial<ReportStoreOptions<MatchIndex>> = {},
): ReportStore {
  let clock = 1_700_000_000_000;
  const store = createReportStore({
    name,
    engine: indexOnlyEngine,
    now: () => (clock += 1000),
    ...options,
  });
  opened.push(store);
  return store;
}

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});
