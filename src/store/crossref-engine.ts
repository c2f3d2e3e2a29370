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
  // The story candidates (reports sharing the page's rarest terms) first: their rows, and the
  // page's own (its read time decides which report of the story came first), are read while
  // the index is queried, which keeps this thread busy for longer than the read takes. The
  // hits then name the rest to read; matchPage decides on both.
  const story = storyView(index, page, pageId);
  const early = new Set(story.candidates);
  if (pageId !== null) early.add(pageId);
  const reading = load([...early]);
  // Awaited below, unless the query throws first: never an unhandled rejection.
  reading.catch(() => undefined);
  const hits = queryPage(index, page, pageId);
  const rest = new Set<number>();
  for (const found of hits) {
    for (const hit of found) if (!early.has(hit.reportId)) rest.add(hit.reportId);
  }
  const t1 = performance.now();
  const [first, second] = await Promise.all([reading, rest.size > 0 ? load([...rest]) : null]);
  const reports = second ? new Map([...first, ...second]) : first;
  const t2 = performance.now();
  const result = matchPage(page, pageId, hits, reports, { story });
  if (timing) {
    timing.queryMs = t1 - t0;
    timing.fetchMs = t2 - t1;
    timing.compareMs = performance.now() - t2;
  }
  return result;
}
