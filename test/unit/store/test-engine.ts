import type { MatchIndex } from '../../../src/crossref/match-index.ts';
import type { ClaimMatch, PageMatches } from '../../../src/model/report.ts';
import type { MatchEngine } from '../../../src/store/match-engine.ts';
import { matchIndexOps } from '../../../src/store/match-index-ops.ts';
import { toSummary } from '../../../src/store/rows.ts';

/**
 * The real MatchIndex with a plain match step (index hits, no difference typing), so store tests
 * check the store's bookkeeping — what the index holds after saves, deletes, imports, restarts —
 * independently of the cross-referencing rules.
 */
export const indexOnlyEngine: MatchEngine<MatchIndex> = {
  ...matchIndexOps,
  async matchPage(page, pageId, index, load) {
    const hits = index.query(page.sentences, pageId === null ? {} : { excludeReportId: pageId });
    const reports = await load([...new Set(hits.flat().map((h) => h.reportId))]);
    const matches: Record<number, ClaimMatch[]> = {};
    hits.forEach((list, i) => {
      const found = list.flatMap((hit): ClaimMatch[] => {
        const report = reports.get(hit.reportId);
        const sentence = report?.sentences[hit.sentenceIndex];
        if (!sentence) return [];
        return [{ ...hit, sentence: sentence.text, differences: [] }];
      });
      if (found.length > 0) matches[i] = found;
    });
    const summaries: PageMatches['reports'] = {};
    for (const report of reports.values()) summaries[report.id] = toSummary(report);
    return { reportId: pageId ?? -1, matches, story: [], reports: summaries };
  },
};

/** "reportId:sentenceIndex" of every match, per page sentence: easy to compare. */
export function matchKeys(result: PageMatches): string[] {
  return Object.entries(result.matches).map(
    ([i, list]) => `${i}->${list.map((m) => `${m.reportId}:${m.sentenceIndex}`).join(',')}`,
  );
}
