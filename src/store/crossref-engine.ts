import { CANDIDATES_PER_CLAIM, crossReference } from '../crossref/cross-reference.ts';
import type { IndexMatch, MatchIndex, QueryOptions } from '../crossref/match-index.ts';
import type { ReportSentence } from '../model/report.ts';
import type { MatchEngine } from './match-engine.ts';
import { matchIndexOps } from './match-index-ops.ts';

/** The query crossReference makes (same depth), so its answer can be computed once. */
const QUERY_LIMIT = CANDIDATES_PER_CLAIM;

/**
 * The index as crossReference sees it: every member is the real index's, except that `query`
 * for these page sentences returns the hits already computed (the store needed them first, to
 * know which reports to read from the database). Saves a second full query per page.
 */
function withKnownHits(
  index: MatchIndex,
  sentences: readonly ReportSentence[],
  hits: IndexMatch[][],
): MatchIndex {
  const view = Object.create(index) as MatchIndex;
  view.query = (asked: readonly ReportSentence[], options?: QueryOptions) =>
    asked === sentences && (options?.limit ?? QUERY_LIMIT) <= QUERY_LIMIT
      ? hits.map((list) => list.slice(0, options?.limit ?? QUERY_LIMIT))
      : index.query(asked, options);
  return view;
}

/** The store's seam onto src/crossref: the engine the extension and the CLI both use. */
export const crossrefEngine: MatchEngine<MatchIndex> = {
  ...matchIndexOps,
  async match(page, pageId, index, load, timing) {
    const t0 = performance.now();
    const hits = index.query(page.sentences, {
      ...(pageId === null ? {} : { excludeReportId: pageId }),
      limit: QUERY_LIMIT,
    });
    const ids = new Set(hits.flat().map((hit) => hit.reportId));
    // The page's own report too: its read time decides which report of the story came first.
    if (pageId !== null) ids.add(pageId);
    const t1 = performance.now();
    const reports = await load([...ids]);
    const t2 = performance.now();
    const result = crossReference(
      page,
      pageId,
      withKnownHits(index, page.sentences, hits),
      reports,
    );
    if (timing) {
      timing.queryMs = t1 - t0;
      timing.fetchMs = t2 - t1;
      timing.compareMs = performance.now() - t2;
    }
    return result;
  },
};
