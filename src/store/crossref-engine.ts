import { crossReference } from '../crossref/cross-reference.ts';
import type { MatchIndex } from '../crossref/match-index.ts';
import type { MatchEngine } from './match-engine.ts';
import { candidateReports, matchIndexOps } from './match-index-ops.ts';

/** The store's seam onto src/crossref: the engine the extension and the CLI both use. */
export const crossrefEngine: MatchEngine<MatchIndex> = {
  ...matchIndexOps,
  async match(page, pageId, index, load) {
    const reports = await load(candidateReports(index, page.sentences, pageId));
    return crossReference(page, pageId, index, reports);
  },
};
