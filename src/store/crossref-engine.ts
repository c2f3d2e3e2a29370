import {
  creditOrigin,
  matchPage,
  queryPage,
  storyView,
  type MatchIndex,
} from '../crossref/index.ts';
import type { PageMatches, Report, ReportInput, StoryPlace } from '../model/report.ts';
import type { MatchEngine, MatchTiming } from './match-engine.ts';
import { matchIndexOps } from './match-index-ops.ts';

/**
 * Where the last answer placed each page (by url), until the store saves it: the page is filed
 * in its story and under its origin as it is added, with no second look at the index.
 */
const pendingPlaces = new WeakMap<MatchIndex, Map<string, StoryPlace>>();
/** Pages answered but not yet saved, remembered per index (saves follow within seconds). */
const PENDING_LIMIT = 64;

/** The store's seam onto src/crossref: the engine the extension and the CLI both use. */
export const crossrefEngine: MatchEngine<MatchIndex> = {
  ...matchIndexOps,
  add(index, report) {
    matchIndexOps.add(index, report);
    const pending = pendingPlaces.get(index);
    const place = pending?.get(report.url);
    pending?.delete(report.url);
    // -1 stands for the page itself (it had no id when it was answered).
    const own = (v: number | undefined) => (v === undefined || v < 0 ? report.id : v);
    index.place(report.id, {
      story: own(place?.story),
      origin: place ? own(place.origin) : (creditOrigin(report) ?? report.id),
    });
  },
  async matchPage(page, pageId, index, load, timing) {
    const result = await answer(page, pageId, index, load, timing);
    if (result.place) {
      const pending = pendingPlaces.get(index) ?? new Map<string, StoryPlace>();
      pending.set(page.url, result.place);
      if (pending.size > PENDING_LIMIT) pending.delete(pending.keys().next().value!);
      pendingPlaces.set(index, pending);
    }
    return result;
  },
  async addFiled(index, report, load) {
    // The answer the report would get as a page read now, for its place only (the report is
    // not in the index yet: it is matched against the reports before it).
    let place: StoryPlace | undefined;
    try {
      place = (await answer(report, report.id, index, load)).place;
    } finally {
      // Added whatever happened: a report that could not be filed stands alone.
      matchIndexOps.add(index, report);
      const own = (v: number) => (v < 0 ? report.id : v);
      index.place(
        report.id,
        place
          ? { story: own(place.story), origin: own(place.origin) }
          : { story: report.id, origin: creditOrigin(report) ?? report.id },
      );
    }
  },
};

/** The page's answer: the index's candidates, the reports they name read, then crossref. */
async function answer(
  page: ReportInput,
  pageId: number | null,
  index: MatchIndex,
  load: (ids: readonly number[]) => Promise<ReadonlyMap<number, Report>>,
  timing?: MatchTiming,
): Promise<PageMatches> {
  const t0 = performance.now();
  // The hits name the reports to read from the database; matchPage then decides on them, and
  // on the story candidates the index finds through the page's rarest terms.
  const hits = queryPage(index, page, pageId);
  const story = storyView(index, page, pageId);
  const ids = new Set([...hits.flat().map((hit) => hit.reportId), ...story.candidates]);
  // The page's own report too: its read time decides which report of the story came first.
  if (pageId !== null) ids.add(pageId);
  const t1 = performance.now();
  const reports = await load([...ids]);
  const t2 = performance.now();
  const result = matchPage(page, pageId, hits, reports, { story });
  if (timing) {
    timing.queryMs = t1 - t0;
    timing.fetchMs = t2 - t1;
    timing.compareMs = performance.now() - t2;
  }
  return result;
}
