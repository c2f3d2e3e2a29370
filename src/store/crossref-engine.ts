import { matchPage, queryPage, type MatchIndex } from '../crossref/index.ts';
import type { MatchEngine } from './match-engine.ts';
import { matchIndexOps } from './match-index-ops.ts';

/** The store's seam onto src/crossref: the engine the extension and the CLI both use. */
export const crossrefEngine: MatchEngine<MatchIndex> = {
  ...matchIndexOps,
  async matchPage(page, pageId, index, load, timing) {
    const t0 = performance.now();
    // The hits name the reports to read from the database; matchPage then decides on them.
    const hits = queryPage(index, page, pageId);
    const ids = new Set(hits.flat().map((hit) => hit.reportId));
    // The page's own report too: its read time decides which report of the story came first.
    if (pageId !== null) ids.add(pageId);
    const t1 = performance.now();
    const reports = await load([...ids]);
    const t2 = performance.now();
    const result = matchPage(page, pageId, hits, reports);
    if (timing) {
      timing.queryMs = t1 - t0;
      timing.fetchMs = t2 - t1;
      timing.compareMs = performance.now() - t2;
    }
    return result;
  },
};
