import {
  creditOrigin,
  matchPage,
  queryPage,
  storyView,
  warmChecks,
  type IndexMatch,
  type MatchIndex,
} from '../crossref/index.ts';
import type { PageMatches, Report, ReportInput, StoryPlace } from '../model/report.ts';
import type { MatchEngine, MatchTiming } from './match-engine.ts';
import { matchIndexOps } from './match-index-ops.ts';

/**
 * Page sentences queried between two reads: a run's reports are read while the next run is
 * queried, and the read after the last run (the one the answer waits for) names few reports
 * not named before.
 */
const QUERY_RUN = 10;

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
  // The page's hits name the reports to read, and matchPage decides on them and on the story
  // candidates (reports sharing the page's rarest terms). The rows are read while the index is
  // queried (a read keeps the database's thread busy, a query this one): the candidates' and
  // the page's own (its read time decides which report of the story came first) first, then
  // after each run of sentences the reports its hits name that were not asked for yet.
  const story = storyView(index, page, pageId);
  const asked = new Set(story.candidates);
  if (pageId !== null) asked.add(pageId);
  const reads: Array<Promise<ReadonlyMap<number, Report>>> = [];
  const read = (ids: readonly number[]) => {
    const reading = load(ids);
    // Awaited below, unless a query throws first: never an unhandled rejection.
    reading.catch(() => undefined);
    reads.push(reading);
  };
  read([...asked]);
  const hits: IndexMatch[][] = [];
  for (let from = 0; from < page.sentences.length; from += QUERY_RUN) {
    const run = queryPage(index, page, pageId, page.sentences.slice(from, from + QUERY_RUN));
    const named: number[] = [];
    for (const found of run) {
      for (const { reportId } of found) {
        if (asked.has(reportId)) continue;
        asked.add(reportId);
        named.push(reportId);
      }
      hits.push(found);
    }
    if (named.length > 0) read(named);
  }
  const t1 = performance.now();
  // The last rows are still being read: the page's side of the checks meanwhile.
  warmChecks(page, hits);
  const rows = await Promise.all(reads);
  const reports = rows.length === 1 ? rows[0]! : new Map(rows.flatMap((m) => [...m]));
  const t2 = performance.now();
  const result = matchPage(page, pageId, hits, reports, { story });
  if (timing) {
    timing.queryMs = t1 - t0;
    timing.fetchMs = t2 - t1;
    timing.compareMs = performance.now() - t2;
  }
  return result;
}
