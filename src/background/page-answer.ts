import type { PageAnswer, PageMatches, ReportSummary, StoryMember } from '../model/report.ts';

/**
 * The answer a content script gets for its page. Store row ids stay in the background: the page's
 * own id would tell a compromised renderer whether the reader had read that url before (an old
 * row keeps its id), and ids of other rows count and order the reader's history. The reports the
 * answer names are numbered 1, 2, … in order of first mention instead.
 */
export function answerForPage(result: PageMatches): PageAnswer {
  const local = new Map<number, number>();
  const idOf = (id: number): number => {
    let n = local.get(id);
    if (n === undefined) {
      n = local.size + 1;
      local.set(id, n);
    }
    return n;
  };
  const matches: PageAnswer['matches'] = {};
  for (const [index, list] of Object.entries(result.matches)) {
    matches[Number(index)] = list.map((m) => ({ ...m, reportId: idOf(m.reportId) }));
  }
  const story: StoryMember[] = result.story.map((s) => ({ ...s, reportId: idOf(s.reportId) }));
  const reports: Record<number, ReportSummary> = {};
  for (const [id, summary] of Object.entries(result.reports)) {
    const n = idOf(Number(id));
    reports[n] = { ...summary, id: n };
  }
  // Outlet counts are per sentence of the page (no ids); the page's place (ids) stays here.
  return { matches, story, reports, ...(result.outlets ? { outlets: result.outlets } : {}) };
}
